package org.onestop.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An appointment as an iCalendar file (RFC 5545) that calendar programs import: one event of the slot (UTC), the
 * service as its summary, the hall as its location, the check-in code and the appointment's page in its description.
 * Text is escaped, lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character.
 */
final class AppointmentCalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private AppointmentCalendar() {
    }

    /** The file; {@code page} the appointment's address, {@code hall} the place's name, {@code stamp} now. */
    static String of(Appointment appointment, String service, String hall, String code, String page,
            Instant stamp) {
        StringBuilder ics = new StringBuilder();
        for (String line : new String[] {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OneStop//Ticketing//ZH",
            "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:ticketing-appointment-" + appointment.id() + "@onestop",
            "DTSTAMP:" + UTC.format(stamp), "DTSTART:" + UTC.format(appointment.slotStart()),
            "DTEND:" + UTC.format(appointment.slotEnd()), "SUMMARY:" + text(service), "LOCATION:" + text(hall),
            "DESCRIPTION:" + text(code + "\n" + page), "URL:" + page, "END:VEVENT", "END:VCALENDAR"}) {
            fold(ics, line);
        }
        return ics.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    private static void fold(StringBuilder ics, String line) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
            String character = line.substring(i, line.offsetByCodePoints(i, 1));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            ics.append(character);
            octets += size;
        }
        ics.append("\r\n");
    }
}

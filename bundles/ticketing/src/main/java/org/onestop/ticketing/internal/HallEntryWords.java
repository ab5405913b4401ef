package org.onestop.ticketing.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onestop.api.audit.EntryWords;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The hall's audit entries in the reader's words, for the operators' audit page: a number with its day, how it was
 * taken and its counter; an appointment's service by name and its slot in the centre's zone. The trail keeps what
 * was recorded ({@code A002 2026-12-07 online morning}, {@code service:3 slot:2026-12-07T01:30:00Z from:…}).
 */
@Component(service = EntryWords.class, property = EntryWords.ACTIONS + "=ticketing")
public final class HallEntryWords implements EntryWords {

    private static final Pattern TAKEN = Pattern.compile("(\\S+) (\\d{4}-\\d{2}-\\d{2}) ([a-z]+)(?: ([a-z]+))?");
    private static final Pattern ON_DAY = Pattern.compile("(\\S+) (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern AT_COUNTER = Pattern.compile("(\\S+) @(\\d+)(?: (\\S+))?");
    private static final Pattern SLOT = Pattern.compile("service:(\\d+) slot:(\\S+)(?: (.+))?");
    private static final Pattern PREFIX_AND_NAME = Pattern.compile("(\\S+) (.+)");
    private static final Pattern CHECKED_IN = Pattern.compile("([a-z]+) (\\S+)");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Hall hall;
    private final HallHours hours;
    private final Messages messages;

    @Activate
    public HallEntryWords(@Reference Hall hall, @Reference HallHours hours, @Reference Messages messages) {
        this.hall = hall;
        this.hours = hours;
        this.messages = messages;
    }

    @Override
    public Optional<String> detail(String action, String target, String detail, Language language) {
        Matcher m;
        if (action.equals("ticketing.ticket.taken") && (m = TAKEN.matcher(detail)).matches()) {
            String day = m.group(4) == null ? m.group(2)
                    : text(language, "ticketing.audit.dayWindow", m.group(2), window(m.group(4), language));
            return Optional.of(text(language, "ticketing.audit.taken", m.group(1), day, channel(m.group(3), language)));
        }
        if (action.equals("ticketing.ticket.cancelled") && (m = ON_DAY.matcher(detail)).matches()) {
            return Optional.of(text(language, "ticketing.audit.number", m.group(1), m.group(2)));
        }
        if (action.equals("ticketing.rating.linked")) {
            return Optional.of(text(language, "ticketing.audit.numberOnly", detail));
        }
        if (action.startsWith("ticketing.counter.") && (m = AT_COUNTER.matcher(detail)).matches()) {
            if (m.group(3) == null) {
                return Optional.of(text(language, "ticketing.audit.atCounter", m.group(1), m.group(2)));
            }
            String from = serviceByCode(m.group(3), language).orElse(m.group(3));
            return Optional.of(text(language, "ticketing.audit.transferred", m.group(1), m.group(2), from));
        }
        if (action.startsWith("ticketing.appointment.") && (m = SLOT.matcher(detail)).matches()) {
            Optional<String> slot = time(m.group(2));
            if (slot.isEmpty()) {
                return Optional.empty();
            }
            String id = m.group(1);
            String service = service(Long.parseLong(id), language)
                    .orElseGet(() -> text(language, "ticketing.audit.serviceGone", id));
            String words = text(language, "ticketing.audit.slot", service, slot.get());
            return m.group(3) == null ? Optional.of(words) : more(m.group(3), language).map(w -> words + w);
        }
        if (action.startsWith("ticketing.hall.service-") && (m = PREFIX_AND_NAME.matcher(detail)).matches()) {
            String name = target.startsWith("service:") ? service(id(target), language).orElse(m.group(2))
                    : m.group(2);
            return Optional.of(text(language, "ticketing.audit.hallService", m.group(1), name));
        }
        return Optional.empty();
    }

    /** What follows an appointment's slot: the matter it is about, the slot it was moved from, its number. */
    private Optional<String> more(String more, Language language) {
        if (more.startsWith("ref:")) {
            return Optional.of(text(language, "ticketing.audit.reference", more.substring(4)));
        }
        if (more.startsWith("from:appointment:")) {
            return Optional.of(text(language, "ticketing.audit.rebookedFrom", more.substring(17)));
        }
        if (more.startsWith("from:")) {
            return time(more.substring(5)).map(time -> text(language, "ticketing.audit.movedFrom", time));
        }
        Matcher m = CHECKED_IN.matcher(more);
        if (m.matches()) {
            return Optional.of(text(language, "ticketing.audit.checkedIn", m.group(2), channel(m.group(1), language)));
        }
        return Optional.empty();
    }

    /** A recorded instant ({@code 2026-12-07T01:30:00Z}) as the centre's clock shows it. */
    private Optional<String> time(String instant) {
        try {
            return Optional.of(MINUTE.format(Instant.parse(instant).atZone(hours.zone())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String channel(String code, Language language) {
        return known(language, "ticketing.audit.channel." + code).orElse(code);
    }

    private String window(String code, Language language) {
        return known(language, "ticketing.audit.window." + code.toLowerCase(Locale.ROOT)).orElse(code);
    }

    private Optional<String> service(long id, Language language) {
        try {
            return hall.work().call(tx -> hall.service(tx, id)).map(s -> s.name(language));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private Optional<String> serviceByCode(String code, Language language) {
        try {
            return hall.work().call(tx -> hall.services(tx)).stream().filter(s -> s.code().equals(code)).findFirst()
                    .map(s -> s.name(language));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static long id(String target) {
        try {
            return Long.parseLong(target.substring(target.indexOf(':') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Optional<String> known(Language language, String key) {
        String text = messages.text(language, key);
        return text.equals(key) ? Optional.empty() : Optional.of(text);
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }
}

package org.onestop.training.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;

import org.onestop.api.csv.CsvWriter;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Organisations;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Person;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A session's attendance list for its trainer: every confirmed place in order of arrival, with the person's name,
 * e-mail address and organisation, whether they came ({@code attended}), did not come to a session that has ended
 * ({@code no-show}) or may still come ({@code expected}), and when and how they were checked in. Read as JSON, or
 * written as CSV for a spreadsheet (UTF-8 with a byte order mark, headings in the reader's language, times in the
 * centre's zone, named in the heading).
 */
@Component(service = AttendanceList.class)
public final class AttendanceList {

    static final String ATTENDED = "attended";
    static final String NO_SHOW = "no-show";
    static final String EXPECTED = "expected";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * One confirmed place.
     *
     * @param enrolmentId  the enrolment
     * @param accountId    the person's account
     * @param name         their name
     * @param email        their e-mail address
     * @param organisation the organisation they enrolled for, or empty
     * @param status       {@code attended}, {@code no-show} or {@code expected}
     * @param checkedInAt  when they were checked in (UTC), or null
     * @param way          how ({@code door}, {@code desk}, {@code online}), or null
     */
    public record Attendee(long enrolmentId, long accountId, String name, String email, String organisation,
            String status, Instant checkedInAt, String way) {
    }

    /** A session's list and its counts; {@code ended} once the session is over. */
    public record Sheet(Course course, TrainingSession session, boolean ended, int attended, int noShows,
            int expected, List<Attendee> attendees) {
    }

    private final Catalogue catalogue;
    private final People people;
    private final Organisations organisations;
    private final Messages messages;
    private final CentreZone zone;
    private final Clock clock;

    @Activate
    public AttendanceList(@Reference Catalogue catalogue, @Reference People people,
            @Reference Organisations organisations, @Reference Messages messages, @Reference CentreZone zone) {
        this(catalogue, people, organisations, messages, zone, Clock.systemUTC());
    }

    AttendanceList(Catalogue catalogue, People people, Organisations organisations, Messages messages,
            CentreZone zone, Clock clock) {
        this.catalogue = catalogue;
        this.people = people;
        this.organisations = organisations;
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    /** The session's list; 404 when there is no such session. */
    Sheet of(long sessionId) throws SQLException {
        Instant now = clock.instant();
        Map<Long, String> organisationNames = new HashMap<>();
        return catalogue.work().call(tx -> {
            TrainingSession session = catalogue.session(tx, sessionId).orElseThrow(Catalogue::noSession);
            Course course = catalogue.course(tx, session.courseId()).orElseThrow();
            boolean ended = !now.isBefore(session.endsAt());
            List<Attendee> attendees = new ArrayList<>();
            int[] counts = new int[3];
            try (PreparedStatement select = tx.prepareStatement("SELECT ID, ACCOUNT_ID, ORGANISATION_ID,"
                    + " CHECKED_IN_AT, CHECK_IN_WAY, ATTENDEE_NAME, ATTENDEE_EMAIL FROM TRAINING.ENROLMENT WHERE SESSION_ID = ?"
                    + " AND STATUS = 'confirmed' ORDER BY ID")) {
                select.setLong(1, sessionId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long account = rows.getLong(2);
                        long organisation = rows.getLong(3);
                        String organisationName = rows.wasNull() ? "" : organisationName(organisationNames,
                                organisation);
                        Instant in = UtcColumns.get(rows, 4);
                        String status = in != null ? ATTENDED : ended ? NO_SHOW : EXPECTED;
                        counts[in != null ? 0 : ended ? 1 : 2]++;
                        String named = rows.getString(6);
                        Person person = named != null ? null : people.find(tx, account).orElse(null);
                        String name = named != null ? named : person == null ? "" : person.displayName();
                        String email = named != null ? Objects.requireNonNullElse(rows.getString(7), "")
                                : person == null || person.email() == null ? "" : person.email();
                        attendees.add(new Attendee(rows.getLong(1), account, name, email, organisationName, status,
                                in, rows.getString(5)));
                    }
                }
            }
            return new Sheet(course, session, ended, counts[0], counts[1], counts[2], attendees);
        });
    }

    /** Writes the list as CSV, headed in {@code language}. */
    void csv(Sheet sheet, Language language, OutputStream out) throws IOException {
        ZoneId centre = zone.zone();
        CsvWriter csv = CsvWriter.to(out);
        csv.row(text(language, "training.list.column.name"), text(language, "training.list.column.email"),
                text(language, "training.list.column.organisation"), text(language, "training.list.column.status"),
                text(language, "training.list.column.checkedInAt", zoneName(language, centre)),
                text(language, "training.list.column.way"));
        for (Attendee a : sheet.attendees()) {
            csv.row(a.name(), a.email(), a.organisation(), text(language, "training.list.status." + a.status()),
                    a.checkedInAt() == null ? "" : MINUTE.format(a.checkedInAt().atZone(centre)),
                    a.way() == null ? "" : text(language, "training.list.way." + a.way()));
        }
        csv.flush();
    }

    /** The CSV file's name: the session's number and day. */
    String fileName(Sheet sheet) {
        return "attendance-" + sheet.session().id() + "-" + sheet.session().startsAt().atZone(zone.zone())
                .toLocalDate() + ".csv";
    }

    private String organisationName(Map<Long, String> known, long id) throws SQLException {
        String name = known.get(id);
        if (name == null) {
            name = organisations.find(id).map(o -> o.name()).orElse("");
            known.put(id, name);
        }
        return name;
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }

    /** The zone's name as the pages say it: the shell's {@code shell.zone.<id>} if it has one, else Java's. */
    private String zoneName(Language language, ZoneId centre) {
        String key = "shell.zone." + centre.getId();
        String named = messages.text(language, key);
        return !named.equals(key) ? named : centre.getDisplayName(TextStyle.FULL, language == Language.EN
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }
}

package org.onestop.training.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Person;
import org.onestop.api.print.Block;
import org.onestop.api.print.Phrase;
import org.onestop.api.print.PrintedDocument;
import org.onestop.api.print.Printer;
import org.onestop.api.schema.UtcColumns;
import org.onestop.api.view.PublicAddress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Certificates of attendance (参训证明): one for each enrolment checked in to its session, issued once the session has
 * ended (the first time the person's record is read after it), with a number that cannot be guessed, the year of the
 * session and twelve random characters ({@code 2026-7KQM-3XHT-9BZD}, 60 bits from a {@link SecureRandom}). What a
 * certificate says is kept as issued; its PDF (Chinese, printed by the gateway's {@link Printer}) says who attended
 * which course on which day for how many credit hours (学时), and where to verify it.
 */
@Component(service = Certificates.class, configurationPid = TrainingConfig.PID)
public final class Certificates {

    /** How a certificate writes a date: 2026年12月20日. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String HEADING = "参训证明";
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-["
            + ALPHABET + "]{4}");
    private static final String COLUMNS = "CERT_NUMBER, ENROLMENT_ID, ACCOUNT_ID, HOLDER, SESSION_ID, COURSE_ID,"
            + " COURSE_TITLE, HELD_ON, CREDIT_HOURS, ISSUED_AT";
    private static final int ATTEMPTS = 3;

    /**
     * A certificate as issued.
     *
     * @param number      its number, e.g. {@code 2026-7KQM-3XHT-9BZD}
     * @param enrolmentId the enrolment it certifies
     * @param accountId   the holder's account
     * @param holder      the holder's name when it was issued
     * @param sessionId   the session attended
     * @param courseId    its course
     * @param course      the course's title
     * @param heldOn      the session's day in the centre's zone, {@code 2026-12-20}
     * @param creditHours the credit hours (学时) earned
     * @param issuedAt    when it was issued (UTC)
     */
    public record Certificate(String number, long enrolmentId, long accountId, String holder, long sessionId,
            long courseId, String course, String heldOn, int creditHours, Instant issuedAt) {
    }

    private final Catalogue catalogue;
    private final People people;
    private final Printer printer;
    private final PublicAddress address;
    private final CentreZone zone;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile TrainingConfig config;

    @Activate
    public Certificates(@Reference Catalogue catalogue, @Reference People people, @Reference Printer printer,
            @Reference PublicAddress address, @Reference CentreZone zone, TrainingConfig config) {
        this(catalogue, people, printer, address, zone, config, Clock.systemUTC());
    }

    Certificates(Catalogue catalogue, People people, Printer printer, PublicAddress address, CentreZone zone,
            TrainingConfig config, Clock clock) {
        this.catalogue = catalogue;
        this.people = people;
        this.printer = printer;
        this.address = address;
        this.zone = zone;
        this.config = config;
        this.clock = clock;
    }

    @Modified
    void modified(TrainingConfig changed) {
        this.config = changed;
    }

    /**
     * Issues the certificates due to the account (its enrolments checked in to sessions that have ended and have
     * none yet) and gives all of its certificates, the latest session first.
     */
    List<Certificate> issue(long accountId) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                return catalogue.work().call(tx -> {
                    issueDue(tx, accountId, clock.instant());
                    return select(tx, "ACCOUNT_ID = ? ORDER BY HELD_ON DESC, CERT_NUMBER", accountId);
                });
            } catch (SQLException e) {
                // another read of the same record issued the same certificate at the same moment: read it again
                if (attempt == ATTEMPTS || !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    /** The certificate with the number typed (any case, spaces around ignored), if there is one. */
    Optional<Certificate> find(String typed) throws SQLException {
        Optional<String> number = normalised(typed);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return catalogue.work().call(tx -> select(tx, "CERT_NUMBER = ?", number.get()).stream().findFirst());
    }

    /** The certificate's PDF. */
    byte[] pdf(Certificate c) throws IOException {
        String centre = config.centre_name();
        String day = DATE.format(LocalDate.parse(c.heldOn()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Banner(centre));
        blocks.add(new Block.Heading(HEADING));
        blocks.add(new Block.Reference(new Phrase().text("证书编号：").keep(c.number())));
        blocks.add(new Block.Gap(0.6f));
        blocks.add(new Block.Paragraph(new Phrase().text("兹证明 ").keep(c.holder()).text(" 于 ").keep(day)
                .text(" 参加" + centre + "举办的“" + c.course() + "”培训，共计 ").keep(String.valueOf(c
                        .creditHours())).text(" 学时。"), true));
        blocks.add(new Block.Paragraph(Phrase.of("特此证明。"), true));
        blocks.add(new Block.Gap(0.6f));
        blocks.add(new Block.Particular("姓名", Phrase.of(c.holder())));
        blocks.add(new Block.Particular("培训课程", Phrase.of(c.course())));
        blocks.add(new Block.Particular("培训日期", new Phrase().keep(day)));
        blocks.add(new Block.Particular("学时", new Phrase().keep(String.valueOf(c.creditHours())).text(" 学时")));
        blocks.add(new Block.Particular("查验网址", new Phrase().keep(address.url() + verification(c.number()))));
        blocks.add(new Block.Gap(1.5f));
        blocks.add(new Block.Signature(List.of(centre, DATE.format(c.issuedAt().atZone(zone.zone())))));
        return printer.pdf(new PrintedDocument(HEADING + "（" + c.number() + "）", c.course(), centre, c.number(),
                "OneStop training", blocks));
    }

    /** The public page that verifies a certificate. */
    static String verification(String number) {
        return "/training/certificates/" + number;
    }

    /** The number as stored when {@code typed} can be one: upper case, without spaces around. */
    static Optional<String> normalised(String typed) {
        String number = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return NUMBER.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }

    /** The holder's name as a stranger reads it: the first character, the rest starred (孙丽 → 孙*). */
    static String masked(String name) {
        int[] points = name.strip().codePoints().toArray();
        if (points.length == 0) {
            return "";
        }
        return new String(points, 0, 1) + "*".repeat(Math.max(1, points.length - 1));
    }

    /** A new number of {@code year}: four groups, the last three of random characters. */
    String newNumber(int year) {
        StringBuilder number = new StringBuilder(String.valueOf(year));
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                number.append('-');
            }
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    private void issueDue(Connection tx, long accountId, Instant now) throws SQLException {
        try (PreparedStatement due = tx.prepareStatement("SELECT E.ID, E.SESSION_ID, S.COURSE_ID, S.STARTS_AT,"
                + " C.TITLE, C.CREDIT_HOURS, E.ATTENDEE_NAME FROM TRAINING.ENROLMENT E JOIN TRAINING.COURSE_SESSION S"
                + " ON S.ID = E.SESSION_ID JOIN TRAINING.COURSE C ON C.ID = S.COURSE_ID WHERE E.ACCOUNT_ID = ?"
                + " AND E.CHECKED_IN_AT IS NOT NULL AND S.ENDS_AT <= ? AND NOT EXISTS (SELECT 1 FROM"
                + " TRAINING.CERTIFICATE X WHERE X.ENROLMENT_ID = E.ID) ORDER BY E.ID")) {
            due.setLong(1, accountId);
            UtcColumns.set(due, 2, now);
            try (ResultSet rows = due.executeQuery()) {
                String own = null;
                while (rows.next()) {
                    String holder = rows.getString(7);
                    if (holder == null) {
                        if (own == null) {
                            own = people.find(tx, accountId).map(Person::displayName).orElse("");
                        }
                        holder = own;
                    }
                    LocalDate day = UtcColumns.get(rows, 4).atZone(zone.zone()).toLocalDate();
                    insert(tx, new Certificate(newNumber(day.getYear()), rows.getLong(1), accountId, holder,
                            rows.getLong(2), rows.getLong(3), rows.getString(5), day.toString(), rows.getInt(6),
                            UtcColumns.storable(now)));
                }
            }
        }
    }

    private static void insert(Connection tx, Certificate c) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TRAINING.CERTIFICATE (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, c.number());
            insert.setLong(2, c.enrolmentId());
            insert.setLong(3, c.accountId());
            insert.setString(4, c.holder());
            insert.setLong(5, c.sessionId());
            insert.setLong(6, c.courseId());
            insert.setString(7, c.course());
            insert.setDate(8, java.sql.Date.valueOf(c.heldOn()));
            insert.setInt(9, c.creditHours());
            UtcColumns.set(insert, 10, c.issuedAt());
            insert.executeUpdate();
        }
    }

    private static List<Certificate> select(Connection tx, String where, Object value) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM TRAINING.CERTIFICATE WHERE "
                + where)) {
            select.setObject(1, value);
            try (ResultSet rows = select.executeQuery()) {
                List<Certificate> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Certificate(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getString(4),
                            rows.getLong(5), rows.getLong(6), rows.getString(7), rows.getDate(8).toLocalDate()
                                    .toString(), rows.getInt(9), UtcColumns.get(rows, 10)));
                }
                return found;
            }
        }
    }
}

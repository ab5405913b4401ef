package org.onestop.ticketing.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.cases.internal.cases.CaseTables;
import org.onestop.mail.internal.MailOutbox;
import org.onestop.platform.internal.db.Database;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.platform.internal.identity.AccountStore;
import org.onestop.ratings.internal.RatingStore;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/**
 * The hall on a real Derby with the schema TICKETING (its six default services and four counters), the platform's,
 * mail's, the case bundle's and the ratings' schemas beside it, and a test clock at Tuesday 2026-12-01 09:00 in
 * Shanghai. Visitors 1 to {@value #VISITORS} and clerks {@value #FIRST_CLERK} onwards have accounts.
 */
final class HallDesk implements AutoCloseable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final int VISITORS = 40;
    static final int FIRST_CLERK = 101;
    static final int CLERKS = 20;

    final TestDatabase db;
    final TestClock clock = new TestClock(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(SHANGHAI).toInstant());
    final Hall hall;
    final Numbers numbers;
    final HallEvents events;
    /** The hall's hours on a calendar of Monday to Friday, 09:00–17:00 with a break 12:00–13:30. */
    final HallHours hours;

    HallDesk(Path folder) throws Exception {
        db = TestDatabase.of(folder, "TICKETING").withSchemaOf("PLATFORM", Database.class)
                .withSchemaOf("MAIL", MailOutbox.class).withSchemaOf("CASES", CaseTables.class)
                .withSchemaOf("RATINGS", RatingStore.class);
        DataSource platform = db.dataSource("PLATFORM");
        for (int i = 1; i <= VISITORS; i++) {
            int n = i;
            Transaction.run(platform, c -> new AccountStore().create(c, new AccountStore.NewAccount(
                    "v" + n + "@example.cn", "访客" + n, null, AccountKind.INNOVATOR, "x", true, false,
                    Language.ZH_CN, Set.of()), clock.instant()));
        }
        hall = new Hall(db.dataSource());
        numbers = new Numbers(hall);
        events = new HallEvents(db.dataSource(), clock);
        hours = new HallHours(FixedCalendar.weekdays(clock, SHANGHAI), () -> SHANGHAI, config(), clock);
    }

    /** The visitor with account {@code id}. */
    static Caller visitor(long id) {
        return new Caller(id, "v" + id + "@example.cn", "访客" + id, AccountKind.INNOVATOR, Set.of(), null,
                "10.0.0." + (id % 250));
    }

    /** A counter clerk (ids from {@value #FIRST_CLERK}, no account row needed by the hall). */
    static Caller clerk(long id) {
        return new Caller(id, "clerk" + id + "@onestop.test", "窗口人员" + id, AccountKind.STAFF,
                Set.of(Role.COUNTER_CLERK), null, "127.0.0.1");
    }

    /** The service of the default set with {@code code}, e.g. {@code preexam} (prefix A). */
    HallService service(String code) throws SQLException {
        return hall.work().call(tx -> hall.services(tx)).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** The counter numbered {@code number}. */
    Counter counter(int number) throws SQLException {
        return hall.work().call(tx -> hall.counters(tx)).stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow();
    }

    /** A walk-in number of {@code service} taken at the kiosk now. */
    Ticket walkIn(String service) throws SQLException {
        long id = service(service).id();
        return hall.work().call(tx -> numbers.take(tx, new Numbers.Taking(id, TODAY, Ticket.Channel.KIOSK, null,
                null, 0, clock.instant()), clock.instant()));
    }

    /** The kinds of a ticket's history, in order. */
    List<String> history(long ticketId) throws SQLException {
        return column("SELECT KIND FROM TICKETING.TICKET_EVENT WHERE TICKET_ID = " + ticketId + " ORDER BY ID");
    }

    List<String> column(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** The settings' defaults. */
    static TicketingConfig config() {
        return config("09:00", "17:00", "12:00-13:30");
    }

    /** The defaults with other hours. */
    static TicketingConfig config(String opens, String closes, String pause) {
        return new TicketingConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return TicketingConfig.class;
            }

            @Override
            public String opens() {
                return opens;
            }

            @Override
            public String closes() {
                return closes;
            }

            @Override
            public String break_time() {
                return pause;
            }

            @Override
            public int days_ahead() {
                return 7;
            }

            @Override
            public int calls_before_no_show() {
                return 3;
            }

            @Override
            public int check_in_early_minutes() {
                return 30;
            }

            @Override
            public String call_words() {
                return "请 {number} 号到 {counter} 号窗口";
            }

            @Override
            public String kiosk_addresses() {
                return "127.0.0.1,::1,10.9.9.9";
            }

            @Override
            public int anonymous_takes_per_hour() {
                return 3;
            }
        };
    }

    @Override
    public void close() {
        db.close();
    }

    // appointments: the platform's real audit chain and notifications (mailed through the real outbox)

    private AppointmentNews appointmentNews;
    private Appointments appointments;
    private AppointmentCheckIn appointmentCheckIn;

    /** The audit trail, notifications and outbox of the platform, on this desk's database. */
    synchronized AppointmentNews appointmentNews() {
        if (appointmentNews == null) {
            DataSource platform = db.dataSource("PLATFORM");
            org.onestop.api.audit.AuditTrail trail = new org.onestop.platform.internal.audit.ChainedAuditTrail(
                    platform, clock);
            appointmentNews = new AppointmentNews(trail, new org.onestop.cases.internal.notification
                    .NotificationCentre(new MailOutbox(db.gateway(), trail, clock),
                            new org.onestop.platform.internal.shell.MessageCatalog(Path.of("../../web"),
                                    id -> java.util.Optional.empty()),
                            new org.onestop.platform.internal.identity.HallAddress("", "8080"),
                            new org.onestop.platform.internal.identity.PeopleDirectory(), clock),
                    org.onestop.testing.ModuleTexts.strict());
        }
        return appointmentNews;
    }

    synchronized Appointments appointments() {
        if (appointments == null) {
            appointments = new Appointments(hall, hours, appointmentNews());
        }
        return appointments;
    }

    synchronized AppointmentCheckIn appointmentCheckIn() {
        if (appointmentCheckIn == null) {
            appointmentCheckIn = new AppointmentCheckIn(hall, hours, numbers, events, appointments(),
                    appointmentNews());
        }
        return appointmentCheckIn;
    }

    /** The start of today's slot (09:00 … in Shanghai) of {@code day}. */
    static java.time.Instant slot(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }

    // Taking numbers and the visitor's side of them: built on first use.
    private Dispenser dispenser;
    private TicketCards cards;

    /** The dispenser of numbers, auditing on the platform's real chain. */
    Dispenser dispenser() {
        if (dispenser == null) {
            dispenser = new Dispenser(hall, numbers, hours, events, new org.onestop.platform.internal.audit
                    .ChainedAuditTrail(db.dataSource("PLATFORM"), clock));
        }
        return dispenser;
    }

    /** What visitors read, in the module's own words. */
    TicketCards cards() {
        if (cards == null) {
            cards = new TicketCards(hall, new Estimates(hall), hours, org.onestop.testing.ModuleTexts.strict());
        }
        return cards;
    }

    /** Counter {@code number} opened by clerk {@code clerk}. */
    void open(int number, long clerk) throws Exception {
        db.execute("UPDATE TICKETING.COUNTER SET CLERK_ID = " + clerk + ", OPENED_AT = CURRENT_TIMESTAMP"
                + " WHERE NUMBER = " + number);
    }

    // The counter and the hall's setup (helper "counter"), on the platform's real audit chain and the ratings bundle's
    // real invitations.

    private org.onestop.api.audit.AuditTrail trail;
    private VisitRatings visitRatings;
    private CounterDesk counterDesk;
    private CounterMoves counterMoves;
    private HallSetup hallSetup;

    /** The gateway's audit chain on this database. */
    org.onestop.api.audit.AuditTrail trail() {
        if (trail == null) {
            trail = new org.onestop.platform.internal.audit.ChainedAuditTrail(db.dataSource("PLATFORM"), clock);
        }
        return trail;
    }

    /** Visit ratings through the ratings bundle's real service and store. */
    VisitRatings visitRatings() {
        if (visitRatings == null) {
            var notices = new org.onestop.cases.internal.notification.NotificationCentre(new MailOutbox(
                    db.gateway(), trail(), clock), new org.onestop.platform.internal.shell.MessageCatalog(
                    Path.of("../../web"), id -> java.util.Optional.empty()),
                    new org.onestop.platform.internal.identity.HallAddress("", "8080"),
                    new org.onestop.platform.internal.identity.PeopleDirectory(), clock);
            visitRatings = new VisitRatings(hall, trail(), new org.onestop.ratings.internal.Requests(new RatingStore(
                    db.dataSource("RATINGS")), notices, org.onestop.testing.ModuleTexts.orKeys(), trail(),
                    FixedCalendar.weekdays(TODAY)));
        }
        return visitRatings;
    }

    CounterDesk counterDesk() {
        if (counterDesk == null) {
            counterDesk = new CounterDesk(hall, hours, events, trail());
        }
        return counterDesk;
    }

    CounterMoves counterMoves() {
        if (counterMoves == null) {
            counterMoves = new CounterMoves(counterDesk(), hall, hours, visitRatings());
        }
        return counterMoves;
    }

    HallSetup hallSetup() {
        if (hallSetup == null) {
            hallSetup = new HallSetup(hall, trail());
        }
        return hallSetup;
    }

    /** A supervisor (no account row needed by the hall). */
    static Caller supervisor(long id) {
        return new Caller(id, "supervisor" + id + "@onestop.test", "值班主任" + id, AccountKind.STAFF,
                Set.of(Role.SUPERVISOR), null, "127.0.0.1");
    }

    /** A walk-in number of {@code service} taken at the kiosk now by the visitor with account {@code accountId}. */
    Ticket walkIn(String service, long accountId) throws SQLException {
        long id = service(service).id();
        return hall.work().call(tx -> numbers.take(tx, new Numbers.Taking(id, TODAY, Ticket.Channel.ONLINE,
                accountId, null, 0, clock.instant()), clock.instant()));
    }

    /** A number of {@code service} for an appointment checked in now (ahead of walk-ins). */
    Ticket checkedIn(String service) throws SQLException {
        long id = service(service).id();
        return hall.work().call(tx -> numbers.take(tx, new Numbers.Taking(id, TODAY, Ticket.Channel.KIOSK, null,
                null, 1, clock.instant()), clock.instant()));
    }

    /** The ticket as stored now. */
    Ticket ticket(long id) throws SQLException {
        return hall.work().call(tx -> hall.ticket(tx, id)).orElseThrow();
    }
}

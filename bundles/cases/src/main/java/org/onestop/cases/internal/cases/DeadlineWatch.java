package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Person;
import org.onestop.api.identity.Role;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.onestop.api.schema.UnitOfWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The escalation job. Every few minutes it looks at the running clocks: one due within a working day is flagged
 * "due soon", one past its due date "overdue" — each once, recorded on the case's timeline and in the audit trail,
 * and told to the assignee and the supervisors (an applicant's deadline due soon is told to the applicant). A clock
 * whose deadline names an expiry transition is not escalated when it runs out: the gateway takes that transition.
 * The flag is set by a conditional update, so gateways sharing the database never escalate twice.
 */
@Component(service = DeadlineWatch.class, immediate = true, configurationPid = WatchConfig.PID)
@Designate(ocd = WatchConfig.class)
public final class DeadlineWatch {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final int DUE_SOON = 1;
    private static final int OVERDUE = 2;

    /** What one look did. */
    public record Sweep(int dueSoon, int overdue, int expired) {
    }

    private record Due(long caseId, String deadline, LocalDate dueOn, int warned) {
    }

    private final DataSource database;
    private final CaseEngine engine;
    private final WorkingCalendar calendar;
    private final CaseNews news;
    private final AuditTrail trail;
    private final People people;
    private final CaseRows rows;
    private ScheduledTask looking;

    @Activate
    public DeadlineWatch(@Reference(target = CaseTables.DATA_SOURCE) DataSource database,
            @Reference CaseEngine engine, @Reference WorkingCalendar calendar, @Reference CaseNews news,
            @Reference AuditTrail trail, @Reference People people, @Reference Scheduler scheduler,
            WatchConfig config) {
        this(database, engine, calendar, news, trail, people);
        long minutes = Math.max(1, config.watch_interval_minutes());
        looking = scheduler.onOneNode("cases.deadline-watch", Duration.ofSeconds(1), Duration.ofMinutes(minutes),
                this::look);
    }

    /** A watch that looks only when {@link #sweep()} is called. */
    public DeadlineWatch(DataSource database, CaseEngine engine, WorkingCalendar calendar, CaseNews news,
            AuditTrail trail, People people) {
        this.database = database;
        this.people = people;
        this.rows = new CaseRows(people);
        this.engine = engine;
        this.calendar = calendar;
        this.news = news;
        this.trail = trail;
    }

    @Deactivate
    public void stop() {
        if (looking != null) {
            looking.close();
        }
    }

    private void look() throws SQLException {
        Sweep sweep = sweep();
        if (sweep.dueSoon() + sweep.overdue() + sweep.expired() > 0) {
            LOG.info("Deadlines: {} due soon, {} overdue, {} expired", sweep.dueSoon(), sweep.overdue(),
                    sweep.expired());
        }
    }

    /** Looks at every running clock due by the next working day, as of the calendar's today. */
    public Sweep sweep() throws SQLException {
        LocalDate today = calendar.today();
        LocalDate soon = calendar.addWorkingDays(today, 1);
        int dueSoon = 0;
        int overdue = 0;
        int expired = 0;
        for (Due due : due(soon)) {
            Optional<CaseFile> file = read(due.caseId());
            Optional<Deadline> deadline = file.flatMap(f -> engine.rules().typeOf(f))
                    .flatMap(t -> t.workflow().deadline(due.deadline()));
            if (deadline.isEmpty()) {
                continue;
            }
            boolean late = due.dueOn().isBefore(today);
            if (late && deadline.get().onExpiry() != null && engine.expire(due.caseId(), deadline.get())) {
                expired++;
            } else if (late && due.warned() < OVERDUE) {
                overdue += escalate(file.get(), deadline.get(), due.dueOn(), OVERDUE) ? 1 : 0;
            } else if (!late && due.warned() < DUE_SOON) {
                dueSoon += escalate(file.get(), deadline.get(), due.dueOn(), DUE_SOON) ? 1 : 0;
            }
        }
        return new Sweep(dueSoon, overdue, expired);
    }

    private boolean escalate(CaseFile file, Deadline deadline, LocalDate dueOn, int level) throws SQLException {
        return new UnitOfWork(database).call(tx -> {
            try (PreparedStatement flag = tx.prepareStatement("UPDATE CASES.CASE_CLOCK SET WARNED = ?"
                    + " WHERE CASE_ID = ? AND DEADLINE = ? AND WARNED < ? AND STATE = 'RUNNING'")) {
                flag.setInt(1, level);
                flag.setLong(2, file.id());
                flag.setString(3, deadline.code());
                flag.setInt(4, level);
                if (flag.executeUpdate() == 0) {
                    return false;
                }
            }
            boolean applicants = deadline.party() == Party.APPLICANT;
            String kind = level == OVERDUE ? "overdue" : "due-soon";
            engine.recordEvent(tx, file, kind, null, deadline.code() + " " + dueOn, applicants);
            trail.record(tx, new AuditEntry("runtime", "case." + kind, "case:" + file.trackingNumber(), "",
                    deadline.code() + " due " + dueOn));
            if (applicants && level == DUE_SOON) {
                news.reminded(tx, file, deadline, dueOn);
            } else {
                for (long recipient : recipients(tx, file)) {
                    news.escalated(tx, file, deadline, level == OVERDUE, recipient);
                }
            }
            return true;
        });
    }

    /** The assignee and every active supervisor. */
    private Set<Long> recipients(Connection tx, CaseFile file) throws SQLException {
        Set<Long> recipients = new LinkedHashSet<>();
        if (file.assigneeId() != null) {
            recipients.add(file.assigneeId());
        }
        for (Person supervisor : people.staffHolding(tx, EnumSet.of(Role.SUPERVISOR))) {
            recipients.add(supervisor.id());
        }
        return recipients;
    }

    private List<Due> due(LocalDate by) throws SQLException {
        List<Due> due = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT CASE_ID, DEADLINE, DUE_ON, WARNED"
                        + " FROM CASES.CASE_CLOCK WHERE STATE = 'RUNNING' AND DUE_ON <= ? ORDER BY DUE_ON")) {
            select.setDate(1, Date.valueOf(by));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(rows.getLong(1), rows.getString(2), rows.getDate(3).toLocalDate(),
                            rows.getInt(4)));
                }
            }
        }
        return due;
    }

    private Optional<CaseFile> read(long caseId) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return rows.byId(connection, caseId);
        }
    }
}

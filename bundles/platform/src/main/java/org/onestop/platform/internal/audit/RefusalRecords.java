package org.onestop.platform.internal.audit;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts refused requests (401, 403, CSRF) in the audit trail: action {@value #ACTION}, the actor (or
 * {@code anonymous}), the client's address, the route and the reason. At most {@value #PER_CLIENT} entries per client
 * and {@value #OVERALL} of all clients together per minute; what is over is counted and recorded once per client
 * and minute as {@value #SUPPRESSED}, so that refused requests sent in a loop cannot flood the trail. A trail that
 * cannot be written (database gone) costs the refused request nothing: it is logged.
 */
@Component(service = RefusalRecords.class, immediate = true)
public final class RefusalRecords {

    static final String ACTION = "access.refused";
    static final String SUPPRESSED = "access.refused.suppressed";
    static final int PER_CLIENT = 10;
    static final int OVERALL = 300;
    private static final Logger LOG = LoggerFactory.getLogger(RefusalRecords.class);

    private final AuditTrail audit;
    private final Clock clock;
    private final RefusalBudget budget = new RefusalBudget(PER_CLIENT, OVERALL, Duration.ofMinutes(1));
    private ScheduledTask summaries;

    @Activate
    public RefusalRecords(@Reference AuditTrail audit, @Reference Scheduler scheduler) {
        this(audit, Clock.systemUTC());
        summaries = scheduler.every("audit.refusal-summaries", Duration.ofSeconds(20), Duration.ofSeconds(20),
                this::summarise);
    }

    RefusalRecords(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Deactivate
    void close() {
        if (summaries != null) {
            summaries.close();
        }
        summarise();
    }

    /**
     * Records that {@code route} (method and path, never the query) was refused to {@code client} for
     * {@code reason}, unless the client's budget for this minute is spent; {@code actor} is asked only then.
     */
    public void refused(String client, Supplier<String> actor, String route, String reason) {
        if (!budget.admit(client, clock.instant())) {
            return;
        }
        String who;
        try {
            who = actor.get();
        } catch (RuntimeException sessionsUnreadable) {
            who = "anonymous";
        }
        write(new AuditEntry(who, ACTION, "route:" + route, client, reason));
    }

    /** Records one entry for each client whose refusals went over the budget in a minute that has ended. */
    void summarise() {
        for (RefusalBudget.Overflow over : budget.ended(clock.instant())) {
            boolean all = RefusalBudget.ALL_CLIENTS.equals(over.client());
            write(new AuditEntry("runtime", SUPPRESSED, all ? "clients:all" : "client:" + over.client(),
                    all ? "" : over.client(), over.count() + " more refusals " + (all ? "of all clients " : "")
                            + "from " + over.from().truncatedTo(ChronoUnit.SECONDS) + " to "
                            + over.to().truncatedTo(ChronoUnit.SECONDS) + " not recorded one by one"));
        }
    }

    private void write(AuditEntry entry) {
        try {
            audit.record(entry);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("A refusal could not be put in the audit trail ({} {}): {}", entry.action(), entry.target(),
                    e.getMessage());
        }
    }
}

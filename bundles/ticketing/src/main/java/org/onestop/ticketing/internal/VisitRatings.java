package org.onestop.ticketing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.RatingDimension;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.onestop.api.ratings.RatingRequests;
import org.onestop.api.ratings.RatingSubject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The rating of a visit at the counter (好差评 "一次一评"), through the ratings bundle's {@link RatingRequests} while it
 * is deployed (reference {@code ticket:<id>}, served by the clerk who finished it): a number taken with an account is
 * invited when the visit is finished; a number taken without one is linked to the account of whoever signs in on its
 * rate link ({@code /ticketing/tickets/{key}/rate}), once, and invited then. Without the ratings bundle nothing is
 * invited and nothing breaks.
 */
@Component(service = VisitRatings.class)
public final class VisitRatings {

    /** What a visit is rated on besides the overall level. */
    static final List<RatingDimension> DIMENSIONS = List.of(
            new RatingDimension("waiting", Label.of("等候时间", "Waiting time")),
            new RatingDimension("attitude", Label.of("服务态度", "Attitude")),
            new RatingDimension("result", Label.of("办理结果", "Result")));

    private static final DateTimeFormatter DAY_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Hall hall;
    private final AuditTrail trail;
    /** The ratings bundle's service, while it is deployed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RatingRequests ratings;

    @Activate
    public VisitRatings(@Reference Hall hall, @Reference AuditTrail trail) {
        this(hall, trail, null);
    }

    /** Invitations through {@code ratings} (null: ratings not deployed), for tests. */
    VisitRatings(Hall hall, AuditTrail trail, RatingRequests ratings) {
        this.hall = hall;
        this.trail = trail;
        this.ratings = ratings;
    }

    /** Whether visits can be rated now (the ratings bundle is deployed). */
    boolean offered() {
        return ratings != null;
    }

    /** Invites the account of a finished visit, in the transaction {@code tx}; none without an account. */
    void invite(Connection tx, Ticket done, Caller clerk) throws SQLException {
        RatingRequests requests = ratings;
        if (requests == null || done.accountId() == null || done.status() != Ticket.Status.DONE) {
            return;
        }
        HallService service = hall.service(tx, done.serviceId()).orElseThrow();
        Long clerkId = done.clerkId() == null ? (clerk == null ? null : clerk.accountId()) : done.clerkId();
        RatingSubject subject = RatingSubject.of("ticketing", "ticket:" + done.id(), Label.of(
                service.nameZh() + " " + done.number() + "（" + DAY_ZH.format(done.day()) + "）",
                service.nameEn() + " " + done.number() + " (" + DAY_EN.format(done.day()) + ")"),
                done.accountId(), DIMENSIONS);
        requests.invite(tx, clerkId == null ? subject : subject.servedBy(clerkId, clerk != null
                && clerk.accountId() == clerkId ? clerk.displayName() : null));
    }

    /**
     * The rate link of ticket {@code key} opened by the signed-in {@code visitor}: a finished visit without an
     * account is linked to the visitor's, once; the visitor (its account) is invited. Refused (404) for a number
     * that is not done or belongs to another account, and (409) while ratings are not offered.
     */
    Ticket rate(String key, Caller visitor) throws SQLException {
        if (!offered()) {
            throw new Refusal(409, "ticketing.rating.unavailable");
        }
        return hall.write(tx -> {
            Ticket ticket = hall.ticketByKey(tx, key).filter(t -> t.status() == Ticket.Status.DONE)
                    .orElseThrow(() -> new Refusal(404, "ticketing.rating.none"));
            if (ticket.accountId() == null) {
                try (PreparedStatement link = tx.prepareStatement("UPDATE TICKETING.TICKET SET ACCOUNT_ID = ?,"
                        + " TURN = TURN + 1 WHERE ID = ? AND ACCOUNT_ID IS NULL")) {
                    link.setLong(1, visitor.accountId());
                    link.setLong(2, ticket.id());
                    link.executeUpdate();
                }
                ticket = hall.ticket(tx, ticket.id()).orElseThrow();
                if (ticket.accountId() == visitor.accountId()) {
                    trail.record(tx, AuditEntry.by(visitor, "ticketing.rating.linked", "ticket:" + ticket.id(),
                            ticket.number()));
                }
            }
            if (ticket.accountId() != visitor.accountId()) {
                throw new Refusal(404, "ticketing.rating.none");
            }
            invite(tx, ticket, null);
            return ticket;
        });
    }
}

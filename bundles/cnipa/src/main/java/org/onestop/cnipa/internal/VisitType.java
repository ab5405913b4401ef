package org.onestop.cnipa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.RatingInvitation;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Offers pre-checked window visits as a case type ({@code CN-…}). In each move's transaction it keeps the module's
 * row in step: an answer is taken only through the answer form (which stores the round's answer first), a corrected
 * upload only through the correction form (which opens the next round first), the receipt only through the receipt
 * form, the closing only through the close form (which stores the outcome first). The case pages show the business,
 * the rounds with their lists, the receipt, the outcome and, once complete, the link to book the visit at the hall. The applicant is invited to rate the service when the visit is closed.
 */
@Component(service = CaseType.class, configurationPid = VisitConfig.PID)
@Designate(ocd = VisitConfig.class)
public final class VisitType implements CaseType {

    private final VisitStore store;
    private final Businesses businesses;
    private final VisitBooking booking;
    private final WorkingCalendar calendar;
    private final Workflow workflow;

    @Activate
    public VisitType(@Reference VisitStore store, @Reference Businesses businesses, @Reference VisitBooking booking,
            @Reference WorkingCalendar calendar, VisitConfig config) {
        this.store = store;
        this.businesses = businesses;
        this.booking = booking;
        this.calendar = calendar;
        this.workflow = VisitWorkflow.of(Math.max(1, config.answer_days()));
    }

    @Override
    public Workflow workflow() {
        return workflow;
    }

    @Override
    public void moving(Connection tx, CaseMove move) throws SQLException {
        CaseFile file = move.before();
        VisitRecord visit = store.find(tx, file.id())
                .orElseThrow(() -> CaseRefusal.conflict("cnipa.visit.refused.noVisit", file.trackingNumber()));
        VisitRound current = visit.current();
        boolean onForm = switch (move.transition().code()) {
            case VisitWorkflow.ANSWER_COMPLETE -> current.answeredOn() != null && current.complete();
            case VisitWorkflow.ASK_CORRECTION -> current.answeredOn() != null && !current.complete();
            case VisitWorkflow.RESUBMIT -> current.round() > 1 && current.answeredOn() == null;
            case VisitWorkflow.RECEIVE -> visit.receiptNumber() != null;
            case VisitWorkflow.CLOSE -> VisitOutcome.of(visit.outcome()).filter(o -> o.allowedFrom(file.status()))
                    .isPresent();
            default -> true;
        };
        if (!onForm) {
            throw CaseRefusal.conflict("cnipa.visit.refused.onForm", file.trackingNumber());
        }
        String to = move.transition().to();
        boolean closes = workflow.status(to).map(Status::closed).orElse(false);
        store.status(tx, file.id(), to, closes ? calendar.today() : null);
    }

    @Override
    public Optional<View> details(CaseFile file, Caller viewer, Language language) {
        try {
            return store.work().call(tx -> store.find(tx, file.id()).map(visit -> {
                Business business = find(tx, visit.business());
                Optional<String> link = viewer.staff() ? Optional.empty()
                        : booking.link(file.status(), business, file.trackingNumber());
                return View.of("cnipa/visit-details", "visit", visit, "business", business.name(language),
                        "outcome", VisitOutcome.of(visit.outcome()).map(o -> o.label().in(language)).orElse(""),
                        "booking", link.orElse(""), "staff", viewer.staff());
            }));
        } catch (SQLException e) {
            throw new IllegalStateException("The visit of case " + file.trackingNumber() + " cannot be read", e);
        }
    }

    private Business find(Connection tx, String code) {
        try {
            return businesses.find(tx, code).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("The business " + code + " cannot be read", e);
        }
    }

    /** The service rating (好差评) when the visit is closed: timeliness and the clarity of the one answer. */
    @Override
    public Optional<RatingInvitation> rating() {
        return Optional.of(RatingInvitation.at(VisitWorkflow.CLOSED)
                .scoring("timeliness", Label.of("及时性", "Timeliness"))
                .scoring("clarity", Label.of("一次性告知是否清楚", "Clarity of the answer")));
    }
}

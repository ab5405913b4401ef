package org.onestop.preexam.internal.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;
import org.onestop.preexam.internal.rules.PatentType;

/**
 * The module's part of a request's case page: the request as filed and decided (a design with its Locarno class,
 * the others with their IPC symbols), the rejection reasons in the reader's language, the filing deadline of a
 * qualified request with the calendar days left, and the link to the qualification notice, and for the applicant the link booking a visit
 * at the service hall while the hall's queue is deployed ({@link HallVisits}). (The moves that need
 * more than a comment have pages of their own, which the case page links to.)
 */
final class RequestSheet {

    private RequestSheet() {
    }

    /** The sheet; {@code hallLink} books a visit at the hall for the request (the applicant's only; else empty). */
    static View view(RequestRecord request, Caller viewer, Language language, LocalDate today, String hallLink) {
        String number = request.trackingNumber();
        boolean waitingForFiling = RequestWorkflow.QUALIFIED.equals(request.status())
                && request.filingDeadline() != null;
        return View.of("preexam/request", "request", request, "design", request.design(),
                "patentType", PatentType.of(request.patentType()).map(t -> t.label().in(language))
                        .orElse(request.patentType()),
                "reasons", request.rejectionReasons().stream().map(code -> RejectionReason.of(code)
                        .map(r -> r.label().in(language)).orElse(code)).toList(),
                "filingDaysLeft", waitingForFiling ? ChronoUnit.DAYS.between(today, request.filingDeadline()) : "",
                "noticeLink", request.preexamNumber() == null ? "" : "/preexam/requests/" + number + "/notice.pdf",
                "staff", viewer.staff(), "hallLink", hallLink);
    }
}

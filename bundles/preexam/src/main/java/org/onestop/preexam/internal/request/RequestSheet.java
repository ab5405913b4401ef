package org.onestop.preexam.internal.request;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;

/**
 * The module's part of a request's case page: the request as filed and decided, and the link to the qualification
 * notice. (The moves that need more than a comment have pages of their own, which the case page links to.)
 */
final class RequestSheet {

    private RequestSheet() {
    }

    static View view(RequestRecord request, Caller viewer, Language language) {
        String number = request.trackingNumber();
        return View.of("preexam/request", "request", request,
                "patentType", PatentType.of(request.patentType()).map(t -> t.label().in(language))
                        .orElse(request.patentType()),
                "reasons", request.rejectionReasons().stream().map(code -> RejectionReason.of(code)
                        .map(r -> r.label().in(language)).orElse(code)).toList(),
                "noticeLink", request.preexamNumber() == null ? "" : "/preexam/requests/" + number + "/notice.pdf",
                "staff", viewer.staff());
    }
}

package org.onestop.preexam.internal.notice;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.OrganisationProfile;
import org.onestop.api.identity.Organisations;
import org.onestop.api.print.Printer;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.request.QualificationNotices;
import org.onestop.preexam.internal.request.RequestRecord;
import org.onestop.preexam.internal.request.RequestStore;
import org.onestop.preexam.internal.request.RequestWorkflow;
import org.onestop.preexam.internal.rules.PatentType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gives the qualification notice of a qualified request, as PDF, to its applicant and to the staff who may see the
 * case. The notice is drawn from the stored request and qualification (the organisation as named when the request
 * was filed, the number, the dates), so it reads the same every time. Only a request filed before names were kept,
 * whose entity had no registration to take them from, names the organisation as it is now.
 */
@Component(service = QualificationNotices.class)
public final class NoticeIssuer implements QualificationNotices {

    private final Cases cases;
    private final RequestStore requests;
    private final Organisations organisations;
    private final Centre centre;
    private final QualificationNotice notice;

    @Activate
    public NoticeIssuer(@Reference Cases cases, @Reference RequestStore requests,
            @Reference Organisations organisations, @Reference Centre centre, @Reference Printer printer) {
        this.notice = new QualificationNotice(printer);
        this.cases = cases;
        this.requests = requests;
        this.organisations = organisations;
        this.centre = centre;
    }

    @Override
    public Issued notice(String number, Caller viewer) throws SQLException, IOException {
        Optional<CaseFile> file = cases.find(number, viewer).filter(f -> RequestWorkflow.MODULE.equals(f.module())
                && RequestWorkflow.CASE_TYPE.equals(f.caseType()));
        RequestRecord request = file.isEmpty() ? null : requests.find(file.get().id()).orElse(null);
        if (request == null) {
            throw new CaseRefusal(404, "preexam.refused.notFound", number);
        }
        if (request.preexamNumber() == null) {
            throw CaseRefusal.conflict("preexam.refused.notQualified", number);
        }
        Optional<OrganisationProfile> now = request.organisationName() != null
                || file.get().organisationId() == null ? Optional.empty()
                        : organisations.find(file.get().organisationId());
        String organisation = request.organisationName() != null ? request.organisationName()
                : now.map(OrganisationProfile::name).orElse(request.applicants().get(0));
        String code = request.organisationName() != null ? Objects.requireNonNullElse(request.creditCode(), "")
                : now.map(OrganisationProfile::creditCode).orElse("");
        byte[] pdf = notice.render(new NoticeContent(centre.settings().centreName(), request.preexamNumber(),
                number, request.title(), PatentType.of(request.patentType()).map(t -> t.label().zh())
                        .orElse(request.patentType()), request.design(), request.applicants(), organisation, code,
                request.design() ? request.locarno() : request.mainIpc(), request.qualifiedOn(),
                request.filingDeadline()));
        return new Issued(request.preexamNumber() + ".pdf", pdf);
    }
}

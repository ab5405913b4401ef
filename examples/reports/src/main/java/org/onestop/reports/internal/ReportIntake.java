package org.onestop.reports.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.NewCase;
import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files a report: the case (with the evidence files the reporter stored before) and the module's row in one unit of
 * work, so that both are stored or neither, and the receipt is given only after the commit. A replayed idempotency
 * key returns the first receipt and stores nothing more.
 */
@Component(service = ReportIntake.class)
public final class ReportIntake {

    /** The evidence: at least one file, at most this many. */
    static final int MOST_FILES = 10;
    /** The field (and purpose) of the evidence files. */
    static final String EVIDENCE = "evidence";

    private final ReportStore store;
    private final Cases cases;
    private final Messages messages;

    @Activate
    public ReportIntake(@Reference ReportStore store, @Reference Cases cases, @Reference Messages messages) {
        this.store = store;
        this.cases = cases;
        this.messages = messages;
    }

    /** The message key of what is wrong with the evidence files {@code attachmentIds}, or null when they will do. */
    static String evidenceProblem(List<Long> attachmentIds) {
        if (attachmentIds.isEmpty()) {
            return "reports.error.evidence.missing";
        }
        return attachmentIds.size() > MOST_FILES ? "reports.error.evidence.many" : null;
    }

    /**
     * Files {@code report} for {@code reporter} with the evidence files stored before for them
     * ({@code attachmentIds}); {@code idempotencyKey} may be null. A report with problems is refused with 400 and
     * each field at fault, nothing stored.
     */
    public Receipt file(Report report, List<Long> attachmentIds, String idempotencyKey, Caller reporter)
            throws SQLException {
        Map<String, String> problems = new LinkedHashMap<>(report.problems());
        String evidence = evidenceProblem(attachmentIds);
        if (evidence != null) {
            problems.put(EVIDENCE, evidence);
        }
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems.values().iterator().next(), problems);
        }
        Report stored = report.stored();
        NewCase request = new NewCase(ReportWorkflow.MODULE, ReportWorkflow.CASE_TYPE, stored.title(),
                idempotencyKey, null, attachmentIds);
        return store.work().call(tx -> {
            Receipt receipt = cases.open(tx, request, reporter);
            if (!receipt.replayed()) {
                store.insert(tx, receipt.caseId(), stored);
            }
            return receipt;
        });
    }

    /**
     * Where the report {@code trackingNumber} stands, as {@code viewer} may see it (the reporter, or staff of its
     * queue), in {@code language}; refused with 404 when it is not a report {@code viewer} may see.
     */
    public ReportProgress progress(String trackingNumber, Caller viewer, Language language) throws SQLException {
        Optional<CaseFile> file = cases.find(trackingNumber, viewer)
                .filter(f -> ReportWorkflow.MODULE.equals(f.module()));
        Optional<Report> report = file.isEmpty() ? Optional.empty() : store.find(file.get().id());
        if (report.isEmpty()) {
            throw new Refusal(404, "reports.error.notFound");
        }
        return ReportProgress.of(file.get(), report.get(), cases.timeline(trackingNumber, viewer), messages,
                language);
    }
}

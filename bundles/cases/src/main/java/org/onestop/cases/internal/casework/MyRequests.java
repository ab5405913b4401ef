package org.onestop.cases.internal.casework;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.cases.internal.cases.WorkflowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An applicant's cases as lines in their language, each with what is expected of them now. */
@Component(service = MyRequests.class, immediate = true)
public final class MyRequests {

    private final CaseQueue queue;
    private final WorkflowRegistry workflows;
    private final Messages messages;

    @Activate
    public MyRequests(@Reference CaseQueue queue, @Reference WorkflowRegistry workflows,
            @Reference Messages messages) {
        this.queue = queue;
        this.workflows = workflows;
        this.messages = messages;
    }

    /** Every case of {@code applicant}, newest first. */
    public List<CaseRow> of(Caller applicant, Language language) throws SQLException {
        Map<String, List<String>> expected = Expectations.of(queue.runningClocks(applicant),
                (module, type) -> CaseLabels.of(workflows, module, type, language), messages, language);
        return queue.ofApplicant(applicant).stream().map(f -> row(f, expected, language)).toList();
    }

    private CaseRow row(CaseFile file, Map<String, List<String>> expected, Language language) {
        return CaseRow.forApplicant(file, CaseLabels.of(workflows, file.module(), file.caseType(), language),
                expected.getOrDefault(file.trackingNumber(), List.of()));
    }
}

package org.onestop.cases.internal.casework;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.audit.CaseWords;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.People;
import org.onestop.cases.internal.cases.CaseRows;
import org.onestop.cases.internal.cases.CaseTables;
import org.onestop.cases.internal.cases.WorkflowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cases' words for the audit page: the title of a case type, and a move as the statuses and the step staff
 * read ("待范围审查 → 审查中（确认范围）"), from the case's workflow as registered now.
 */
@Component(service = CaseWords.class, immediate = true)
public final class CaseAuditWords implements CaseWords {

    private static final Logger LOG = LoggerFactory.getLogger(CaseAuditWords.class);

    private final DataSource database;
    private final WorkflowRegistry workflows;
    private final Messages messages;
    private final CaseRows rows;

    @Activate
    public CaseAuditWords(@Reference(target = CaseTables.DATA_SOURCE) DataSource database,
            @Reference WorkflowRegistry workflows, @Reference Messages messages, @Reference People people) {
        this.database = database;
        this.rows = new CaseRows(people);
        this.workflows = workflows;
        this.messages = messages;
    }

    @Override
    public Optional<String> caseType(String moduleAndType, Language language) {
        int slash = moduleAndType.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        return workflows.find(moduleAndType.substring(0, slash), moduleAndType.substring(slash + 1))
                .map(t -> t.workflow().title().in(language));
    }

    @Override
    public Optional<String> move(String trackingNumber, String from, String to, String transition,
            Language language) {
        Optional<CaseFile> file;
        try (Connection c = database.getConnection()) {
            file = rows.byTrackingNumber(c, trackingNumber);
        } catch (SQLException e) {
            LOG.warn("Case {} could not be read for the audit page: {}", trackingNumber, e.getMessage());
            return Optional.empty();
        }
        return file.filter(f -> workflows.find(f.module(), f.caseType()).isPresent()).map(f -> {
            CaseLabels labels = CaseLabels.of(workflows, f.module(), f.caseType(), language);
            return messages.text(language, "audit.detail.move", labels.staffStatus(from), labels.staffStatus(to),
                    labels.transition(transition));
        });
    }
}

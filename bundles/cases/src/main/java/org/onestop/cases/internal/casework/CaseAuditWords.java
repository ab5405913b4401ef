package org.onestop.cases.internal.casework;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.onestop.api.audit.CaseWords;
import org.onestop.api.audit.EntryWords;
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
 * The cases' words for the audit page: the title of a case type, a move as the statuses and the step staff read
 * ("待范围审查 → 审查中（确认范围）"), and a deadline due or missed by its name ("补正期限，2026-12-10 到期"), from the
 * case's workflow as registered now.
 */
@Component(service = {CaseWords.class, EntryWords.class}, immediate = true,
        property = EntryWords.ACTIONS + "=case")
public final class CaseAuditWords implements CaseWords, EntryWords {

    /** A deadline's warning as recorded: its code and the day it is due. */
    private static final Pattern DUE = Pattern.compile("(\\S+) due (\\d{4}-\\d{2}-\\d{2})");

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
    public Optional<String> detail(String action, String target, String detail, Language language) {
        Matcher m = DUE.matcher(detail);
        if (!(action.equals("case.due-soon") || action.equals("case.overdue")) || !m.matches()
                || !target.startsWith("case:")) {
            return Optional.empty();
        }
        String code = m.group(1);
        return file(target.substring(5)).flatMap(f -> workflows.find(f.module(), f.caseType()))
                .flatMap(type -> type.workflow().deadlines().stream().filter(d -> d.code().equals(code)).findFirst())
                .map(deadline -> messages.text(language, "audit.detail.deadline", deadline.label().in(language),
                        m.group(2)));
    }

    private Optional<CaseFile> file(String trackingNumber) {
        try (Connection c = database.getConnection()) {
            return rows.byTrackingNumber(c, trackingNumber);
        } catch (SQLException e) {
            LOG.warn("Case {} could not be read for the audit page: {}", trackingNumber, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> move(String trackingNumber, String from, String to, String transition,
            Language language) {
        return file(trackingNumber).filter(f -> workflows.find(f.module(), f.caseType()).isPresent()).map(f -> {
            CaseLabels labels = CaseLabels.of(workflows, f.module(), f.caseType(), language);
            return messages.text(language, "audit.detail.move", labels.staffStatus(from), labels.staffStatus(to),
                    labels.transition(transition));
        });
    }
}

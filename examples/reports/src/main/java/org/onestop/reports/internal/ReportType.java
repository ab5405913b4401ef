package org.onestop.reports.internal;

import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers infringement reports as a case type: the workflow (and with it the queue on the staff workbench), and what
 * was reported on the case pages of staff and reporter.
 */
@Component(service = CaseType.class)
public final class ReportType implements CaseType {

    private final ReportStore store;

    @Activate
    public ReportType(@Reference ReportStore store) {
        this.store = store;
    }

    @Override
    public Workflow workflow() {
        return ReportWorkflow.WORKFLOW;
    }

    @Override
    public Optional<View> details(CaseFile file, Caller viewer, Language language) {
        try {
            return store.find(file.id()).map(report -> View.of("reports/details", "report", report));
        } catch (SQLException e) {
            throw new IllegalStateException("The report of case " + file.trackingNumber() + " cannot be read", e);
        }
    }
}

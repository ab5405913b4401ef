package org.onestop.casework.internal;

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

/** Offers enquiries as a case type: the workflow, and the topic and details on the case page. */
@Component(service = CaseType.class)
public final class EnquiryType implements CaseType {

    private final EnquiryStore store;

    @Activate
    public EnquiryType(@Reference EnquiryStore store) {
        this.store = store;
    }

    @Override
    public Workflow workflow() {
        return EnquiryWorkflow.WORKFLOW;
    }

    @Override
    public Optional<View> details(CaseFile file, Caller viewer, Language language) {
        try {
            return store.find(file.id()).map(enquiry -> View.of("sample/details", "enquiry", enquiry));
        } catch (SQLException e) {
            throw new IllegalStateException("The enquiry of case " + file.trackingNumber() + " cannot be read", e);
        }
    }
}

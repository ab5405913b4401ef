package org.onestop.casework.internal;

import java.sql.SQLException;
import java.util.List;

import org.onestop.api.cases.Cases;
import org.onestop.api.cases.NewCase;
import org.onestop.api.cases.Receipt;
import org.onestop.api.identity.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Opens an enquiry: the case (with the files the applicant sent) and the module's row in one unit of work, so that
 * both are stored or neither. A replayed idempotency key returns the first receipt and stores nothing more.
 */
@Component(service = EnquiryIntake.class)
public final class EnquiryIntake {

    private final EnquiryStore store;
    private final Cases cases;

    @Activate
    public EnquiryIntake(@Reference EnquiryStore store, @Reference Cases cases) {
        this.store = store;
        this.cases = cases;
    }

    /**
     * Opens {@code enquiry} (already checked) for {@code applicant} with the files stored before for them
     * ({@code attachmentIds}, may be empty); {@code idempotencyKey} may be null.
     */
    public Receipt open(Enquiry enquiry, List<Long> attachmentIds, String idempotencyKey, Caller applicant)
            throws SQLException {
        NewCase request = new NewCase(EnquiryWorkflow.MODULE, EnquiryWorkflow.CASE_TYPE, enquiry.topic(),
                idempotencyKey, null, attachmentIds);
        return store.work().call(tx -> {
            Receipt receipt = cases.open(tx, request, applicant);
            if (!receipt.replayed()) {
                store.insert(tx, receipt.caseId(), enquiry);
            }
            return receipt;
        });
    }

    /** Whether {@code viewer} may see the case {@code trackingNumber}. */
    public boolean visible(String trackingNumber, Caller viewer) throws SQLException {
        return cases.find(trackingNumber, viewer).isPresent();
    }
}

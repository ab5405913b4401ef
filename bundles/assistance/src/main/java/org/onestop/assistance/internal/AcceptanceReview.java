package org.onestop.assistance.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.Move;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The officer's refusal of an application, which needs more than a comment: reasons from the list
 * ({@link RefusalReason}) and an explanation, required with {@code other}. The reasons are kept with the
 * application (its pages name them in the reader's language) and the case moves in the same transaction; the other
 * steps of the review (accept, ask for supplements) are the platform's generic moves.
 */
@Component(service = AcceptanceReview.class)
public final class AcceptanceReview {

    static final int TEXT_LENGTH = 2000;

    private final ApplicationIntake intake;
    private final ApplicationStore store;
    private final Cases cases;

    @Activate
    public AcceptanceReview(@Reference ApplicationIntake intake, @Reference ApplicationStore store,
            @Reference Cases cases) {
        this.intake = intake;
        this.store = store;
        this.cases = cases;
    }

    /** Refuses the application {@code trackingNumber}; 422 with each field at fault, 409 if not under review. */
    public void refuse(String trackingNumber, List<String> reasonCodes, String text, Caller officer)
            throws SQLException {
        CaseFile file = intake.file(trackingNumber, officer);
        String explanation = text == null ? "" : text.strip();
        Set<RefusalReason> reasons = new LinkedHashSet<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (String code : reasonCodes == null ? List.<String>of() : reasonCodes) {
            Optional<RefusalReason> reason = Choice.of(RefusalReason.class, code);
            reason.ifPresentOrElse(reasons::add, () -> problems.put("reasons", "assistance.error.reasons.unknown"));
        }
        if (reasons.isEmpty()) {
            problems.putIfAbsent("reasons", "assistance.error.reasons.missing");
        }
        if (reasons.contains(RefusalReason.OTHER) && explanation.isEmpty()) {
            problems.put("text", "assistance.error.reasons.explain");
        } else if (explanation.length() > TEXT_LENGTH) {
            problems.put("text", "assistance.error.tooLong");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("assistance.error.form", problems);
        }
        store.work().run(tx -> {
            store.refusal(tx, file.id(), reasons.stream().map(RefusalReason::code).toList(), explanation);
            cases.move(tx, trackingNumber, Move.of(AssistanceWorkflow.REFUSE, explanation.isEmpty() ? null
                    : explanation), officer);
        });
    }
}

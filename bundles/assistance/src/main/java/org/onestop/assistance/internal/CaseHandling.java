package org.onestop.assistance.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.Move;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.onestop.api.print.Printer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Handling of an accepted application: records the officer's actions ({@link HandlingAction}) and the closing
 * ({@link Closing}), each in one transaction with the case's move (whose timeline entry is the public part) and, for
 * marking a case complex, an audit entry with the reason; reads the actions back for the applicant (public parts) and
 * staff (with internal notes); prints an opinion as PDF for both.
 */
@Component(service = CaseHandling.class, configurationPid = AssistanceConfig.PID)
public final class CaseHandling {

    /** A printed opinion: its file name and bytes. */
    public record Printed(String fileName, byte[] pdf) {
    }

    private final ApplicationIntake intake;
    private final ApplicationStore applications;
    private final HandlingStore store;
    private final Cases cases;
    private final AuditTrail trail;
    private final Printer printer;
    private final CentreZone zone;
    private final Messages messages;
    private final String centre;

    @Activate
    public CaseHandling(@Reference ApplicationIntake intake, @Reference ApplicationStore applications,
            @Reference HandlingStore store, @Reference Cases cases, @Reference AuditTrail trail,
            @Reference Printer printer, @Reference CentreZone zone, @Reference Messages messages,
            AssistanceConfig config) {
        this.messages = messages;
        this.intake = intake;
        this.applications = applications;
        this.store = store;
        this.cases = cases;
        this.trail = trail;
        this.printer = printer;
        this.zone = zone;
        this.centre = config.centre_name().isBlank() ? "知识产权保护中心" : config.centre_name().strip();
    }

    /** Records an action: 422 for what the kind needs, 409 for a case not in handling or marked complex twice. */
    public RecordedAction record(String trackingNumber, HandlingAction action, Caller officer) throws SQLException {
        CaseFile file = intake.file(trackingNumber, officer);
        Map<String, String> problems = action.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("assistance.error.actionForm", problems);
        }
        ActionKind kind = action.actionKind().orElseThrow();
        long id = store.work().call(tx -> {
            if (kind == ActionKind.COMPLEX && store.complex(tx, file.id())) {
                throw CaseRefusal.conflict("assistance.refused.alreadyComplex", trackingNumber);
            }
            if (kind == ActionKind.ANSWER && !awaitsAnswer(tx, file.id(), action.answerOf())) {
                throw Refusal.invalid("assistance.error.actionForm", Map.of("answerOf",
                        "assistance.error.action.answerOf"));
            }
            long stored = store.insert(tx, file.id(), action, officer, Instant.now());
            cases.move(tx, trackingNumber, Move.of(kind.transition(), action.publicPart()), officer);
            if (kind == ActionKind.COMPLEX) {
                trail.record(tx, AuditEntry.by(officer, "assistance.case.complex", "case:" + trackingNumber,
                        action.text()));
            }
            return stored;
        });
        return actions(trackingNumber, officer).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Closes the case with an outcome and a summary: 422 for a missing one, 409 for a case that may not close. */
    public void close(String trackingNumber, Closing closing, Caller officer) throws SQLException {
        CaseFile file = intake.file(trackingNumber, officer);
        Map<String, String> problems = closing.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("assistance.error.closingForm", problems);
        }
        store.work().run(tx -> {
            if (store.closing(tx, file.id()).isPresent()) {
                throw CaseRefusal.conflict("assistance.refused.alreadyClosed", trackingNumber);
            }
            store.close(tx, file.id(), closing, officer, Instant.now());
            cases.move(tx, trackingNumber, Move.of(AssistanceWorkflow.CLOSE, closing.summary()), officer);
        });
    }

    /** The case's actions as {@code viewer} may see them: the applicant without internal notes. */
    public List<RecordedAction> actions(String trackingNumber, Caller viewer) throws SQLException {
        CaseFile file = intake.file(trackingNumber, viewer);
        return store.work().call(tx -> visible(store.actions(tx, file.id(), opinionBase(trackingNumber)), viewer));
    }

    /** The case's closing, if it is closed. */
    public Optional<HandlingStore.ClosingRecord> closing(String trackingNumber, Caller viewer) throws SQLException {
        CaseFile file = intake.file(trackingNumber, viewer);
        return store.work().call(tx -> store.closing(tx, file.id()));
    }

    /** The opinion {@code id} of the case as PDF (404 when the case has none of that number). */
    public Printed opinion(String trackingNumber, long id, Caller viewer) throws SQLException, IOException {
        CaseFile file = intake.file(trackingNumber, viewer);
        RecordedAction opinion = actions(trackingNumber, viewer).stream()
                .filter(a -> a.id() == id && ActionKind.OPINION.code().equals(a.kind())).findFirst()
                .orElseThrow(() -> new CaseRefusal(404, "assistance.refused.opinionNotFound", trackingNumber));
        ApplicationRecord application = applications.find(file.id(), trackingNumber)
                .orElseThrow(() -> new CaseRefusal(404, "assistance.refused.notFound", trackingNumber));
        Application a = application.application();
        String right = messages.text(Language.ZH_CN, "assistance.right." + a.rightType()) + (a.rightNumber().isEmpty() ? "" : " " + a.rightNumber());
        String addressee = application.forOrganisation() ? application.organisationName() : file.applicantName();
        OpinionLetter letter = new OpinionLetter(centre, trackingNumber, addressee, right, a.otherParty(),
                opinion.text(), opinion.recordedAt().atZone(zone.zone()).toLocalDate());
        return new Printed("opinion-" + trackingNumber + "-" + id + ".pdf", printer.pdf(letter.document()));
    }

    /** The address of the case's opinions: append the number and {@code .pdf}. */
    static String opinionBase(String trackingNumber) {
        return "/assistance/applications/" + trackingNumber + "/opinions/";
    }

    private static List<RecordedAction> visible(List<RecordedAction> actions, Caller viewer) {
        return viewer.staff() ? actions : actions.stream().map(RecordedAction::forApplicant).toList();
    }

    private boolean awaitsAnswer(Connection tx, long caseId, Long handOver) throws SQLException {
        return store.actions(tx, caseId, "").stream().anyMatch(a -> handOver != null && a.id() == handOver
                && ActionKind.ENFORCEMENT.code().equals(a.kind()) && a.answer() == null);
    }
}

package org.onestop.cnipa.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.FileType;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.Move;
import org.onestop.api.cases.NewCase;
import org.onestop.api.cases.Receipt;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The steps of a pre-checked window visit that carry the module's data, each stored in one unit of work with the
 * case's move: the applicant's start (a business done at the window, the materials through the platform's
 * attachments, a note), the clerk's answer (complete, or the whole list), the applicant's corrected upload (a new
 * round), the clerk's record of the receipt at the window, the closing with its outcome. Bad input is refused (422)
 * before anything is stored.
 */
@Component(service = VisitDesk.class)
public final class VisitDesk {

    /** The purpose the materials are stored with. */
    static final String MATERIALS = "materials";
    static final int NOTE_LENGTH = 1000;
    private static final Set<FileType> ACCEPTED = Set.of();

    private final VisitStore store;
    private final Businesses businesses;
    private final Cases cases;
    private final Attachments attachments;
    private final WorkingCalendar calendar;
    private final VisitBooking booking;

    @Activate
    public VisitDesk(@Reference VisitStore store, @Reference Businesses businesses, @Reference Cases cases,
            @Reference Attachments attachments, @Reference WorkingCalendar calendar,
            @Reference VisitBooking booking) {
        this.booking = booking;
        this.store = store;
        this.businesses = businesses;
        this.cases = cases;
        this.attachments = attachments;
        this.calendar = calendar;
    }

    /** The businesses a visit may be pre-checked for: those done at the window, in order. */
    List<Business> windowBusinesses() throws SQLException {
        return atWindow(businesses.work().call(businesses::all));
    }

    /** Of {@code all}, the active businesses done at the window. */
    static List<Business> atWindow(List<Business> all) {
        return all.stream().filter(b -> b.active() && "window".equals(b.channel())).toList();
    }

    /** Starts a visit: 422 for a business not done at the window, no materials or an over-long note. */
    public Receipt start(String business, String note, FormFiles materials, String idempotencyKey, Caller applicant)
            throws SQLException, IOException {
        Optional<Receipt> first = cases.replay(VisitWorkflow.MODULE, VisitWorkflow.CASE_TYPE, idempotencyKey,
                applicant);
        if (first.isPresent()) {
            return first.get();
        }
        String text = note == null ? "" : note.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        String code = business == null ? "" : business.strip();
        if (windowBusinesses().stream().noneMatch(b -> b.code().equals(code))) {
            problems.put("business", "cnipa.visit.error.business");
        }
        if (!materials.has(MATERIALS)) {
            problems.put(MATERIALS, "cnipa.visit.error.materials");
        }
        if (text.length() > NOTE_LENGTH) {
            problems.put("note", "cnipa.visit.error.tooLong");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("cnipa.visit.error.form", problems);
        }
        List<Long> files = materials.store(MATERIALS, ACCEPTED, attachments, applicant);
        String title = businesses.work().call(tx -> businesses.find(tx, code)).orElseThrow().nameZh();
        NewCase request = new NewCase(VisitWorkflow.MODULE, VisitWorkflow.CASE_TYPE, title, idempotencyKey, null,
                files);
        LocalDate today = calendar.today();
        return store.work().call(tx -> {
            Receipt receipt = cases.open(tx, request, applicant);
            if (!receipt.replayed()) {
                store.insert(tx, receipt.caseId(), receipt.trackingNumber(), code, text, receipt.openedAt(), today);
            }
            return receipt;
        });
    }

    /** The clerk's answer to the round now open: 422 for an answer its round does not allow, 409 when none is open. */
    public void answer(String trackingNumber, VisitAnswer answer, Caller clerk) throws SQLException {
        CaseFile file = file(trackingNumber, clerk);
        store.work().run(tx -> {
            VisitRound current = store.find(tx, file.id()).orElseThrow().current();
            if (current.answeredOn() != null) {
                throw CaseRefusal.conflict("cnipa.visit.refused.answered", trackingNumber);
            }
            Map<String, String> problems = answer.problems(current.round());
            if (!problems.isEmpty()) {
                throw Refusal.invalid("cnipa.visit.error.answer", problems);
            }
            store.answer(tx, file.id(), current.round(), answer, calendar.today());
            String summary = answer.complete() ? "" : String.join("\n", answer.problems().stream()
                    .map(VisitProblem::text).toList());
            cases.move(tx, trackingNumber, Move.of(answer.complete() ? VisitWorkflow.ANSWER_COMPLETE
                    : VisitWorkflow.ASK_CORRECTION, summary), clerk);
        });
    }

    /** The applicant's corrected materials: a new round, the clerk's clock started again; 422 without files. */
    public void correct(String trackingNumber, String note, FormFiles materials, Caller applicant)
            throws SQLException, IOException {
        CaseFile file = file(trackingNumber, applicant);
        String text = note == null ? "" : note.strip();
        if (!materials.has(MATERIALS) || text.length() > NOTE_LENGTH) {
            throw Refusal.invalid("cnipa.visit.error.form", !materials.has(MATERIALS)
                    ? Map.of(MATERIALS, "cnipa.visit.error.materials") : Map.of("note", "cnipa.visit.error.tooLong"));
        }
        if (!VisitWorkflow.CORRECTION.equals(file.status())) {
            throw CaseRefusal.conflict("cnipa.visit.refused.notInCorrection", trackingNumber);
        }
        List<Long> files = materials.store(MATERIALS, ACCEPTED, attachments, applicant);
        store.work().run(tx -> {
            int next = store.find(tx, file.id()).orElseThrow().rounds().size() + 1;
            store.round(tx, file.id(), next, calendar.today());
            cases.move(tx, trackingNumber, new Move(VisitWorkflow.RESUBMIT, text, files), applicant);
        });
    }

    /** The patent office's receipt at the window: 422 for a missing number or a date that is not a past day. */
    public void receive(String trackingNumber, String number, String date, Caller clerk) throws SQLException {
        CaseFile file = file(trackingNumber, clerk);
        String receipt = number == null ? "" : number.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (receipt.isEmpty() || receipt.length() > 40) {
            problems.put("number", "cnipa.visit.error.receiptNumber");
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
            if (day.isAfter(calendar.today())) {
                problems.put("date", "cnipa.visit.error.receiptDate");
            }
        } catch (DateTimeParseException e) {
            problems.put("date", "cnipa.visit.error.receiptDate");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("cnipa.visit.error.receipt", problems);
        }
        LocalDate on = day;
        store.work().run(tx -> {
            store.receipt(tx, file.id(), receipt, on);
            cases.move(tx, trackingNumber, Move.of(VisitWorkflow.RECEIVE, receipt + " · " + on), clerk);
        });
    }

    /**
     * Closes the visit with {@code outcome} (a {@link VisitOutcome} code) and the clerk's {@code reason}: 422 for an
     * unknown outcome, a missing reason where one is required, an over-long one, or an outcome the visit's status does
     * not allow (e.g. "received and completed" before the receipt).
     */
    public void close(String trackingNumber, String outcome, String reason, Caller clerk) throws SQLException {
        CaseFile file = file(trackingNumber, clerk);
        String text = reason == null ? "" : reason.strip();
        Optional<VisitOutcome> chosen = VisitOutcome.of(outcome);
        Map<String, String> problems = new LinkedHashMap<>();
        if (chosen.isEmpty()) {
            problems.put("outcome", "cnipa.visit.error.outcome");
        } else if (!chosen.get().allowedFrom(file.status())) {
            problems.put("outcome", "cnipa.visit.error.outcomeNow");
        } else if (chosen.get().reasonRequired() && text.isEmpty()) {
            problems.put("reason", "cnipa.visit.error.reason");
        }
        if (text.length() > VisitOutcome.REASON_LENGTH) {
            problems.put("reason", "cnipa.visit.error.tooLong");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("cnipa.visit.error.close", problems);
        }
        VisitOutcome closing = chosen.get();
        store.work().run(tx -> {
            store.outcome(tx, file.id(), closing, text);
            cases.move(tx, trackingNumber, Move.of(VisitWorkflow.CLOSE, closing.label().in(Language.ZH_CN)
                    + (text.isEmpty() ? "" : "：" + text)), clerk);
        });
    }

    /** Holds the materials uploaded with a refused form for the applicant, so that the form comes back with them. */
    public FormFiles hold(FormFiles materials, Caller applicant) throws IOException, SQLException {
        return materials.hold(Map.of(MATERIALS, ACCEPTED), attachments, applicant);
    }

    /** The centre's today, as the receipt form starts with. */
    LocalDate today() {
        return calendar.today();
    }

    /** The visit {@code trackingNumber} if {@code viewer} may see it (404 otherwise, as if there were none). */
    public VisitRecord visit(String trackingNumber, Caller viewer) throws SQLException {
        CaseFile file = file(trackingNumber, viewer);
        return store.find(file.id()).orElseThrow(() -> notFound(trackingNumber));
    }

    /** The hall's booking link for the visit {@code trackingNumber}, once complete and while the hall is there. */
    public Optional<String> booking(String trackingNumber, Caller viewer) throws SQLException {
        CaseFile file = file(trackingNumber, viewer);
        VisitRecord visit = store.find(file.id()).orElseThrow(() -> notFound(trackingNumber));
        Business business = businesses.work().call(tx -> businesses.find(tx, visit.business())).orElseThrow();
        return booking.link(file.status(), business, trackingNumber);
    }

    CaseFile file(String trackingNumber, Caller viewer) throws SQLException {
        return cases.find(trackingNumber, viewer).filter(f -> VisitWorkflow.MODULE.equals(f.module())
                && VisitWorkflow.CASE_TYPE.equals(f.caseType())).orElseThrow(() -> notFound(trackingNumber));
    }

    private static CaseRefusal notFound(String trackingNumber) {
        return new CaseRefusal(404, "cnipa.visit.refused.notFound", trackingNumber);
    }
}

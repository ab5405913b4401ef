package org.onestop.preexam.internal.request;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseEvent;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.Move;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.rights.ApplicationNumber;
import org.onestop.api.schema.SqlFailures;
import org.onestop.preexam.internal.DocumentKind;
import org.onestop.preexam.internal.FormProblems;
import org.onestop.preexam.internal.rules.PatentType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The moves of a request that need more than a comment: the examiner's rejection with reasons from the list, the
 * applicant's corrected documents, and the applicant's application number (checked: form, check digit, the digit of
 * the patent type, the year). Each stores its data and moves the case in one transaction; anything refused changes
 * nothing.
 */
@Component(service = RequestDecisions.class)
public final class RequestDecisions {

    static final int TEXT_LENGTH = 2000;

    private final RequestStore store;
    private final Cases cases;
    private final Attachments attachments;
    private final WorkingCalendar calendar;
    private final Messages messages;

    @Activate
    public RequestDecisions(@Reference RequestStore store, @Reference Cases cases,
            @Reference Attachments attachments, @Reference WorkingCalendar calendar, @Reference Messages messages) {
        this.store = store;
        this.cases = cases;
        this.attachments = attachments;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** The request {@code number} if {@code viewer} may see it (404 otherwise, as if there were none). */
    public RequestRecord request(String number, Caller viewer) throws SQLException {
        CaseFile file = file(number, viewer);
        return store.find(file.id()).orElseThrow(() -> notFound(number));
    }

    /** Whether {@code viewer} may take {@code transition} on the request now. */
    public boolean mayTake(String number, String transition, Caller viewer) throws SQLException {
        file(number, viewer);
        return cases.choices(number, viewer).stream().map(Transition::code).anyMatch(transition::equals);
    }

    /**
     * Rejects the request with reasons (codes of {@link RejectionReason}) and an explanation. The reasons are kept
     * with the request, whose pages name them in the reader's language; the timeline gets the explanation as the
     * examiner wrote it.
     */
    public void reject(String number, List<String> reasonCodes, String text, Caller examiner, Language language)
            throws SQLException {
        CaseFile file = file(number, examiner);
        String explanation = text == null ? "" : text.strip();
        Set<RejectionReason> reasons = new LinkedHashSet<>();
        FormProblems problems = new FormProblems();
        for (String code : reasonCodes == null ? List.<String>of() : reasonCodes) {
            RejectionReason.of(code == null ? "" : code.strip()).ifPresentOrElse(reasons::add,
                    () -> problems.add("reasons", "preexam.error.reasons.unknown", code));
        }
        if (reasons.isEmpty()) {
            problems.add("reasons", "preexam.error.reasons.missing");
        }
        if (reasons.contains(RejectionReason.OTHER) && explanation.isEmpty()) {
            problems.add("text", "preexam.error.reasons.explain");
        } else if (explanation.length() > TEXT_LENGTH) {
            problems.add("text", "preexam.error.text.long", TEXT_LENGTH);
        }
        if (!problems.isEmpty()) {
            throw problems.refusal(messages, language);
        }
        store.work().run(tx -> {
            store.rejectionReasons(tx, file.id(), reasons.stream().map(RejectionReason::code).toList(),
                    explanation.isEmpty() ? null : explanation);
            cases.move(tx, number, Move.of(RequestWorkflow.REJECT, explanation.isEmpty() ? null : explanation),
                    examiner);
        });
    }

    /**
     * Takes the applicant's corrected documents (at least one, of the kinds of the request's patent type, uploaded
     * now or held from an earlier attempt) and sends the request back to examination.
     */
    public void correct(String number, FormFiles documents, String note, Caller applicant, Language language)
            throws SQLException, IOException {
        RequestRecord request = request(number, applicant);
        if (!mayTake(number, RequestWorkflow.CORRECT, applicant)) {
            throw CaseRefusal.conflict("preexam.refused.notInCorrection", number);
        }
        String comment = note == null ? "" : note.strip();
        FormProblems problems = new FormProblems();
        List<DocumentKind> kinds = kinds(request);
        kinds.forEach(d -> documents.refusal(d.field()).ifPresent(p -> problems.add(d.field(), p.key(),
                p.arguments())));
        if (kinds.stream().noneMatch(d -> documents.has(d.field()))) {
            problems.add("documents", "preexam.error.correction.noFile");
        }
        if (comment.length() > TEXT_LENGTH) {
            problems.add("comment", "preexam.error.text.long", TEXT_LENGTH);
        }
        if (!problems.isEmpty()) {
            throw problems.refusal(messages, language);
        }
        List<Long> stored = new ArrayList<>();
        for (DocumentKind document : kinds) {
            stored.addAll(documents.store(document.field(), document.accepted(), attachments, applicant));
        }
        store.work().run(tx -> cases.move(tx, number, new Move(RequestWorkflow.CORRECT,
                comment.isEmpty() ? null : comment, stored), applicant));
    }

    /** The documents a request of this patent type has (every kind for a type the module no longer knows). */
    public static List<DocumentKind> kinds(RequestRecord request) {
        return PatentType.of(request.patentType()).map(DocumentKind::of).orElse(List.of(DocumentKind.values()));
    }

    /** The examiner's list of problems: the comment of the latest request for a correction, or empty. */
    public String correctionProblems(String number, Caller viewer) throws SQLException {
        String problems = "";
        for (CaseEvent event : cases.timeline(number, viewer)) {
            if (RequestWorkflow.REQUEST_CORRECTION.equals(event.transition()) && event.comment() != null) {
                problems = event.comment();
            }
        }
        return problems;
    }

    /** Records the patent office's application number of a qualified request: the request is then filed. */
    public String recordFiling(String number, String applicationNumber, Caller applicant, Language language)
            throws SQLException {
        CaseFile file = file(number, applicant);
        RequestRecord request = store.find(file.id()).orElseThrow(() -> notFound(number));
        String typed = applicationNumber == null ? "" : applicationNumber.strip();
        Optional<ApplicationNumber> read = ApplicationNumber.read(typed);
        FormProblems problems = new FormProblems();
        if (typed.isEmpty()) {
            problems.add("applicationNumber", "preexam.error.applicationNumber.missing");
        } else if (read.isEmpty()) {
            problems.add("applicationNumber", "preexam.error.applicationNumber.format", typed);
        } else if (!read.get().checks()) {
            problems.add("applicationNumber", "preexam.error.applicationNumber.checkDigit", typed);
        } else {
            PatentType type = PatentType.of(request.patentType()).orElseThrow();
            LocalDate today = calendar.today();
            if (read.get().kind() != type.applicationKind()) {
                problems.add("applicationNumber", "preexam.error.applicationNumber.kind", read.get().kind(),
                        type.label().in(language), type.applicationKind());
            } else if (read.get().year() > today.getYear() || (request.qualifiedOn() != null
                    && read.get().year() < request.qualifiedOn().getYear())) {
                problems.add("applicationNumber", "preexam.error.applicationNumber.year", read.get().year());
            }
        }
        if (!problems.isEmpty()) {
            throw problems.refusal(messages, language);
        }
        String canonical = read.get().toString();
        try {
            store.work().run(tx -> {
                store.applicationNumber(tx, file.id(), canonical);
                cases.move(tx, number, Move.of(RequestWorkflow.RECORD_FILING, canonical), applicant);
            });
        } catch (SQLException e) {
            if (!SqlFailures.duplicateKey(e)) {
                throw e;
            }
            throw CaseRefusal.conflict("preexam.refused.applicationNumberUsed", canonical);
        }
        return canonical;
    }

    private CaseFile file(String number, Caller viewer) throws SQLException {
        Optional<CaseFile> file = cases.find(number, viewer);
        if (file.isEmpty() || !RequestWorkflow.MODULE.equals(file.get().module())
                || !RequestWorkflow.CASE_TYPE.equals(file.get().caseType())) {
            throw notFound(number);
        }
        return file.get();
    }

    private static CaseRefusal notFound(String number) {
        return new CaseRefusal(404, "preexam.refused.notFound", number);
    }
}

package org.onestop.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.CaseEvent;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * Where a report stands, as its reporter reads it on {@code /reports/<tracking number>} and from
 * {@code GET /api/reports/<tracking number>}: the status in the reader's words, the day the running time limit ends,
 * what was reported, and the timeline the reporter may see, oldest first. Times are instants (UTC); pages show them
 * in the centre's zone.
 *
 * @param trackingNumber the report's tracking number, {@code JB-YYYY-NNNNNN}
 * @param status         the status's code
 * @param statusLabel    the status as the reporter reads it
 * @param closed         whether the report is concluded (or turned down)
 * @param openedAt       when it was filed
 * @param dueOn          the last day of the running time limit (the check or the outcome), or null
 * @param report         what was reported
 * @param timeline       each step the reporter may see
 */
public record ReportProgress(String trackingNumber, String status, String statusLabel, boolean closed,
        Instant openedAt, LocalDate dueOn, Report report, List<Step> timeline) {

    /** The kinds of timeline entry named by a message {@code reports.event.<kind>}; others read as a change. */
    private static final Set<String> NAMED = Set.of("opened", "comment", "attachment", "due-soon", "overdue");

    /**
     * One entry of the timeline.
     *
     * @param at          when
     * @param kind        the timeline's kind ({@code opened}, {@code moved}, {@code comment}, …)
     * @param transition  the step's code for {@code moved}, else null
     * @param what        what happened, in the reader's words
     * @param status      the status after it, or null
     * @param statusLabel that status in the reader's words, or null
     * @param comment     what staff wrote (the reason of a refusal, whom a report was referred to), or null
     * @param files       the names of the files that came with it
     */
    public record Step(Instant at, String kind, String transition, String what, String status, String statusLabel,
            String comment, List<String> files) {
    }

    /** The progress of {@code file} (a report case) with its {@code events}, in {@code language}. */
    static ReportProgress of(CaseFile file, Report report, List<CaseEvent> events, Messages messages,
            Language language) {
        Status status = ReportWorkflow.WORKFLOW.status(file.status()).orElseThrow();
        List<Step> steps = events.stream().map(e -> new Step(e.at(), e.kind(), e.transition(),
                what(e, messages, language), e.toStatus(), statusLabel(e.toStatus(), language), e.comment(),
                e.attachments().stream().map(Attachment::fileName).toList())).toList();
        return new ReportProgress(file.trackingNumber(), file.status(), status.publicLabel().in(language),
                status.closed(), file.openedAt(), status.closed() ? null : file.dueOn(), report, steps);
    }

    private static String what(CaseEvent event, Messages messages, Language language) {
        if ("moved".equals(event.kind())) {
            return ReportWorkflow.WORKFLOW.transition(event.transition()).map(Transition::label)
                    .map(label -> label.in(language)).orElseGet(() -> messages.text(language, "reports.event.moved"));
        }
        return messages.text(language, "reports.event." + (NAMED.contains(event.kind()) ? event.kind() : "moved"));
    }

    private static String statusLabel(String code, Language language) {
        return code == null ? null : ReportWorkflow.WORKFLOW.status(code).map(Status::publicLabel)
                .map(l -> l.in(language)).orElse(null);
    }
}

package org.onestop.lookup.internal.patent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Refusal;

/**
 * An import as data stewards see it (JSON and the import page): progress, counts and how it stands in words
 * ("已完成：新增 4 条，替换 0 条，拒绝 1 条"), and each refused record with where it was and why, in the reader's
 * language.
 *
 * @param id         the import's number (the batch its records name)
 * @param summary    its state and counts in words
 * @param failure    why it failed as a whole, in words; null unless it failed
 * @param importedOn the centre's day it was sent on
 */
public record ImportReport(int id, String file, String format, String state, String summary, int percent,
        long bytes, long added, long replaced, long rejected, List<Problem> problems, String failure,
        LocalDate importedOn, Instant submitted, Instant started, Instant finished) {

    /**
     * One refused record: the file, the line (CSV) or document position (XML), 0 for the whole file, that place in
     * words, and why.
     */
    public record Problem(String file, int line, String place, String message) {

        public static Problem of(ImportProblem p, boolean documents, Messages messages, Language language) {
            String place = p.line() <= 0 ? messages.text(language, "lookup.import.place.file")
                    : messages.text(language, documents ? "lookup.import.place.document" : "lookup.import.place.line",
                            p.line());
            return new Problem(p.file(), p.line(), place, Refusal.text(messages, language, p.key(), p.arguments()));
        }
    }

    /** The report of an import being read now or read since the start. */
    public static ImportReport of(ImportJob job, Messages messages, Language language) {
        boolean documents = job.format() == ImportFormat.USPTO_XML;
        List<Problem> problems = job.problems().stream().map(p -> Problem.of(p, documents, messages, language))
                .toList();
        return new ImportReport(job.id(), job.fileName(), job.format().code(), job.state().name(),
                summary(job.state(), job.added(), job.replaced(), job.rejected(), job.percent(), job.failure(),
                        messages, language), job.percent(), job.bytes(), job.added(), job.replaced(), job.rejected(),
                problems, failure(job.failure(), messages, language), job.day(), job.submitted(), job.started(),
                job.finished());
    }

    /**
     * The report of an import as stored: one run by another node (its progress as of its last batch) or before the
     * start (its refused records are not kept past a restart).
     */
    static ImportReport of(ImportRuns.Run run, Messages messages, Language language) {
        int percent = run.percent();
        return new ImportReport(run.id(), run.fileName(), run.format().code(), run.state().name(),
                summary(run.state(), run.added(), run.replaced(), run.rejected(), percent, run.failure(), messages,
                        language), percent, run.bytes(), run.added(), run.replaced(), run.rejected(), List.of(),
                failure(run.failure(), messages, language), run.importedOn(), run.submitted(), null,
                run.finished());
    }

    private static String summary(ImportJob.State state, long added, long replaced, long rejected, int percent,
            String failure, Messages messages, Language language) {
        return messages.text(language, "lookup.import.summary." + state.name(), added, replaced, rejected, percent,
                failure == null ? "" : messages.text(language, failure));
    }

    private static String failure(String key, Messages messages, Language language) {
        return key == null ? null : messages.text(language, key);
    }
}

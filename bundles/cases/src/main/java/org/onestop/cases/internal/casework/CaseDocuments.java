package org.onestop.cases.internal.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.onestop.api.cases.Attachment;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * The files of one case as its pages show them: each purpose in words, and which files a later one replaced.
 *
 * <p>A purpose a module gives (a code such as {@code requestForm}) reads as the message
 * {@code <module>.purpose.<code>} (请求书), or as the generic {@code casework.purpose.file} (文件 / File) when the
 * module has no words for it: never as the code. A purpose someone typed in words on the upload form stays as
 * written. A file of a module's purpose is replaced by the files of the same purpose that came with a later step
 * of the case (a correction brings {@code description-v2.pdf} for {@code description.pdf}); files that came
 * together, and files described in words, replace nothing.
 */
final class CaseDocuments {

    /** A purpose a module gives, as opposed to words a person typed. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");

    private final Map<Long, CaseSheet.Document> byId;

    private CaseDocuments(Map<Long, CaseSheet.Document> byId) {
        this.byId = byId;
    }

    /**
     * The files of a case of {@code module}, in the order given; {@code step} tells for each file's id the place,
     * in the case's timeline, of the step it came with (files without one count as a step of their own).
     */
    static CaseDocuments of(String module, List<Attachment> files, Map<Long, Integer> step, Messages messages,
            Language language) {
        Map<Long, Attachment> replacedBy = new HashMap<>();
        Map<String, List<Attachment>> byPurpose = new LinkedHashMap<>();
        for (Attachment file : files) {
            if (file.purpose() != null && CODE.matcher(file.purpose()).matches()) {
                byPurpose.computeIfAbsent(file.purpose(), p -> new ArrayList<>()).add(file);
            }
        }
        Comparator<Attachment> arrival = Comparator.comparing((Attachment a) -> step.getOrDefault(a.id(),
                Integer.MAX_VALUE)).thenComparing(Attachment::id);
        for (List<Attachment> versions : byPurpose.values()) {
            versions.sort(arrival);
            for (Attachment earlier : versions) {
                versions.stream().filter(later -> !sameStep(earlier, later, step) && arrival.compare(later, earlier) > 0)
                        .findFirst().ifPresent(later -> replacedBy.put(earlier.id(), later));
            }
        }
        Map<Long, CaseSheet.Document> byId = new LinkedHashMap<>();
        for (Attachment file : files) {
            Attachment later = replacedBy.get(file.id());
            byId.put(file.id(), new CaseSheet.Document(file.id(), file.fileName(), file.mediaType(), file.size(),
                    file.sha256(), file.purpose(), label(module, file.purpose(), messages, language),
                    file.uploadedAt(), file.uploaderName(), later == null ? null : later.id(),
                    later == null ? null : later.fileName(), file.activeContent()));
        }
        return new CaseDocuments(byId);
    }

    /** Every file, in the order given. */
    List<CaseSheet.Document> all() {
        return List.copyOf(byId.values());
    }

    /** The same files as shown on the timeline entry they came with. */
    List<CaseSheet.Document> of(List<Attachment> files) {
        return files.stream().map(a -> byId.getOrDefault(a.id(), new CaseSheet.Document(a.id(), a.fileName(),
                a.mediaType(), a.size(), a.sha256(), a.purpose(), null, a.uploadedAt(), a.uploaderName(), null,
                null, a.activeContent()))).toList();
    }

    /** What a purpose reads as in {@code language}; null for a file without one. */
    static String label(String module, String purpose, Messages messages, Language language) {
        if (purpose == null || purpose.isBlank()) {
            return null;
        }
        if (!CODE.matcher(purpose).matches()) {
            return purpose;
        }
        String key = module + ".purpose." + purpose;
        String words = messages.text(language, key);
        return words.equals(key) ? messages.text(language, "casework.purpose.file") : words;
    }

    private static boolean sameStep(Attachment a, Attachment b, Map<Long, Integer> step) {
        Integer one = step.get(a.id());
        return one != null && one.equals(step.get(b.id()));
    }
}

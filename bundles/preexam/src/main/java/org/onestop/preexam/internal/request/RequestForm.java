package org.onestop.preexam.internal.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.i18n.Language;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.FormProblems;
import org.onestop.preexam.internal.rules.IpcCode;

/**
 * What an applicant states in a pre-examination request, as typed: the patent type, title, applicants and
 * inventors (one per line), agency, main and further IPC symbols and the declaration that it is not a PCT
 * application. The documents travel beside it as files named after {@link DocumentKind#field()}.
 */
public record RequestForm(String patentType, String title, String applicants, String inventors, String agency,
        String mainIpc, String furtherIpc, boolean notPct) {

    static final int TITLE_LENGTH = 200;
    static final int NAMES = 20;
    static final int NAME_LENGTH = 100;
    static final int FURTHER_CODES = 20;
    private static final Pattern LINES = Pattern.compile("[\\n\\r]+");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[,;，；、\\n\\r]+");

    public RequestForm {
        patentType = clean(patentType);
        title = clean(title);
        applicants = clean(applicants);
        inventors = clean(inventors);
        agency = clean(agency);
        mainIpc = clean(mainIpc);
        furtherIpc = clean(furtherIpc);
    }

    /** The form's text fields from a multipart body; a checkbox sends "on", an API client "true". */
    public static RequestForm of(FormParts parts) {
        String declaration = parts.field("notPct").orElse("").strip().toLowerCase(Locale.ROOT);
        return new RequestForm(parts.field("patentType").orElse(""), parts.field("title").orElse(""),
                parts.field("applicants").orElse(""), parts.field("inventors").orElse(""),
                parts.field("agency").orElse(""), parts.field("mainIpc").orElse(""),
                parts.field("furtherIpc").orElse(""), Set.of("true", "on", "yes", "1").contains(declaration));
    }

    public Optional<PatentType> type() {
        return PatentType.of(patentType);
    }

    public List<String> applicantNames() {
        return names(applicants);
    }

    public List<String> inventorNames() {
        return names(inventors);
    }

    /** The main IPC symbol, if it is a complete one. */
    public Optional<IpcCode> mainCode() {
        return IpcCode.parse(mainIpc).filter(IpcCode::complete);
    }

    /** The further IPC symbols that are complete ones, canonical, without the main one or repeats. */
    public List<String> furtherCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (String entry : CODE_SEPARATORS.split(furtherIpc)) {
            IpcCode.parse(entry).filter(IpcCode::complete).map(IpcCode::toString).ifPresent(codes::add);
        }
        mainCode().map(IpcCode::toString).ifPresent(codes::remove);
        return new ArrayList<>(codes);
    }

    /**
     * What is wrong with the form and its documents for the centre of {@code settings}; each missing document is
     * named.
     */
    public FormProblems problems(CentreSettings settings, FormParts documents, Language language) {
        FormProblems problems = new FormProblems();
        Optional<PatentType> type = type();
        if (patentType.isEmpty()) {
            problems.add("patentType", "preexam.error.patentType.missing");
        } else if (type.isEmpty() || !settings.patentTypes().contains(type.get())) {
            problems.add("patentType", "preexam.error.patentType.notAccepted", patentType);
        }
        if (title.isEmpty()) {
            problems.add("title", "preexam.error.title.missing");
        } else if (title.length() > TITLE_LENGTH) {
            problems.add("title", "preexam.error.title.long", TITLE_LENGTH);
        }
        names(problems, "applicants", applicantNames());
        names(problems, "inventors", inventorNames());
        if (agency.length() > TITLE_LENGTH) {
            problems.add("agency", "preexam.error.agency.long", TITLE_LENGTH);
        }
        if (mainIpc.isEmpty()) {
            problems.add("mainIpc", "preexam.error.ipc.missing");
        } else if (mainCode().isEmpty()) {
            problems.add("mainIpc", "preexam.error.ipc.format", mainIpc);
        } else if (!settings.fields().covers(mainCode().get())) {
            problems.add("mainIpc", "preexam.error.ipc.outOfScope", mainCode().get().toString(),
                    settings.fields().toString());
        }
        List<String> further = new ArrayList<>();
        for (String entry : CODE_SEPARATORS.split(furtherIpc)) {
            if (entry.isBlank()) {
                continue;
            }
            if (IpcCode.parse(entry).filter(IpcCode::complete).isEmpty()) {
                problems.add("furtherIpc", "preexam.error.ipc.format", entry.strip());
            }
            further.add(entry);
        }
        if (further.size() > FURTHER_CODES) {
            problems.add("furtherIpc", "preexam.error.ipc.tooMany", FURTHER_CODES);
        }
        if (!notPct) {
            problems.add("notPct", "preexam.error.notPct");
        }
        for (DocumentKind document : DocumentKind.values()) {
            List<UploadedFile> files = documents.files(document.field());
            boolean missing = files.isEmpty() || files.get(0).size() == 0;
            if (missing && type.map(document::requiredFor).orElse(document != DocumentKind.DRAWINGS)) {
                problems.add(document.field(), type.isPresent() && document == DocumentKind.DRAWINGS
                        ? "preexam.error.document.drawings" : "preexam.error.document.missing",
                        document.label().in(language), type.map(t -> t.label().in(language)).orElse(""));
            }
        }
        return problems;
    }

    private static void names(FormProblems problems, String field, List<String> names) {
        if (names.isEmpty()) {
            problems.add(field, "preexam.error." + field + ".missing");
        } else if (names.size() > NAMES) {
            problems.add(field, "preexam.error.names.tooMany", NAMES);
        } else if (names.stream().anyMatch(n -> n.length() > NAME_LENGTH)) {
            problems.add(field, "preexam.error.names.long", NAME_LENGTH);
        }
    }

    private static List<String> names(String text) {
        return LINES.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}

package org.onestop.preexam.internal.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.i18n.Language;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.DocumentKind;
import org.onestop.preexam.internal.FormProblems;
import org.onestop.preexam.internal.rules.IpcCode;
import org.onestop.preexam.internal.rules.LocarnoCode;
import org.onestop.preexam.internal.rules.PatentType;

/**
 * What an applicant states in a pre-examination request, as typed: the patent type, title (for a design: the name
 * of the product the design is for), applicants and inventors or designers (one per line), agency, the
 * classification — main and further IPC symbols for inventions and utility models, the Locarno class and subclass
 * for designs — and (not for designs, which the PCT does not cover) the declaration that it is not a PCT
 * application. The documents travel beside it as files
 * named after {@link DocumentKind#field()}; a design is never asked for claims or IPC symbols, and any it is sent
 * are ignored.
 */
public record RequestForm(String patentType, String title, String applicants, String inventors, String agency,
        String mainIpc, String furtherIpc, String locarno, boolean notPct) {

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
        locarno = clean(locarno);
    }

    /** The form's text fields from a multipart body; a checkbox sends "on", an API client "true". */
    public static RequestForm of(FormParts parts) {
        String declaration = parts.field("notPct").orElse("").strip().toLowerCase(Locale.ROOT);
        return new RequestForm(parts.field("patentType").orElse(""), parts.field("title").orElse(""),
                parts.field("applicants").orElse(""), parts.field("inventors").orElse(""),
                parts.field("agency").orElse(""), parts.field("mainIpc").orElse(""),
                parts.field("furtherIpc").orElse(""), parts.field("locarno").orElse(""),
                Set.of("true", "on", "yes", "1").contains(declaration));
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

    /** Whether the request is for a design (classified by Locarno, not by the IPC). */
    public boolean design() {
        return type().map(PatentType::design).orElse(false);
    }

    /** The main IPC symbol, if it is a complete one and the request is not for a design. */
    public Optional<IpcCode> mainCode() {
        return design() ? Optional.empty() : IpcCode.parse(mainIpc).filter(IpcCode::complete);
    }

    /** The Locarno class and subclass of a design, if it is one. */
    public Optional<LocarnoCode> locarnoCode() {
        return design() ? LocarnoCode.parse(locarno).filter(LocarnoCode::complete) : Optional.empty();
    }

    /** The further IPC symbols that are complete ones, canonical, without the main one or repeats; none for designs. */
    public List<String> furtherCodes() {
        if (design()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String entry : CODE_SEPARATORS.split(furtherIpc)) {
            IpcCode.parse(entry).filter(IpcCode::complete).map(IpcCode::toString).ifPresent(codes::add);
        }
        mainCode().map(IpcCode::toString).ifPresent(codes::remove);
        return new ArrayList<>(codes);
    }

    /**
     * What is wrong with the form and its documents for the centre of {@code settings}; each missing document of the
     * patent type is named. Without a type only what every type has is checked.
     */
    public FormProblems problems(CentreSettings settings, FormFiles documents, Language language) {
        FormProblems problems = new FormProblems();
        Optional<PatentType> type = type();
        if (patentType.isEmpty()) {
            problems.add("patentType", "preexam.error.patentType.missing");
        } else if (type.isEmpty() || !settings.patentTypes().contains(type.get())) {
            problems.add("patentType", "preexam.error.patentType.notAccepted", patentType);
        }
        boolean design = design();
        if (title.isEmpty()) {
            problems.add("title", design ? "preexam.error.productName.missing" : "preexam.error.title.missing");
        } else if (title.length() > TITLE_LENGTH) {
            problems.add("title", "preexam.error.title.long", TITLE_LENGTH);
        }
        names(problems, "applicants", applicantNames());
        names(problems, design ? "designers" : "inventors", "inventors", inventorNames());
        if (agency.length() > TITLE_LENGTH) {
            problems.add("agency", "preexam.error.agency.long", TITLE_LENGTH);
        }
        if (design) {
            locarnoProblems(problems, settings);
        } else if (type.isPresent()) {
            ipcProblems(problems, settings);
        }
        if (!notPct && !design) {
            problems.add("notPct", "preexam.error.notPct");
        }
        for (DocumentKind document : type.map(DocumentKind::of).orElse(List.of(DocumentKind.REQUEST_FORM))) {
            Optional<CaseRefusal> refused = documents.refusal(document.field());
            if (refused.isPresent()) {
                problems.add(document.field(), refused.get().key(), refused.get().arguments());
            } else if (!documents.has(document.field()) && type.map(document::requiredFor).orElse(true)) {
                problems.add(document.field(), type.isPresent() ? "preexam.error.document.missingFor"
                        : "preexam.error.document.missing", document.label().in(language),
                        type.map(t -> t.label().in(language)).orElse(""), document.formats().in(language));
            }
        }
        return problems;
    }

    private void ipcProblems(FormProblems problems, CentreSettings settings) {
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
    }

    private void locarnoProblems(FormProblems problems, CentreSettings settings) {
        if (locarno.isEmpty()) {
            problems.add("locarno", "preexam.error.locarno.missing");
        } else if (locarnoCode().isEmpty()) {
            problems.add("locarno", "preexam.error.locarno.format", locarno);
        } else if (!settings.designScope().covers(locarnoCode().get())) {
            problems.add("locarno", "preexam.error.locarno.outOfScope", locarnoCode().get().toString(),
                    locarnoCode().get().classText(), settings.designScope().toString());
        }
    }

    private static void names(FormProblems problems, String field, List<String> names) {
        names(problems, field, field, names);
    }

    /** Checks the names of {@code field}, whose missing message is that of {@code role}. */
    private static void names(FormProblems problems, String role, String field, List<String> names) {
        if (names.isEmpty()) {
            problems.add(field, "preexam.error." + role + ".missing");
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

package org.onestop.preexam.internal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.Configs;

/** What an applicant is told about a request form before anything is stored. */
class RequestFormTest {

    /** Shows keys and arguments, as a catalogue would place them. */
    private static final Messages KEYS = (language, key, arguments) -> key + List.of(arguments);

    @TempDir
    Path folder;

    private final CentreSettings settings = CentreSettings.from(Configs.of(Map.of()));

    private RequestForm form(String type, String mainIpc, String furtherIpc, boolean notPct) {
        return new RequestForm(type, "一种稀土永磁合金的制备装置", "包头稀土新材料有限公司\n周宁\n\n周宁", "周宁\n赵敏", "",
                mainIpc, furtherIpc, "", notPct);
    }

    private RequestForm design(String locarno, String mainIpc, String furtherIpc) {
        return new RequestForm("design", "稀土永磁电机外壳", "包头稀土新材料有限公司", "周宁", "", mainIpc, furtherIpc,
                locarno, false);
    }

    private FormFiles documents(String... fields) throws IOException {
        List<UploadedFile> files = new ArrayList<>();
        for (String field : fields) {
            Path content = Files.write(folder.resolve(field + ".pdf"), "%PDF-1.4\n".getBytes());
            files.add(new UploadedFile(field, field + ".pdf", "application/pdf", Files.size(content), content));
        }
        return FormFiles.of(new FormParts(Map.of(), files));
    }

    private Map<String, String> problems(RequestForm form, FormFiles documents) {
        return form.problems(settings, documents, Language.ZH_CN).texts(KEYS, Language.ZH_CN);
    }

    @Test
    void aCompleteInventionInTheCentresFieldsHasNoProblem() throws IOException {
        RequestForm form = form("invention", "c12n15/10", "C12N 1/21, C12Q 1/68；C12N 15/10", true);
        assertEquals(Map.of(), problems(form, documents("requestForm", "description", "claims", "abstract")));
        assertEquals("C12N 15/10", form.mainCode().orElseThrow().toString());
        assertEquals(List.of("C12N 1/21", "C12Q 1/68"), form.furtherCodes(), "canonical, without the main one");
        assertEquals(List.of("包头稀土新材料有限公司", "周宁"), form.applicantNames(), "blank lines and repeats dropped");
    }

    @Test
    void eachMissingDocumentIsNamedAndAUtilityModelNeedsDrawings() throws IOException {
        Map<String, String> problems = problems(form("utility-model", "C22C 38/02", "", true), documents("claims"));
        assertEquals("preexam.error.document.missingFor[请求书, 实用新型, PDF]", problems.get("requestForm"));
        assertEquals("preexam.error.document.missingFor[说明书, 实用新型, PDF]", problems.get("description"));
        assertEquals("preexam.error.document.missingFor[说明书摘要, 实用新型, PDF]", problems.get("abstract"));
        assertEquals("preexam.error.document.missingFor[说明书附图, 实用新型, PDF]", problems.get("drawings"));
        assertTrue(!problems.containsKey("claims"));
        assertEquals(4, problems.size());
        assertTrue(problems(form("invention", "C22C 38/02", "", true),
                documents("requestForm", "description", "claims", "abstract")).isEmpty(),
                "an invention may come without drawings");
    }

    @Test
    void aDesignIsNotAskedForClaimsOrIpcButForItsLocarnoClassViewsAndBriefDescription() throws IOException {
        RequestForm form = design("13-01", "", "");
        assertEquals(Map.of(), problems(form, documents("requestForm", "views", "briefDescription")),
                "no claims, description, abstract, IPC or PCT declaration");
        assertEquals("13-01", form.locarnoCode().orElseThrow().toString());

        RequestForm withIpc = design("13-01", "C22C 38/02", "C12N 1/21, nonsense");
        assertEquals(Map.of(), problems(withIpc, documents("requestForm", "views", "briefDescription", "claims")),
                "IPC symbols and claims sent with a design are not looked at");
        assertTrue(withIpc.mainCode().isEmpty(), "and not kept");
        assertEquals(List.of(), withIpc.furtherCodes());
    }

    @Test
    void aPackagingBoxIsJudgedByItsLocarnoClassNotByAnIpcSymbolInTheCentresFields() throws IOException {
        FormFiles all = documents("requestForm", "views", "briefDescription");
        assertEquals(Map.of("locarno", "preexam.error.locarno.outOfScope[09-03, 09, 05-06, 13, 15, 24, 26]"),
                problems(design("9-03", "C08L 23/06", ""), all), "named with its class");
        assertEquals(Map.of("locarno", "preexam.error.locarno.format[C08L 23/06]"),
                problems(design("C08L 23/06", "", ""), all), "an IPC symbol is no Locarno class");
        assertEquals(Map.of("locarno", "preexam.error.locarno.format[13]"), problems(design("13", "", ""), all),
                "a request names the subclass");
        assertEquals(Map.of("locarno", "preexam.error.locarno.missing[]"), problems(design("", "C08L 23/06", ""),
                all));
    }

    @Test
    void everyDocumentMissingForADesignIsNamed() throws IOException {
        Map<String, String> problems = problems(design("13-01", "", ""), documents("claims", "description"));
        assertEquals(Map.of(
                "requestForm", "preexam.error.document.missingFor[请求书, 外观设计, PDF]",
                "views", "preexam.error.document.missingFor[外观设计图片或照片（视图）, 外观设计, PDF、PNG 或 JPEG]",
                "briefDescription", "preexam.error.document.missingFor[简要说明, 外观设计, PDF]"), problems);
        RequestForm nameless = new RequestForm("design", "", "包头稀土新材料有限公司", "", "", "", "", "13-01", false);
        Map<String, String> unnamed = problems(nameless, documents("requestForm", "views", "briefDescription"));
        assertEquals("preexam.error.productName.missing[]", unnamed.get("title"));
        assertEquals("preexam.error.designers.missing[]", unnamed.get("inventors"));
    }

    @Test
    void aMainIpcOutsideTheCentresFieldsIsRefusedByName() throws IOException {
        FormFiles all = documents("requestForm", "description", "claims", "abstract");
        assertEquals(Map.of("mainIpc", "preexam.error.ipc.outOfScope[B01D 53/02, C12N, C12Q, A01H, C08L, C22C]"),
                problems(form("invention", "B01D 53/02", "C12N 15/10", true), all),
                "a further code inside the fields does not bring the request in");
        assertEquals(Map.of("mainIpc", "preexam.error.ipc.format[C12N]"),
                problems(form("invention", "C12N", "", true), all), "a subclass alone is not a main IPC symbol");
        assertEquals(Map.of("furtherIpc", "preexam.error.ipc.format[C12N15]"),
                problems(form("invention", "C12N 15/10", "C12N 1/21, C12N15", true), all));
    }

    @Test
    void aPctApplicationAndAnUnacceptedTypeAreRefused() throws IOException {
        FormFiles all = documents("requestForm", "description", "claims", "abstract", "drawings");
        assertEquals(Map.of("notPct", "preexam.error.notPct[]"),
                problems(form("invention", "C12N 15/10", "", false), all));
        CentreSettings inventionsOnly = CentreSettings.from(Configs.of(Map.of("patent.types", "invention")));
        assertEquals("preexam.error.patentType.notAccepted[design]", design("13-01", "", "")
                .problems(inventionsOnly, all, Language.ZH_CN).texts(KEYS, Language.ZH_CN).get("patentType"));
        Map<String, String> empty = problems(new RequestForm("", "", "", "", "", "", "", "", false),
                FormFiles.NONE);
        assertEquals(List.of("patentType", "title", "applicants", "inventors", "notPct", "requestForm"),
                List.copyOf(empty.keySet()), "in the order of the form; without a type only what all types have");
    }

    @Test
    void filesKeptFromAnEarlierAttemptCountAsSent() {
        FormFiles kept = FormFiles.of(new FormParts(Map.of("held.requestForm", List.of("41"),
                "heldName.requestForm", List.of("请求书.pdf"), "held.views", List.of("42", "x", "43"),
                "heldName.views", List.of("主视图.png", "立体图.png")), List.of()));
        assertEquals(List.of(new FormFiles.Held(41, "请求书.pdf")), kept.held("requestForm"));
        assertEquals(List.of(new FormFiles.Held(42, "主视图.png"), new FormFiles.Held(43, "立体图.png")),
                kept.held("views"), "what is not a number is no file");
        assertTrue(kept.has("views"));
        assertFalse(kept.has("briefDescription"));
        assertEquals(Map.of("briefDescription", "preexam.error.document.missingFor[简要说明, 外观设计, PDF]"),
                problems(design("13-01", "", ""), kept));
    }
}

package org.onestop.preexam.internal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
                mainIpc, furtherIpc, notPct);
    }

    private FormParts documents(String... fields) throws IOException {
        List<UploadedFile> files = new ArrayList<>();
        for (String field : fields) {
            Path content = Files.write(folder.resolve(field + ".pdf"), "%PDF-1.4\n".getBytes());
            files.add(new UploadedFile(field, field + ".pdf", "application/pdf", Files.size(content), content));
        }
        return new FormParts(Map.of(), files);
    }

    private Map<String, String> problems(RequestForm form, FormParts documents) {
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
        assertEquals("preexam.error.document.missing[请求书, 实用新型]", problems.get("requestForm"));
        assertEquals("preexam.error.document.missing[说明书, 实用新型]", problems.get("description"));
        assertEquals("preexam.error.document.missing[说明书摘要, 实用新型]", problems.get("abstract"));
        assertEquals("preexam.error.document.drawings[说明书附图, 实用新型]", problems.get("drawings"));
        assertTrue(!problems.containsKey("claims"));
        assertEquals(4, problems.size());
        assertTrue(problems(form("invention", "C22C 38/02", "", true),
                documents("requestForm", "description", "claims", "abstract")).isEmpty(),
                "an invention may come without drawings");
        assertTrue(problems(form("design", "C22C 38/02", "", true),
                documents("requestForm", "description", "claims", "abstract")).containsKey("drawings"));
    }

    @Test
    void aMainIpcOutsideTheCentresFieldsIsRefusedByName() throws IOException {
        FormParts all = documents("requestForm", "description", "claims", "abstract");
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
        FormParts all = documents("requestForm", "description", "claims", "abstract", "drawings");
        assertEquals(Map.of("notPct", "preexam.error.notPct[]"),
                problems(form("invention", "C12N 15/10", "", false), all));
        CentreSettings inventionsOnly = CentreSettings.from(Configs.of(Map.of("patent.types", "invention")));
        assertEquals("preexam.error.patentType.notAccepted[design]", form("design", "C12N 15/10", "", true)
                .problems(inventionsOnly, all, Language.ZH_CN).texts(KEYS, Language.ZH_CN).get("patentType"));
        Map<String, String> empty = problems(new RequestForm("", "", "", "", "", "", "", false), documents());
        assertEquals(List.of("patentType", "title", "applicants", "inventors", "mainIpc", "notPct", "requestForm",
                "description", "claims", "abstract"), List.copyOf(empty.keySet()), "in the order of the form");
    }
}

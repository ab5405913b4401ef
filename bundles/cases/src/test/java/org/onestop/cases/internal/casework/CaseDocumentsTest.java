package org.onestop.cases.internal.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.Attachment;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/** The files of a case as its pages name them: purposes in words, and which file a later one replaced. */
class CaseDocumentsTest {

    private static final Instant T = Instant.parse("2026-11-16T01:30:00Z");
    /** The catalogue as a module and the shell give it: some purposes have words, one does not. */
    private static final Messages MESSAGES = (language, key, arguments) -> switch (key) {
        case "preexam.purpose.requestForm" -> language == Language.EN ? "Request form" : "请求书";
        case "preexam.purpose.description" -> language == Language.EN ? "Description" : "说明书";
        case "casework.purpose.file" -> language == Language.EN ? "File" : "文件";
        default -> key;
    };

    private static Attachment file(long id, String name, String purpose) {
        return new Attachment(id, name, "application/pdf", 1000, "ab", purpose, T.plusSeconds(id), "张伟");
    }

    @Test
    void purposesReadAsWordsNeverAsCodes() {
        List<CaseSheet.Document> files = CaseDocuments.of("preexam", List.of(file(1, "请求书.pdf", "requestForm"),
                file(2, "x.pdf", "priorityDocument"), file(3, "补充.pdf", "补充实施例说明"), file(4, "y.pdf", null)),
                Map.of(), MESSAGES, Language.ZH_CN).all();

        assertEquals(Arrays.asList("请求书", "文件", "补充实施例说明", null),
                files.stream().map(CaseSheet.Document::purposeLabel).toList(),
                "the module's words; the generic word for a code it has none for; words someone typed as written");
        assertEquals("requestForm", files.get(0).purpose(), "the code stays for scripts");
        assertEquals("Request form", CaseDocuments.label("preexam", "requestForm", MESSAGES, Language.EN));
        assertEquals("File", CaseDocuments.label("sample", "requestForm", MESSAGES, Language.EN),
                "the words are the case's module's");
    }

    @Test
    void aFileOfTheSamePurposeFromALaterStepReplacesTheEarlierOne() {
        List<Attachment> files = List.of(file(1, "description.pdf", "description"), file(2, "claims.pdf", "claims"),
                file(3, "drawing-1.pdf", "drawings"), file(4, "drawing-2.pdf", "drawings"),
                file(5, "description-v2.pdf", "description"), file(6, "补充.pdf", "补充材料"),
                file(7, "补充2.pdf", "补充材料"), file(8, "description-v3.pdf", "description"));
        Map<Long, Integer> step = Map.of(1L, 0, 2L, 0, 3L, 0, 4L, 0, 5L, 3, 6L, 3, 7L, 5, 8L, 5);
        CaseDocuments documents = CaseDocuments.of("preexam", files, step, MESSAGES, Language.ZH_CN);
        List<CaseSheet.Document> all = documents.all();

        assertEquals(5L, all.get(0).supersededBy(), "description.pdf by the corrected description");
        assertEquals("description-v2.pdf", all.get(0).supersededByName());
        assertEquals(8L, all.get(4).supersededBy(), "and that one by the next correction");
        assertNull(all.get(7).supersededBy(), "the last one is current");
        assertNull(all.get(1).supersededBy(), "a purpose that came once");
        assertNull(all.get(2).supersededBy(), "two drawings that came together are both current");
        assertNull(all.get(5).supersededBy(), "files described in words replace nothing");
        assertEquals(List.of(1L, 5L), documents.of(List.of(files.get(0), files.get(4))).stream()
                .map(CaseSheet.Document::id).toList(), "the timeline's files, marked the same");
        assertEquals(8L, documents.of(List.of(files.get(4))).get(0).supersededBy());
    }
}

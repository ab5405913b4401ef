package org.onestop.assistance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;
import org.onestop.api.module.Refusal;
import org.onestop.testing.ModuleTexts;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What stops an expert from entering the pool, and the conflict-of-interest rule of an assignment. */
class ExpertTest {

    private static Expert expert(List<String> fields) {
        return new Expert(null, "李振华", "内蒙古大学", fields, "0471-4992000", true);
    }

    @Test
    void anExpertWithRightTypesAndIpcClassesHasNoProblem() {
        Expert e = expert(List.of("patent", " h02k ", "H02K 1/27", "patent"));
        assertEquals(Map.of(), e.problems());
        assertEquals(List.of("patent", "H02K", "H02K 1/27"), e.fields(), "trimmed, upper case, once each");
        assertEquals(List.of("trade-secret", "H02K", "G06F"), Expert.split("trade-secret，H02K; G06F"));
    }

    @Test
    void eachFieldAtFaultIsNamed() {
        assertEquals(Map.of("name", "assistance.error.expert.name.missing", "organisation",
                "assistance.error.expert.organisation.missing", "fields", "assistance.error.expert.fields.missing",
                "contact", "assistance.error.expert.contact.missing"),
                new Expert(null, " ", null, List.of(" "), "", true).problems());
        assertEquals(Map.of("fields", "assistance.error.expert.fields.unknown"),
                expert(List.of("patent", "Z99X")).problems(), "Z is no IPC section");
        assertEquals(Map.of("fields", "assistance.error.expert.fields.unknown"),
                expert(List.of("专利")).problems(), "a right is given by its code");
        assertEquals(Map.of("name", "assistance.error.tooLong"), new Expert(null, "名".repeat(101), "内蒙古大学",
                List.of("patent"), "0471-4992000", true).problems());
    }

    @Test
    void anExpertReadsBackFromJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Expert e = expert(List.of("trademark", "A01B")).withId(7);
        assertEquals(e, json.readValue(json.writeValueAsString(e), Expert.class));
    }

    @Test
    void noConflictOrAConflictASupervisorOverridesAllowsTheAssignment() {
        assertTrue(new ConflictDeclaration("none", "", "").blocks(false).isEmpty());
        assertTrue(new ConflictDeclaration("declared", "曾为被申请人提供咨询", "该领域仅此一位专家")
                .blocks(true).isEmpty());
    }

    @Test
    void aDeclaredConflictBlocksUnlessASupervisorOverridesIt() {
        Refusal blocked = new ConflictDeclaration("declared", "曾为被申请人提供咨询", "").blocks(true).orElseThrow();
        assertEquals(409, blocked.status());
        assertEquals("assistance.refused.conflict", blocked.key());
        Refusal notSupervisor = new ConflictDeclaration("declared", "曾为被申请人提供咨询", "该领域仅此一位专家")
                .blocks(false).orElseThrow();
        assertEquals(403, notSupervisor.status());
    }

    @Test
    void theDeclarationIsRequiredAndADeclaredConflictNeedsItsText() {
        assertEquals(Map.of("conflict", "assistance.error.conflict.missing"),
                new ConflictDeclaration(null, "", "").problems());
        assertEquals(Map.of("conflict", "assistance.error.conflict.missing"),
                new ConflictDeclaration("maybe", "", "").problems());
        assertEquals(Map.of("conflictText", "assistance.error.conflict.text"),
                new ConflictDeclaration("declared", " ", "").problems());
        assertEquals(Map.of(), new ConflictDeclaration("none", "", "").problems());
    }

    @Test
    void everyProblemIsSaidInBothLanguages() {
        ModuleTexts texts = ModuleTexts.strict();
        Stream.concat(Stream.of(new Expert(null, "", "", List.of(), "", true), expert(List.of("x")))
                .flatMap(e -> e.problems().values().stream()), Stream.of(new ConflictDeclaration("", "", ""),
                        new ConflictDeclaration("declared", "", "")).flatMap(d -> d.problems().values().stream()))
                .forEach(key -> {
                    for (Language language : Language.values()) {
                        assertFalse(texts.text(language, key).isBlank(), key);
                    }
                });
        Stream.of("assistance.refused.conflict", "assistance.refused.overrideBySupervisor",
                "assistance.error.expertForm", "assistance.error.assignmentForm", "assistance.error.expert.unknown",
                "assistance.error.expert.inactive", "assistance.refused.assignOnForm").forEach(key -> {
                    for (Language language : Language.values()) {
                        assertFalse(texts.text(language, key).isBlank(), key);
                    }
                });
    }

    @Test
    void theAuditTrailKeepsAnAddedExpertWholeAndAnEditAsWhatItChanged() {
        Expert before = expert(List.of("patent", "H02K")).withId(7);
        assertEquals("name: 李振华; organisation: 内蒙古大学; fields: patent,H02K; contact: 0471-4992000; active: true",
                before.described());
        Expert after = new Expert(7L, "李振华", "内蒙古工业大学", List.of("patent", "H02K"), "0471-4992000", false);
        assertEquals("organisation: 内蒙古大学 → 内蒙古工业大学; active: true → false", after.changesFrom(before));
        assertEquals("", before.withId(7).changesFrom(before), "saved unchanged: nothing to record");
    }

    /** The audit page reads the words of actions from the shell's catalogues, in both languages. */
    @Test
    void theAuditPageNamesThePoolsActionsInBothLanguages() throws IOException {
        for (String file : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties shell = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("../../web/i18n", file), StandardCharsets.UTF_8)) {
                shell.load(in);
            }
            for (String action : List.of("assistance.expert.assigned", ExpertPool.ADDED, ExpertPool.CHANGED,
                    ExpertPool.DEACTIVATED)) {
                assertFalse(shell.getProperty("audit.action." + action, "").isBlank(), action + " in " + file);
            }
        }
    }
}

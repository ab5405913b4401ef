package org.onestop.assistance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What each handling action needs before it is recorded, and what a closing needs. */
class HandlingActionTest {

    private static HandlingAction action(String kind, String text, String counterpart, String on, String due,
            Long answerOf) {
        return new HandlingAction(kind, text, "内部：申请人情绪激动", counterpart, on, due, answerOf);
    }

    @Test
    void aConsultationAnOpinionFeedbackAndAComplexMarkNeedTheirText() {
        for (String kind : List.of("consultation", "opinion", "feedback", "complex")) {
            assertEquals(Map.of("text", "assistance.error.action.text." + kind),
                    action(kind, " ", "", "", "", null).problems(), kind);
            assertEquals(Map.of(), action(kind, "已就侵权判定标准答复申请人。", "", "", "", null).problems(), kind);
        }
    }

    @Test
    void aReferralNamesWhomItGoesTo() {
        assertEquals(Map.of("counterpart", "assistance.error.action.counterpart.referral"),
                action("referral", "协助申请人委托律师提起诉讼", "", "", "", null).problems());
        HandlingAction referral = action("referral", "协助申请人委托律师提起诉讼", "内蒙古某律师事务所", "", "", null);
        assertEquals(Map.of(), referral.problems());
        assertEquals("内蒙古某律师事务所：协助申请人委托律师提起诉讼", referral.publicPart());
    }

    @Test
    void aHandOverNamesTheBodyTheDayAndTheAnswerDateNotBeforeIt() {
        assertEquals(Map.of("counterpart", "assistance.error.action.counterpart.enforcement", "on",
                "assistance.error.action.date.missing", "answerDue", "assistance.error.action.date.missing"),
                action("enforcement", "", "", "", "", null).problems());
        assertEquals(Map.of("on", "assistance.error.action.date.format", "answerDue",
                "assistance.error.action.date.format"),
                action("enforcement", "", "包头市市场监督管理局", "2026/12/03", "next week", null).problems());
        assertEquals(Map.of("answerDue", "assistance.error.action.answerDue.before"),
                action("enforcement", "", "包头市市场监督管理局", "2026-12-03", "2026-12-02", null).problems());
        HandlingAction handOver = action("enforcement", "", "包头市市场监督管理局", "2026-12-03", "2026-12-18", null);
        assertEquals(Map.of(), handOver.problems(), "the text of a hand-over is optional");
        assertEquals(LocalDate.of(2026, 12, 18), handOver.dueDay());
        assertEquals("包头市市场监督管理局", handOver.publicPart());
    }

    @Test
    void anAnswerNamesItsHandOverItsDayAndWhatItSaid() {
        assertEquals(Map.of("text", "assistance.error.action.text.answer", "on",
                "assistance.error.action.date.missing", "answerOf", "assistance.error.action.answerOf"),
                action("answer", "", "", "", "", null).problems());
        assertEquals(Map.of(), action("answer", "已立案查处", "", "2026-12-10", "", 4L).problems());
    }

    @Test
    void aMediationSessionSaysWhenWhoAndTheResult() {
        assertEquals(Map.of("text", "assistance.error.action.text.mediation", "counterpart",
                "assistance.error.action.counterpart.mediation", "on", "assistance.error.action.date.missing"),
                action("mediation", "", "", "", "", null).problems());
        assertEquals(Map.of(), action("mediation", "双方达成和解，被申请人停止销售并赔偿2万元。", "申请人、被申请人、王立群（专家）",
                "2026-12-05", "", null).problems());
    }

    @Test
    void anUnknownKindAndOverLongFieldsAreRefused() {
        assertEquals(Map.of("kind", "assistance.error.action.kind"), action("lunch", "x", "", "", "", null).problems());
        assertEquals(Map.of("kind", "assistance.error.action.kind"), action(null, "x", "", "", "", null).problems());
        assertEquals(Map.of("text", "assistance.error.tooLong", "note", "assistance.error.tooLong"),
                new HandlingAction("consultation", "答".repeat(3501), "注".repeat(2001), "", "", "", null).problems());
        assertNull(action("enforcement", "", "局", "tomorrow", "", null).day());
    }

    @Test
    void aClosingNeedsAnOutcomeFromTheListAndASummary() {
        assertEquals(Map.of("outcome", "assistance.error.closing.outcome", "summary",
                "assistance.error.closing.summary"), new Closing(null, " ").problems());
        assertEquals(Map.of("outcome", "assistance.error.closing.outcome"),
                new Closing("settled", "双方和解").problems());
        assertEquals(Map.of("summary", "assistance.error.tooLong"),
                new Closing("mediated", "结".repeat(4001)).problems());
        assertEquals(Map.of(), new Closing("referred-to-enforcement", "已移交市场监管部门查处。").problems());
        assertEquals(List.of("mediated", "referred-to-enforcement", "litigation-filed", "advice-given", "withdrawn",
                "not-accepted"), Arrays.stream(Outcome.values()).map(Outcome::code).toList());
    }

    @Test
    void anActionReadsFromJsonAsTheApiSendsIt() throws Exception {
        HandlingAction read = new ObjectMapper().readValue("{\"kind\":\"enforcement\",\"counterpart\":\"包头市市场监督管理局\","
                + "\"on\":\"2026-12-03\",\"answerDue\":\"2026-12-18\",\"note\":\"电话已沟通\"}", HandlingAction.class);
        assertEquals(Map.of(), read.problems());
        assertEquals("", read.text());
        assertEquals("电话已沟通", read.note());
    }

    @Test
    void everyProblemAndEveryWordIsSaidInBothLanguages() {
        ModuleTexts texts = ModuleTexts.strict();
        Stream<String> problems = Stream.concat(Arrays.stream(ActionKind.values())
                .flatMap(k -> Stream.of(action(k.code(), "", "", "x", "", null), action(k.code(), "", "", "", "", null)))
                .flatMap(a -> a.problems().values().stream()), new Closing("", "").problems().values().stream());
        Stream<String> words = Stream.concat(Arrays.stream(ActionKind.values()).map(ActionKind::key),
                Arrays.stream(Outcome.values()).map(Outcome::key));
        Stream.of(problems, words, Stream.of("assistance.error.actionForm", "assistance.error.closingForm",
                "assistance.refused.actionOnForm", "assistance.refused.closeOnForm", "assistance.refused.alreadyComplex",
                "assistance.refused.alreadyClosed", "assistance.refused.notClosed",
                "assistance.refused.opinionNotFound", "audit.action.assistance.case.complex",
                "assistance.action.answer", "assistance.error.action.answerDue.before"))
                .flatMap(s -> s).forEach(key -> {
                    for (Language language : Language.values()) {
                        assertFalse(texts.text(language, key).isBlank(), key);
                    }
                });
    }
}

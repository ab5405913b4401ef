package org.onestop.api.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/** What a module author relies on when refusing: status, reason, fields, wait, and the text in the reader's words. */
class RefusalTest {

    /** A catalogue of two languages with a term and a message taking it. */
    private final Messages messages = (language, key, arguments) -> switch (key) {
        case "x.field.title" -> language == Language.EN ? "Title" : "标题";
        case "x.error.tooLong" -> (language == Language.EN ? "%s: at most %s characters." : "%s最多 %s 个字。")
                .formatted(arguments);
        default -> key;
    };

    @Test
    void theReasonIsTextInTheReadersLanguageWithTermsTranslatedToo() {
        Refusal refusal = Refusal.badRequest("x.error.tooLong", new Refusal.Term("x.field.title"), 200);

        assertEquals(400, refusal.status());
        assertEquals("Title: at most 200 characters.", refusal.text(messages, Language.EN));
        assertEquals("标题最多 200 个字。", refusal.text(messages, Language.ZH_CN));
        assertEquals("标题最多 3 个字。", Refusal.text(messages, Language.ZH_CN, "x.error.tooLong",
                List.of(new Refusal.Term("x.field.title"), 3)));
    }

    @Test
    void formInputNamesEachFieldAtFault() {
        Refusal refusal = Refusal.invalid("x.form.invalid", Map.of("email", "x.error.email"));

        assertEquals(422, refusal.status());
        assertEquals(Map.of("email", "x.error.email"), refusal.fields());
        assertNull(refusal.retryAfter());
    }

    @Test
    void tooManyAttemptsSayWhenToComeBackInWholeSeconds() {
        Refusal soon = Refusal.tooSoon(Duration.ofMillis(1_200), "x.error.wait");
        Refusal tiny = Refusal.tooSoon(Duration.ZERO, "x.error.wait", "later");

        assertEquals(429, soon.status());
        assertEquals(Duration.ofSeconds(2), soon.retryAfter());
        assertEquals(List.of(2L), List.of(soon.arguments()), "the wait is the message's argument");
        assertEquals(Duration.ofSeconds(1), tiny.retryAfter());
        assertEquals(List.of("later"), List.of(tiny.arguments()));
    }

    @Test
    void onlyClientErrorsAreRefusals() {
        assertThrows(IllegalArgumentException.class, () -> new Refusal(500, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Refusal(302, "x"));
    }

    @Test
    void aCaseRefusalIsARefusalAndKeepsItsConflictDefault() {
        CaseRefusal conflict = CaseRefusal.conflict("x.refused.state", "done");

        Refusal refusal = assertInstanceOf(Refusal.class, conflict);
        assertEquals(409, refusal.status());
        assertEquals("x.refused.state", refusal.key());
        assertEquals(List.of("done"), List.of(refusal.arguments()));
    }
}

package org.onestop.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;

/** The module's catalogues in each language, its arguments in place; a missing key fails or reads as itself. */
class ModuleTextsTest {

    @Test
    void aTextInEachLanguageWithItsArguments() {
        assertEquals("你好，李华！", ModuleTexts.strict().text(Language.ZH_CN, "sample.greeting", "李华"));
        assertEquals("Hello, Li Hua!", ModuleTexts.strict().text(Language.EN, "sample.greeting", "Li Hua"));
    }

    @Test
    void aMissingKeyFailsOrReadsAsTheKey() {
        assertThrows(AssertionError.class, () -> ModuleTexts.strict().text(Language.EN, "sample.none"));
        assertEquals("sample.none", ModuleTexts.orKeys().text(Language.EN, "sample.none"));
    }
}

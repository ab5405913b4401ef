package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;

class LanguageChoiceTest {

    @Test
    void chineseUnlessTheVisitorChoseOtherwise() {
        assertEquals(Language.ZH_CN, LanguageChoice.decide(null, null, List.of()));
        assertEquals(Language.EN, LanguageChoice.decide(null, "en", List.of()));
        assertEquals(Language.ZH_CN, LanguageChoice.decide("zh-CN", "en", List.of()));
        assertEquals(Language.EN, LanguageChoice.decide("en", "zh-CN", List.of()));
    }

    @Test
    void acceptLanguageCountsOnlyWhenNothingWasChosen() {
        assertEquals(Language.EN, LanguageChoice.decide(null, null, List.of(Locale.forLanguageTag("en-GB"))));
        assertEquals(Language.ZH_CN, LanguageChoice.decide(null, "zh-CN", List.of(Locale.ENGLISH)));
        assertEquals(Language.EN, LanguageChoice.decide(null, null,
                List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("en-US"))));
    }

    @Test
    void unknownTagsAreIgnored() {
        assertEquals(Language.ZH_CN, LanguageChoice.decide("klingon", "<script>", List.of()));
    }
}

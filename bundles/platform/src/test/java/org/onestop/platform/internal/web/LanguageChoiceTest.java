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

    @Test
    void aMalformedAcceptLanguageCountsForNothingInsteadOfFailing() {
        assertEquals(List.of(), LanguageChoice.accepted("!!;q=x"));
        assertEquals(List.of(Locale.forLanguageTag("en")), LanguageChoice.accepted("zh-CN;q=2,,en"));
        assertEquals(List.of(), LanguageChoice.accepted("x".repeat(300)).stream()
                .filter(l -> LanguageChoice.parse(l.toLanguageTag()).isPresent()).toList());
        assertEquals(Language.ZH_CN, LanguageChoice.decide(null, null, LanguageChoice.accepted("fr;q=abc, *")));
    }

    @Test
    void acceptLanguageIsReadByWeight() {
        assertEquals(Language.EN, LanguageChoice.decide(null, null, LanguageChoice.accepted("zh-CN;q=0.5, en")));
        assertEquals(Language.ZH_CN, LanguageChoice.decide(null, null,
                LanguageChoice.accepted("fr, en;q=0.1, zh;q=0.8")));
        assertEquals(Language.ZH_CN, LanguageChoice.decide(null, null, LanguageChoice.accepted("en;q=0, zh")));
    }
}

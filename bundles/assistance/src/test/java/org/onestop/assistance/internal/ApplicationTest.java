package org.onestop.assistance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What stops an application from being submitted, each problem said in both languages. */
class ApplicationTest {

    /** A real application number: its check digit is 3. */
    private static final String PATENT = "201710601862.3";

    private static Application patent(String number) {
        return new Application("assistance", "patent", number, "包头某电器有限公司", "包头市青山区钢铁大街1号",
                "", "region", "包头市青山区", "对方未经许可制造、销售与本专利相同的产品。",
                List.of("consultation", "infringement-opinion"), false, "");
    }

    @Test
    void aCompleteApplicationHasNoProblem() {
        assertEquals(Map.of(), patent(PATENT).problems());
        assertEquals(Map.of(), patent("ZL 2017 1 0601862.3").problems(), "a patent number as people write it");
        assertEquals(PATENT, patent("zl201710601862.3").storedNumber());
        assertEquals("包头某电器有限公司 · " + PATENT, patent("ZL201710601862.3").title());
    }

    @Test
    void aPatentNumberWithAWrongCheckDigitOrFormIsRefused() {
        assertEquals(Map.of("rightNumber", "assistance.error.patentNumber.check"), patent("201710601862.4").problems());
        assertEquals(Map.of("rightNumber", "assistance.error.patentNumber.format"), patent("2017106018").problems());
        assertEquals(Map.of("rightNumber", "assistance.error.patentNumber.format"),
                patent("201750601862.3").problems(), "5 is no kind of patent");
        assertEquals(Map.of("rightNumber", "assistance.error.patentNumber.missing"), patent(" ").problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "25478896", "６０１２３４５６"})
    void aTrademarkRegistrationNumberHasOneToNineDigits(String number) {
        Application trademark = withRight("trademark", number);
        assertEquals(Map.of(), trademark.problems());
        assertFalse(trademark.storedNumber().contains("６"), "stored in ASCII digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123", "1234567890", "第25478896号", "TM25478896"})
    void anythingElseIsNotATrademarkNumber(String number) {
        assertEquals(Map.of("rightNumber", "assistance.error.trademarkNumber.format"),
                withRight("trademark", number).problems());
    }

    @Test
    void otherRightsNeedNoNumber() {
        assertEquals(Map.of(), withRight("copyright", "").problems());
        assertEquals(Map.of(), withRight("trade-secret", "").problems());
        assertEquals(Map.of(), withRight("geographical-indication", "地理标志产品 123").problems());
    }

    @Test
    void anOnlineInfringementNamesTheShopAndADifficultyIsStated() {
        Application online = new Application("mediation", "copyright", "", "某网店", "", "", "online", "某电商平台",
                "网店销售盗版图书。", List.of("guidance"), true, "");
        assertEquals(Map.of("onlineShop", "assistance.error.onlineShop.missing",
                "hardshipStatement", "assistance.error.hardshipStatement.missing"), online.problems());
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        assertEquals(List.of("businessType", "rightType", "otherParty", "venue", "facts", "assistance"),
                List.copyOf(Application.blank().problems().keySet()));
        assertEquals(Map.of(), Application.blank().lengths(), "an empty draft may be kept");
    }

    @Test
    void unknownCodesAreRefused() {
        Application odd = new Application("lawsuit", "patent", PATENT, "某公司", "", "", "moon", "x", "事实",
                List.of("consultation", "free-money"), false, "");
        assertEquals(Map.of("businessType", "assistance.error.businessType", "venue", "assistance.error.venue",
                "assistance", "assistance.error.assistance"), odd.problems());
    }

    @Test
    void overLongFieldsAreRefusedEvenInADraft() {
        Application long1 = new Application("", "", "", "", "", "", "", "", "事".repeat(4001), List.of(), false, "");
        assertEquals(Map.of("facts", "assistance.error.tooLong"), long1.lengths());
    }

    @Test
    void aDraftReadsBackAsItWasSaved() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Application saved = new Application("assistance", "trademark", "25478896", "某公司", "地址", "https://shop",
                "online", "某电商平台", "事实", List.of("guidance", "early-warning"), true, "家庭困难");
        assertEquals(saved, json.readValue(json.writeValueAsString(saved), Application.class));
    }

    @Test
    void everyChoiceAndProblemIsSaidInBothLanguages() {
        ModuleTexts texts = ModuleTexts.strict();
        Stream.of(BusinessType.values(), RightType.values(), Venue.values(), AssistanceSought.values(),
                RefusalReason.values()).flatMap(Arrays::stream).forEach(choice -> {
                    for (Language language : Language.values()) {
                        assertFalse(texts.text(language, choice.key()).isBlank(), choice.key());
                    }
                });
        Stream.of(patent("201710601862.4"), patent("x"), patent(""), withRight("trademark", "x"),
                withRight("trademark", ""), Application.blank(), new Application("", "", "", "", "", "", "online",
                        "", "", List.of(), true, "")).flatMap(a -> a.problems().values().stream())
                .forEach(key -> {
                    for (Language language : Language.values()) {
                        assertFalse(texts.text(language, key).isBlank(), key);
                    }
                });
    }

    private static Application withRight(String right, String number) {
        Application a = patent(PATENT);
        return new Application(a.businessType(), right, number, a.otherParty(), a.otherPartyAddress(),
                a.onlineShop(), a.venue(), a.venueDetail(), a.facts(), a.assistance(), a.hardship(),
                a.hardshipStatement());
    }
}

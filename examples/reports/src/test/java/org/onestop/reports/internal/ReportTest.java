package org.onestop.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;

/** What a report must say, field by field, and that each fault reads in Chinese and English. */
class ReportTest {

    /** ZL201710601862.3: a real patent number whose check digit is right. */
    private static final String PATENT = "ZL201710601862.3";

    private static Report online(String right, String number, String address) {
        return new Report(right, number, "online", address, "某某旗舰店", "该网店销售仿冒我方外观设计专利的奶茶杯。");
    }

    @Test
    void aPatentReportNeedsAnApplicationNumberWhoseCheckDigitIsRight() {
        assertEquals(Map.of(), online("patent", PATENT, "https://shop.example.cn/item/1").problems());
        assertEquals("201710601862.3", online("patent", " zl 2017 1060 1862.3 ", "https://shop.example.cn/item/1")
                .stored().rightNumber(), "kept in its canonical form");
        assertEquals(Map.of("rightNumber", "reports.error.patentNumber.check"),
                online("patent", "ZL201710601862.4", "https://shop.example.cn").problems());
        assertEquals(Map.of("rightNumber", "reports.error.patentNumber.format"),
                online("patent", "2017106018", "https://shop.example.cn").problems());
        assertEquals(Map.of("rightNumber", "reports.error.patentNumber.missing"),
                online("patent", " ", "https://shop.example.cn").problems());
    }

    @Test
    void aTrademarkNeedsItsRegistrationNumberAndOtherRightsMayHaveNone() {
        assertEquals(Map.of(), online("trademark", "１２３４５６７", "https://shop.example.cn").problems());
        assertEquals("1234567", online("trademark", "１２３４５６７", "https://shop.example.cn").stored()
                .rightNumber(), "full-width digits are read");
        assertEquals(Map.of("rightNumber", "reports.error.trademarkNumber.format"),
                online("trademark", "0123", "https://shop.example.cn").problems());
        assertEquals(Map.of("rightNumber", "reports.error.trademarkNumber.missing"),
                online("trademark", "", "https://shop.example.cn").problems());
        assertEquals(Map.of(), online("copyright", "", "https://shop.example.cn").problems());
        assertEquals(Map.of(), online("geographical-indication", "", "https://shop.example.cn").problems());
        assertEquals(Map.of("rightNumber", "reports.error.number.long"),
                online("copyright", "国作登字-".repeat(20), "https://shop.example.cn").problems());
        assertEquals(Map.of("right", "reports.error.right.missing"),
                online("trade-secret", "", "https://shop.example.cn").problems());
    }

    @Test
    void anOnlineShopIsAWebAddressAndAPlaceIsText() {
        assertEquals(Map.of(), online("copyright", "", "http://shop.example.cn/商品?id=7").problems());
        assertEquals(Map.of("location", "reports.error.url.format"),
                online("copyright", "", "shop.example.cn/item/1").problems());
        assertEquals(Map.of("location", "reports.error.url.format"),
                online("copyright", "", "javascript:alert(1)").problems());
        assertEquals(Map.of("location", "reports.error.url.missing"), online("copyright", "", "").problems());
        assertEquals(Map.of("location", "reports.error.url.long"),
                online("copyright", "", "https://shop.example.cn/" + "a".repeat(500)).problems());

        Report shop = new Report("copyright", "", "OFFLINE", "呼和浩特市新城区某商场 3 楼", "", "盗版图书");
        assertEquals(Map.of(), shop.problems());
        assertEquals("offline", shop.channel());
        assertEquals(Map.of("location", "reports.error.place.missing"),
                new Report("copyright", "", "offline", " ", "", "盗版图书").problems());
        assertEquals(Map.of("channel", "reports.error.channel.missing"),
                new Report("copyright", "", "", "某地", "", "盗版图书").problems());
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnceInOrder() {
        Report empty = new Report(null, null, null, null, "x".repeat(201), null);
        assertEquals(List.of("right", "channel", "infringer", "description"), new ArrayList<>(
                empty.problems().keySet()));
        assertEquals("reports.error.description.long", new Report("other", "", "offline", "某地", "",
                "y".repeat(4001)).problems().get("description"));
    }

    @Test
    void everyFaultAndEveryRightReadsInBothLanguages() {
        ModuleTexts texts = ModuleTexts.strict();
        List<String> keys = new ArrayList<>(List.of("reports.error.right.missing", "reports.error.patentNumber.missing",
                "reports.error.patentNumber.format", "reports.error.patentNumber.check",
                "reports.error.trademarkNumber.missing", "reports.error.trademarkNumber.format",
                "reports.error.number.long", "reports.error.channel.missing", "reports.error.url.missing",
                "reports.error.url.format", "reports.error.url.long", "reports.error.place.missing",
                "reports.error.place.long", "reports.error.infringer.long", "reports.error.description.missing",
                "reports.error.description.long", "reports.error.evidence.missing", "reports.error.evidence.many",
                "reports.error.notFound", "reports.error.body", "reports.error.form", "reports.purpose.evidence",
                "reports.module.title", "reports.module.summary", "reports.channel.online",
                "reports.channel.offline"));
        for (InfringedRight right : InfringedRight.values()) {
            keys.add("reports.right." + right.code());
        }
        for (String key : keys) {
            String chinese = texts.text(Language.ZH_CN, key);
            String english = texts.text(Language.EN, key);
            assertTrue(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), key + " reads in Chinese: " + chinese);
            assertFalse(english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), key + " has no Chinese in English: " + english);
        }
    }

    @Test
    void theCaseIsTitledByWhoAndWhere() {
        assertEquals("某某旗舰店 · shop.example.cn", online("patent", PATENT, "https://shop.example.cn/item/1?id=7")
                .title(), "an online shop by its host");
        assertEquals("呼和浩特市某商场 3 楼", new Report("copyright", "", "offline", "呼和浩特市某商场 3 楼", "", "盗版图书")
                .title());
        String title = new Report("other", "", "offline", "某地".repeat(101), "", "情况").title();
        assertEquals(Report.TITLE_LENGTH, title.length());
        assertTrue(title.endsWith("…"));
    }
}

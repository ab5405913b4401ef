package org.onestop.lookup.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.lookup.internal.AuditedEdits;
import org.onestop.lookup.internal.Edit;
import org.onestop.lookup.internal.patent.ImportProblem;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestDatabase;

/** The published indicators loaded, grouped with their targets, added to, exported and imported again. */
class IndicatorStoreTest {

    @TempDir
    Path folder;

    private IndicatorStore store;
    private AuditedEdits audit;
    private Edit edit;

    @BeforeEach
    void seed() throws Exception {
        DataSource database = TestDatabase.of(folder, "LOOKUP").dataSource();
        store = new IndicatorStore(database);
        audit = new AuditedEdits(database);
        edit = audit.on(LocalDate.of(2026, 12, 2));
        try (InputStream in = getClass().getResourceAsStream("/seed/nmg-ip-indicators.csv")) {
            IndicatorCsv.Read read = IndicatorCsv.read("nmg-ip-indicators.csv", in);
            assertEquals(List.of(), read.problems());
            store.put(read.values(), edit, "lookup.indicators.imported", "file:nmg-ip-indicators.csv");
        }
    }

    private Indicator indicator(String code) throws Exception {
        return store.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyPublishedFigureIsThereWithItsSource() throws Exception {
        assertEquals(39, store.all().size());
        Indicator trademarks = indicator("trademarks_valid_total");
        assertEquals(new BigDecimal("240600.0000"), trademarks.latest().value());
        assertEquals(LocalDate.of(2020, 12, 31), trademarks.latest().periodEnd());
        assertEquals("我区开展形式多样的知识产权宣传周活动(2021年4月)", trademarks.latest().source());
        assertEquals(new BigDecimal("500000.0000"), trademarks.target().value());
        assertEquals(new BigDecimal("48.1"), trademarks.progress());
        assertEquals(LocalDate.of(2023, 3, 31), indicator("pledge_financing_amount_2023q1").latest().periodEnd());
        assertNull(indicator("gi_total").latest());
    }

    @Test
    void aNewValueJoinsItsIndicatorAndTheSameValueAgainReplacesIt() throws Exception {
        IndicatorForm form = new IndicatorForm("trademarks_valid_total", "有效商标注册总量",
                "Valid registered trademarks", "内蒙古自治区", "2023", "350000", "件", "actual", "测试来源", "",
                "creation");
        assertNull(form.problem());
        store.put(List.of(form.toValue()), edit, "lookup.indicator.stored", "indicator:trademarks_valid_total");
        store.put(List.of(form.toValue()), edit, "lookup.indicator.stored", "indicator:trademarks_valid_total");

        Indicator trademarks = indicator("trademarks_valid_total");
        assertEquals(2, trademarks.actuals().size());
        assertEquals(new BigDecimal("70.0"), trademarks.progress());
        assertEquals(List.of("lookup.indicators.imported file:nmg-ip-indicators.csv",
                "lookup.indicator.stored indicator:trademarks_valid_total",
                "lookup.indicator.stored indicator:trademarks_valid_total"), audit.entries().stream()
                .map(e -> e.substring(0, e.indexOf(' ', e.indexOf(' ') + 1))).toList(), "every change audited");

        // the operators' audit page: the indicator by its name, the period and kind in words
        LookupEntryWords words = new LookupEntryWords(store, ModuleTexts.strict());
        String recorded = audit.entries().get(1);
        String detail = recorded.substring(recorded.indexOf(' ', recorded.indexOf(' ') + 1) + 1);
        String name = trademarks.nameZh();
        assertEquals("统计指标“" + name + "”", words.target("lookup.indicator.stored", "indicator:trademarks_valid_total",
                Language.ZH_CN).orElseThrow());
        assertEquals("1 个数值：" + name + " " + form.toValue().period() + " 实际值", words.detail(
                "lookup.indicator.stored", "indicator:trademarks_valid_total", detail, Language.ZH_CN).orElseThrow(),
                "as recorded: " + detail);
    }

    @Test
    void aValueTheTableCannotHoldIsRefusedWithAReason() {
        IndicatorForm huge = new IndicatorForm("x", "名", "Name", "内蒙古自治区", "2024", "1e30", "件", "actual",
                "来源", "", "");
        IndicatorForm longName = new IndicatorForm("x", "名".repeat(201), "Name", "内蒙古自治区", "2024", "1", "件",
                "actual", "来源", "", "");
        IndicatorForm topic = new IndicatorForm("x", "名", "Name", "内蒙古自治区", "2024", "1", "件", "actual",
                "来源", "", "weather");

        assertEquals("lookup.stats.error.value", huge.problem());
        assertEquals("lookup.stats.error.tooLong", longName.problem());
        assertEquals("lookup.stats.error.topic", topic.problem());
        assertEquals("weather", topic.argument(topic.problem()));
    }

    @Test
    void everyIndicatorHasItsTopicAndPeriodsReadInWords() throws Exception {
        assertTrue(store.indicators().stream().allMatch(i -> Topics.CODES.contains(i.topic())));
        assertEquals("protection", indicator("patent_disputes_2022").topic());
        IndicatorValue quarter = indicator("pledge_financing_amount_2023q1").latest();
        assertEquals("2023 年第一季度", quarter.periodIn("zh-CN"));
        assertEquals("Q1 2023", quarter.periodIn("en"));
        assertEquals("2016—2020 年", indicator("patent_disputes_13fyp").latest().periodIn("zh-CN"));
        assertEquals("2021 年 4 月", indicator("ip_volunteers").latest().periodIn("zh-CN"));
    }

    @Test
    void theTrendLineDrawsTheTargetAsALevelNotAsAValue() throws Exception {
        Sparkline line = indicator("trademarks_valid_total").sparkline();

        assertEquals(1, line.points().split(" ").length, "one actual value");
        assertTrue(line.targetX() > line.lastX(), "the 2025 target lies after the 2020 value");
        assertTrue(line.targetY() < line.lastY(), "500,000 is drawn above 240,600 (SVG y grows downwards)");
        assertNull(indicator("gi_total").sparkline(), "a target alone makes no line");
        assertNull(indicator("patent_disputes_2022").sparkline(), "one value alone makes no line");
    }

    @Test
    void exportedCsvImportsBackToTheSameValuesAndBadLinesAreReported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicatorCsv.write(store.all(), out);
        String csv = out.toString(StandardCharsets.UTF_8) + "x_code,名,Name,内蒙古自治区,2024-13,1,件,actual,来源,,\r\n"
                + "y_code,名,Name,内蒙古自治区,2024,abc,件,actual,来源,,\r\n";

        IndicatorCsv.Read read = IndicatorCsv.read("export.csv", new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(store.all(), read.values());
        assertEquals(List.of(ImportProblem.of("export.csv", 41, "lookup.stats.error.period", "2024-13"),
                ImportProblem.of("export.csv", 42, "lookup.stats.error.value", "abc")), read.problems());
    }

    @Test
    void aFileOfMoreValuesThanAnImportTakesIsReadUpToTheLimitAndReported() throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", IndicatorCsv.COLUMNS)).append('\n');
        for (int i = 0; i < IndicatorCsv.MAX_LINES + 5; i++) {
            csv.append("many,名,Name,内蒙古自治区,").append(1000 + i % 1000).append(",1,件,actual,来源\n");
        }

        IndicatorCsv.Read read = IndicatorCsv.read("many.csv", new ByteArrayInputStream(csv.toString()
                .getBytes(StandardCharsets.UTF_8)));

        assertEquals(IndicatorCsv.MAX_LINES, read.values().size());
        assertEquals(List.of(ImportProblem.of("many.csv", IndicatorCsv.MAX_LINES + 2, "lookup.import.error.tooMany",
                IndicatorCsv.MAX_LINES)), read.problems());
    }
}

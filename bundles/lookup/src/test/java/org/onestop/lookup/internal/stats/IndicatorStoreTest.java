package org.onestop.lookup.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.lookup.internal.LookupDatabase;
import org.onestop.lookup.internal.patent.ImportProblem;

/** The published indicators loaded, grouped with their targets, added to, exported and imported again. */
class IndicatorStoreTest {

    @TempDir
    Path folder;

    private IndicatorStore store;

    @BeforeEach
    void seed() throws Exception {
        store = new IndicatorStore(LookupDatabase.create(folder));
        try (InputStream in = getClass().getResourceAsStream("/seed/nmg-ip-indicators.csv")) {
            IndicatorCsv.Read read = IndicatorCsv.read("nmg-ip-indicators.csv", in);
            assertEquals(List.of(), read.problems());
            store.put(read.values());
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
                "Valid registered trademarks", "内蒙古自治区", "2023", "350000", "件", "actual", "测试来源", "");
        assertNull(form.problem());
        store.put(List.of(form.toValue()));
        store.put(List.of(form.toValue()));

        Indicator trademarks = indicator("trademarks_valid_total");
        assertEquals(2, trademarks.actuals().size());
        assertEquals(new BigDecimal("70.0"), trademarks.progress());
    }

    @Test
    void exportedCsvImportsBackToTheSameValuesAndBadLinesAreReported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicatorCsv.write(store.all(), out);
        String csv = out.toString(StandardCharsets.UTF_8) + "x_code,名,Name,内蒙古自治区,2024-13,1,件,actual,来源,\r\n"
                + "y_code,名,Name,内蒙古自治区,2024,abc,件,actual,来源,\r\n";

        IndicatorCsv.Read read = IndicatorCsv.read("export.csv", new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(store.all(), read.values());
        assertEquals(List.of(ImportProblem.of("export.csv", 41, "lookup.stats.error.period", "2024-13"),
                ImportProblem.of("export.csv", 42, "lookup.stats.error.value", "abc")), read.problems());
    }
}

package org.onestop.lookup.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.lookup.internal.patent.ImportProblem;

/** The indicator file as a spreadsheet gets it, and imported back to the same values whatever the texts hold. */
class IndicatorCsvTest {

    private static final IndicatorValue TRICKY = new IndicatorValue("growth_rate", "专利授权量增长率，同比",
            "Growth of grants, \"year on year\"", "内蒙古自治区", "2024", LocalDate.of(2024, 12, 31),
            new BigDecimal("-3.5"), "%", "actual", "统计公报（第一部分）\n第二部分：专利", null, "creation");
    private static final IndicatorValue FORMULA = new IndicatorValue("formula_name", "=HYPERLINK(\"http://x\")",
            "@SUM(A1)", "内蒙古自治区", "2023", LocalDate.of(2023, 12, 31), new BigDecimal("12"), "件", "target",
            "-1+1", "https://example.cn/a?b=1,2", null);

    private static byte[] exported(List<IndicatorValue> values) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicatorCsv.write(values, out);
        return out.toByteArray();
    }

    @Test
    void valuesWithLineBreaksQuotesCommasAndFormulasImportBackAsTheyWere() throws Exception {
        IndicatorCsv.Read read = IndicatorCsv.read("export.csv",
                new ByteArrayInputStream(exported(List.of(TRICKY, FORMULA))));

        assertEquals(List.of(), read.problems());
        assertEquals(List.of(TRICKY, FORMULA), read.values());
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkAndNoCellRunsAsAFormula() throws Exception {
        String text = new String(exported(List.of(TRICKY, FORMULA)), StandardCharsets.UTF_8);

        assertTrue(text.startsWith("\uFEFFindicator_code,indicator_zh,indicator_en,region,period,value,unit,kind,"
                + "source,source_url,topic\r\n"), text);
        assertTrue(text.contains("growth_rate,专利授权量增长率，同比,\"Growth of grants, \"\"year on year\"\"\",内蒙古自治区,"
                + "2024,-3.5,%,actual,\"统计公报（第一部分）\n第二部分：专利\",,creation\r\n"), text);
        assertTrue(text.contains("formula_name,\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),内蒙古自治区,2023,12,件,"
                + "target,'-1+1,\"https://example.cn/a?b=1,2\",\r\n"), text);
    }

    @Test
    void aRecordSpanningLinesIsReportedByTheLineItStartsOn() throws Exception {
        String csv = new String(exported(List.of(TRICKY)), StandardCharsets.UTF_8)
                + "x_code,名,Name,内蒙古自治区,2024-13,1,件,actual,来源,,\r\n";

        IndicatorCsv.Read read = IndicatorCsv.read("export.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(TRICKY), read.values());
        assertEquals(List.of(ImportProblem.of("export.csv", 4, "lookup.stats.error.period", "2024-13")),
                read.problems());
    }
}

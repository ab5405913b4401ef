package org.onestop.preexam.internal.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;

/**
 * The spreadsheet of the half year of {@link RequestStatisticsTest}, in both languages. How its cells are quoted and
 * made safe is the api's CSV writer's (its tests in org.onestop.api.csv).
 */
class StatisticsCsvTest {

    @TempDir
    Path folder;

    private StatisticsReport report;

    @BeforeEach
    void report() throws Exception {
        RequestRows db = RequestRows.in(folder);
        RequestStatisticsTest.seed(db);
        report = new RequestStatistics(db.dataSource()).report(RequestStatisticsTest.HALF_YEAR,
                RequestStatisticsTest.TODAY);
    }

    private String csv(Language language) {
        byte[] bytes = StatisticsCsv.write(report, ModuleTexts.orKeys(), language);
        assertEquals(0xEF, bytes[0] & 0xFF, "a UTF-8 byte order mark first, for Excel");
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void theWholeFileInEnglish() {
        String all = String.join("\r\n",
                "Pre-examination statistics",
                "Period,2025-01,2025-06",
                "Statuses as of,2025-06-20",
                "",
                "Figure,Value",
                "Requests,13",
                "Decided,6",
                "Qualified,4",
                "Rejected,2",
                "Qualification rate,66.7%",
                "Average working days to decision,4.7",
                "Reached examination,9",
                "Needed a correction,5",
                "Share needing correction,55.6%",
                "",
                "Breakdown,Code,Name,Requests,Share",
                "Status,submitted,Waiting for the scope check,2,15.4%",
                "Status,examination,Under examination,1,7.7%",
                "Status,correction,Waiting for the applicant's correction,1,7.7%",
                "Status,qualified,Qualified: waiting for the filing,1,7.7%",
                "Status,filed,Filed with the patent office,2,15.4%",
                "Status,rejected,Rejected,2,15.4%",
                "Status,correction-expired,Ended: not corrected in time,1,7.7%",
                "Status,qualification-expired,Not filed in time: qualification expired,1,7.7%",
                "Status,withdrawn,Withdrawn,2,15.4%",
                "",
                header(),
                "Patent type,invention,Invention,7,53.8%,3,3,0,100.0%,5.0,5,3,60.0%",
                "Patent type,utility-model,Utility model,4,30.8%,2,1,1,50.0%,2.0,2,1,50.0%",
                "Patent type,design,Design,2,15.4%,1,0,1,0.0%,9.0,2,1,50.0%",
                "",
                header(),
                "Field (IPC subclass or Locarno class),C12N,C12N,5,38.5%,3,3,0,100.0%,5.0,5,3,60.0%",
                "Field (IPC subclass or Locarno class),A01H,A01H,3,23.1%,2,1,1,50.0%,2.0,1,0,0.0%",
                "Field (IPC subclass or Locarno class),C12Q,C12Q,2,15.4%,0,0,0,,,0,0,",
                "Field (IPC subclass or Locarno class),LOC 13-01,Locarno 13-01,2,15.4%,1,0,1,0.0%,9.0,2,1,50.0%",
                "Field (IPC subclass or Locarno class),C08L,C08L,1,7.7%,0,0,0,,,1,1,100.0%",
                "",
                header(),
                "Month submitted,2025-01,2025-01,3,23.1%,3,2,1,66.7%,3.7,2,1,50.0%",
                "Month submitted,2025-02,2025-02,3,23.1%,2,1,1,50.0%,7.0,3,2,66.7%",
                "Month submitted,2025-03,2025-03,3,23.1%,1,1,0,100.0%,3.0,2,1,50.0%",
                "Month submitted,2025-04,2025-04,0,0.0%,0,0,0,,,0,0,",
                "Month submitted,2025-05,2025-05,2,15.4%,0,0,0,,,2,1,50.0%",
                "Month submitted,2025-06,2025-06,2,15.4%,0,0,0,,,0,0,",
                "");
        assertEquals(all, csv(Language.EN));
    }

    private static String header() {
        return "Breakdown,Code,Name,Requests,Share,Decided,Qualified,Rejected,Qualification rate,"
                + "Average working days to decision,Reached examination,Needed a correction,Share needing correction";
    }

    @Test
    void inChineseForTheCentresStaff() {
        var lines = Arrays.asList(csv(Language.ZH_CN).split("\r\n"));
        assertEquals("专利预审统计", lines.get(0));
        assertEquals("统计期间,2025-01,2025-06", lines.get(1));
        assertTrue(lines.contains("合格率,66.7%"), lines.toString());
        assertTrue(lines.contains("平均决定用时（工作日）,4.7"));
        assertTrue(lines.contains("状态,submitted,待范围审查,2,15.4%"));
        assertTrue(lines.contains("状态,qualified,预审合格，等待申请人提交专利申请,1,7.7%"));
        assertTrue(lines.contains("专利类型,utility-model,实用新型,4,30.8%,2,1,1,50.0%,2.0,2,1,50.0%"));
        assertTrue(lines.contains("提交月份,2025-04,2025年4月,0,0.0%,0,0,0,,,0,0,"));
        assertTrue(lines.contains("维度,代码,名称,请求数,占比,已作出决定,预审合格,预审不合格,合格率,平均决定用时（工作日）,"
                + "进入审查,需补正,需补正比例"));
    }

    @Test
    void theFileIsNamedByItsPeriod() {
        assertEquals("preexam-statistics-2025-01-2025-06.csv", StatisticsCsv.fileName(report));
    }
}

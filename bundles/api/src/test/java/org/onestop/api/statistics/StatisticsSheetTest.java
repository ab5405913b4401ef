package org.onestop.api.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/** Figures written the same way by every module's statistics, in a file a spreadsheet opens as it is. */
class StatisticsSheetTest {

    @Test
    void sharesAsPercentagesAveragesWithOneDecimalAndNothingForNone() {
        assertEquals("37.5%", StatisticsSheet.percent(0.375));
        assertEquals("", StatisticsSheet.percent(null));
        assertEquals("2.7", StatisticsSheet.average(8 / 3.0));
        assertEquals("", StatisticsSheet.average(null));
        assertEquals("12", StatisticsSheet.count(12));
        assertEquals("assistance-statistics-2026-01-2026-06.csv",
                StatisticsSheet.fileName("assistance", "2026-01", "2026-06"));
    }

    @Test
    void theSheetIsUtf8WithAByteOrderMarkAndSafeCells() {
        byte[] bytes = StatisticsSheet.bytes(out -> out.row("地区", "=1+2"));
        assertEquals("\uFEFF地区,'=1+2\r\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void theZoneIsNamedAsThePagesNameItElseInTheReadersLanguage() {
        Messages shell = (language, key, arguments) -> key.equals("shell.zone.Asia/Shanghai")
                ? (language == Language.EN ? "Beijing time" : "北京时间") : key;
        assertEquals("北京时间", StatisticsSheet.zoneName(shell, Language.ZH_CN, ZoneId.of("Asia/Shanghai")));
        assertEquals("Beijing time", StatisticsSheet.zoneName(shell, Language.EN, ZoneId.of("Asia/Shanghai")));
        assertEquals("Central European Time", StatisticsSheet.zoneName(shell, Language.EN,
                ZoneId.of("Europe/Berlin")), "a zone the shell does not name");
    }
}

package org.onestop.api.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** What a spreadsheet gets: the byte order mark, CRLF, cells quoted where they need it and never run as formulas. */
class CsvWriterTest {

    /** The file's bytes for one record of {@code cells}. */
    static byte[] bytes(String... cells) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.to(out);
        csv.row(cells);
        csv.flush();
        return out.toByteArray();
    }

    /** The text of one record of {@code cells}, after the byte order mark and without its CRLF. */
    static String line(String... cells) throws IOException {
        byte[] bytes = bytes(cells);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("\r\n", text.substring(text.length() - 2), "every record ends with CRLF");
        return text.substring(0, text.length() - 2);
    }

    @Test
    void theFileStartsWithTheUtf8ByteOrderMarkSoThatExcelReadsChinese() throws IOException {
        byte[] bytes = bytes("状态", "预审合格，等待申请人提交专利申请");

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("\uFEFF状态,预审合格，等待申请人提交专利申请\r\n", new String(bytes, StandardCharsets.UTF_8),
                "Chinese as UTF-8, a full-width comma needs no quotes");
    }

    @Test
    void cellsAreQuotedWhenTheyNeedItAndOnlyThen() throws IOException {
        assertEquals("C12N,Share,66.7%", line("C12N", "Share", "66.7%"));
        assertEquals("a,,b,", line("a", null, "b", ""), "null and empty are empty cells");
        assertEquals("\"Qualified, filed\"", line("Qualified, filed"));
        assertEquals("\"the \"\"fast\"\" track\"", line("the \"fast\" track"));
        assertEquals("\"two\nlines\"", line("two\nlines"));
        assertEquals("\"two\r\nlines\"", line("two\r\nlines"));
        assertEquals("\" padded \"", line(" padded "));
    }

    @Test
    void aCellStartingWithAFormulaCharacterGetsALeadingApostrophe() throws IOException {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", line("=HYPERLINK(\"http://x\")"));
        assertEquals("'=1+1", line("=1+1"));
        assertEquals("'+1", line("+1"));
        assertEquals("'-1+1", line("-1+1"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", line("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1)", line("@SUM(A1)"));
        assertEquals("'\tx", line("\tx"));
        assertEquals("\"'\rx\"", line("\rx"));
        assertEquals("\"'=1,2\"", line("=1,2"));
        assertEquals("x,'=A1,y", line("x", "=A1", "y"), "in every column");
    }

    @Test
    void aPlainNegativeNumberStaysANumber() throws IOException {
        assertEquals("-1,-12.5,'-1e5,'-,'-1.", line("-1", "-12.5", "-1e5", "-", "-1."));
    }

    @Test
    void aCellThatStartsWithAnApostropheGetsOneMoreSoThatItReadsBackAsItWas() throws IOException {
        assertEquals("''=1,''x,x'", line("'=1", "'x", "x'"));
    }

    @Test
    void aBlankLineSeparatesSections() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.to(out);
        csv.row("Figure", "Value").row("Requests", "13").blankLine().row("Breakdown");
        csv.flush();

        assertEquals("\uFEFFFigure,Value\r\nRequests,13\r\n\r\nBreakdown\r\n", out.toString(StandardCharsets.UTF_8));
    }
}

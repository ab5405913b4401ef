package org.onestop.api.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Files read record by record with their lines, and every file the writer writes read back to the same cells. */
class CsvReaderTest {

    private static List<CsvRow> read(byte[] bytes) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes))) {
            CsvRow row;
            while ((row = csv.next()) != null) {
                rows.add(row);
            }
            assertNull(csv.next(), "the end stays the end");
        }
        return rows;
    }

    private static List<CsvRow> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] written(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.to(out);
        for (List<String> row : rows) {
            csv.row(row);
        }
        csv.flush();
        return out.toByteArray();
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBackAsItWasGiven() throws IOException {
        List<List<String>> rows = List.of(
                List.of("code", "名称", "note"),
                List.of("a,b", "say \"hi\"", "\"", "\"\""),
                List.of("two\nlines", "two\r\nlines", "a\rb", "ends with a break\n", "\n"),
                List.of("=SUM(A1)", "+1", "-1", "-1+1", "@x", "\tx", "\rx", "-", "=", "@"),
                List.of("'", "''", "'=1", "''=1", "'x", "'\t", "x'"),
                List.of(" padded ", "#hash", "!", "", "last"),
                List.of("内蒙古自治区", "包头稀土研究院；内蒙古大学", "稀土“永磁”材料，制备方法", "𠀀"));

        List<CsvRow> read = read(written(rows));

        assertEquals(rows, read.stream().map(CsvRow::cells).toList());
    }

    @Test
    void eachDangerousLeadIsNeutralisedInTheFileAndRestoredWhenRead() throws IOException {
        for (String lead : List.of("=", "+", "-", "@", "\t", "\r")) {
            String cell = lead + "HYPERLINK(\"http://x\")";
            byte[] bytes = written(List.of(List.of(cell)));
            String text = new String(bytes, StandardCharsets.UTF_8);

            assertEquals("\uFEFF\"'" + cell.replace("\"", "\"\"") + "\"\r\n", text, "lead " + (int) lead.charAt(0));
            assertEquals(List.of(cell), read(bytes).get(0).cells());
        }
    }

    @Test
    void recordsComeWithTheLineTheyStartOnAndBlankLinesAreSkipped() throws IOException {
        List<CsvRow> rows = read("\uFEFFh1,h2\r\n\r\na,\"b\nc\"\n  \nd,e\nf,g");

        assertEquals(List.of(
                new CsvRow(1, List.of("h1", "h2"), false),
                new CsvRow(3, List.of("a", "b\nc"), false),
                new CsvRow(6, List.of("d", "e"), false),
                new CsvRow(7, List.of("f", "g"), false)), rows);
    }

    @Test
    void theByteOrderMarkIsOptional() throws IOException {
        assertEquals(List.of("申请号", "名称"), read("申请号,名称\n").get(0).cells());
        assertEquals(List.of("申请号", "名称"), read("\uFEFF申请号,名称\n").get(0).cells());
    }

    @Test
    void aFileEndingInsideAQuotedCellEndsWithAnUnterminatedRecord() throws IOException {
        List<CsvRow> rows = read("h1,h2\nx,y\n\"open,\n1,2\n");

        assertEquals(List.of(new CsvRow(1, List.of("h1", "h2"), false), new CsvRow(2, List.of("x", "y"), false),
                new CsvRow(3, List.of(), true)), rows);
    }

    @Test
    void whatSpreadsheetsAndPeopleWriteIsReadLeniently() throws IOException {
        List<CsvRow> rows = read("a,b\"c,\"d\"e, f \n'x,'=y\n");

        assertEquals(List.of("a", "b\"c", "de", " f "), rows.get(0).cells(), "quotes inside a cell, text after one");
        assertEquals(List.of("'x", "=y"), rows.get(1).cells(), "only the apostrophe of the safe-cell rule is taken off");
    }

    @Test
    void anEmptyFileHasNoRecords() throws IOException {
        assertEquals(List.of(), read(new byte[0]));
        assertEquals(List.of(), read("\uFEFF"));
    }
}

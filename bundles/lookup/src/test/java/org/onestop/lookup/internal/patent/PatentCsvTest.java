package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The export is the import's layout: what it writes, whatever the texts hold, imports back to the same records. */
class PatentCsvTest {

    private static final PatentRecord TRICKY = new PatentRecord("CN202310123456.7", "CN116000001A",
            PatentType.INVENTION, "=一种\"稀土\"永磁材料,及其制备方法", "第一段，包括钕、铁、硼。\n\n第二段：\"烧结\"。",
            List.of("包头稀土研究院", "@内蒙古大学"), List.of("张伟", "-李娜"), List.of(), List.of("C22C 38/00", "H01F 1/057"),
            LocalDate.of(2023, 2, 15), LocalDate.of(2023, 5, 30), "+实质审查", 0, "records.csv:2");

    private static String exported(List<PatentRecord> records) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PatentCsv.write(records, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anExportedRecordImportsBackAsItWas() throws Exception {
        Collected sink = new Collected();
        ChineseCsvReader.read("records.csv", new ByteArrayInputStream(exported(List.of(TRICKY))
                .getBytes(StandardCharsets.UTF_8)), sink);

        assertEquals(List.of(), sink.problems);
        assertEquals(List.of(TRICKY), sink.records);
    }

    @Test
    void theExportOpensInASpreadsheetWithoutRunningAFormula() throws Exception {
        String text = exported(List.of(TRICKY));

        assertTrue(text.startsWith("\uFEFFapplication_number,publication_number,title,abstract,applicants,"
                + "inventors,ipc,application_date,publication_date,patent_type,legal_status\r\n"), text);
        assertTrue(text.contains("CN202310123456.7,CN116000001A,\"'=一种\"\"稀土\"\"永磁材料,及其制备方法\","
                + "\"第一段，包括钕、铁、硼。\n\n第二段：\"\"烧结\"\"。\",包头稀土研究院; @内蒙古大学,张伟; -李娜,"), text);
        assertTrue(text.endsWith(",2023-02-15,2023-05-30,invention,'+实质审查\r\n"), text);
    }
}

package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The documented CSV layout for Chinese records: good lines imported, bad ones reported with line and reason. */
class ChineseCsvReaderTest {

    static final String HEADER = "申请号,公开号,名称,摘要,申请人,发明人,IPC分类号,申请日,公开日,专利类型,法律状态\n";

    private static Collected read(String csv) throws Exception {
        Collected sink = new Collected();
        ChineseCsvReader.read("records.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), sink);
        return sink;
    }

    @Test
    void aRecordIsReadWithEveryField() throws Exception {
        Collected sink = read("\uFEFF" + HEADER + "CN202310123456.7,CN116000001A,一种稀土永磁材料的制备方法,"
                + "\"本发明公开了一种稀土永磁材料，包括钕、铁、硼。\",包头稀土研究院；内蒙古大学,张伟;李娜,"
                + "C22C 38/00;H01F 1/057,2023-02-15,2023.05.30,发明,实质审查\n");

        assertEquals(List.of(), sink.problems);
        PatentRecord r = sink.records.get(0);
        assertEquals("CN202310123456.7", r.applicationNumber());
        assertEquals("CN116000001A", r.publicationNumber());
        assertEquals("一种稀土永磁材料的制备方法", r.title());
        assertEquals("本发明公开了一种稀土永磁材料，包括钕、铁、硼。", r.abstractText());
        assertEquals(List.of("包头稀土研究院", "内蒙古大学"), r.applicants());
        assertEquals(List.of("张伟", "李娜"), r.inventors());
        assertEquals(List.of("C22C 38/00", "H01F 1/057"), r.ipc());
        assertEquals(LocalDate.of(2023, 2, 15), r.applicationDate());
        assertEquals(LocalDate.of(2023, 5, 30), r.publicationDate());
        assertEquals(PatentType.INVENTION, r.type());
        assertEquals("实质审查", r.legalStatus());
    }

    @Test
    void englishHeadersInAnotherOrderWork() throws Exception {
        Collected sink = read("title,application_number,patent_type\n一种羊绒分梳机,202220111111.1,utility_model\n");

        assertEquals(List.of(), sink.problems);
        assertEquals("CN202220111111.1", sink.records.get(0).applicationNumber());
        assertEquals(PatentType.UTILITY_MODEL, sink.records.get(0).type());
    }

    @Test
    void malformedLinesAreReportedWithTheirLineAndSkipped() throws Exception {
        Collected sink = read(HEADER
                + "CN202310000001.1,,好记录一,,,,,2023-01-01,,发明,\n"
                + "CN202310000002.2,,日期错误,,,,,2023-13-45,,发明,\n"
                + "CN202310000003.3,,字段太少\n"
                + "CN202310000004.4,,\"多行的\n名称\",,,,,,,实用新型,\n"
                + "CN202310000005.5,,类型错误,,,,,,,专利,\n"
                + "CN202310000006.6,,分类号错误,,,,X99,,,发明,\n"
                + "不是号码,,号码错误,,,,,,,发明,\n"
                + ",,没有申请号,,,,,,,发明,\n"
                + "CN202310000009.9,,好记录二,,,,,,,外观设计,\n");

        assertEquals(List.of("CN202310000001.1", "CN202310000004.4", "CN202310000009.9"),
                sink.records.stream().map(PatentRecord::applicationNumber).toList());
        assertEquals("多行的\n名称", sink.records.get(1).title());
        assertEquals(List.of(
                ImportProblem.of("records.csv", 3, "lookup.import.error.date", "申请日", "2023-13-45"),
                ImportProblem.of("records.csv", 4, "lookup.import.error.fieldCount", "3", "11"),
                ImportProblem.of("records.csv", 7, "lookup.import.error.type", "专利"),
                ImportProblem.of("records.csv", 8, "lookup.import.error.ipc", "X99"),
                ImportProblem.of("records.csv", 9, "lookup.import.error.number", "申请号", "不是号码"),
                ImportProblem.of("records.csv", 10, "lookup.import.error.required", "申请号")), sink.problems);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWhole() throws Exception {
        Collected sink = read("名称,摘要\n一种方法,摘要\n");

        assertEquals(List.of(), sink.records);
        assertEquals("lookup.import.error.columns", sink.problems.get(0).key());
        assertEquals(1, sink.problems.get(0).line());
    }

    @Test
    void anUnclosedQuoteIsReported() throws Exception {
        Collected sink = read(HEADER + "CN202310000001.1,,\"没有结束的引号,,,,,,,发明,\n");

        assertEquals(List.of(), sink.records);
        assertEquals(List.of(ImportProblem.of("records.csv", 2, "lookup.import.error.unterminated")),
                sink.problems);
    }
}

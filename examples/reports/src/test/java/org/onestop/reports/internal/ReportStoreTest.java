package org.onestop.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.testing.TestDatabase;

/**
 * The module's table on a real Derby built by the gateway's own migrator from the module's script, with the module's
 * data source as the gateway gives it: a report is stored with its case or not at all, and reads back as filed.
 */
class ReportStoreTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private ReportStore store;

    @BeforeEach
    void schema() throws Exception {
        database = TestDatabase.of(folder, "REPORTS");
        store = new ReportStore(database.dataSource());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aReportStoredWithItsCaseReadsBackAsFiled() throws Exception {
        Report report = new Report("patent", "201710601862.3", "online", "https://shop.example.cn/item/1?from=搜索",
                "某某旗舰店", "该网店销售仿冒我方外观设计专利的奶茶杯，见截图。");
        store.work().run(tx -> store.insert(tx, 41, report));

        assertEquals(Optional.of(report), store.find(41));
        assertEquals(Optional.empty(), store.find(42), "another case has no report");
        assertEquals(1, database.version(), "the module's one script was applied");
    }

    @Test
    void whenTheCaseCannotBeOpenedTheReportIsNotStoredEither() throws Exception {
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> store.work().run(tx -> {
            store.insert(tx, 7, new Report("copyright", "", "offline", "某商场 3 楼", "", "盗版图书"));
            throw new IllegalStateException("the case could not be opened");
        }));

        assertEquals("the case could not be opened", failed.getMessage());
        assertEquals(Optional.empty(), store.find(7), "the unit of work rolled the row back");
    }

    @Test
    void theLongestReportTheFormAllowsFitsAndASecondForOneCaseIsRefused() throws Exception {
        Report longest = new Report("geographical-indication", "国".repeat(InfringedRight.NUMBER_LENGTH), "online",
                "https://shop.example.cn/" + "a".repeat(Report.LOCATION_LENGTH - 24), "方".repeat(
                        Report.INFRINGER_LENGTH), "述".repeat(Report.DESCRIPTION_LENGTH));
        assertEquals(java.util.Map.of(), longest.problems());
        store.work().run(tx -> store.insert(tx, 9, longest));
        assertEquals(Optional.of(longest), store.find(9));

        assertThrows(SQLException.class, () -> store.work().run(tx -> store.insert(tx, 9,
                new Report("other", "", "offline", "某地", "", "第二份"))));
        assertEquals(Optional.of(longest), store.find(9));
    }
}

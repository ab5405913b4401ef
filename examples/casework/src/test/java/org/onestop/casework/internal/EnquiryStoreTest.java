package org.onestop.casework.internal;

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
 * The module's table on a real Derby built by the platform's own migrator from the module's scripts, with the
 * module's data source as the platform gives it: an enquiry is stored with its case or not at all.
 */
class EnquiryStoreTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private EnquiryStore store;

    @BeforeEach
    void schema() throws Exception {
        database = TestDatabase.of(folder, "SAMPLE");
        store = new EnquiryStore(database.dataSource());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEnquiryStoredWithItsCaseIsReadBackByTheCasesNumber() throws Exception {
        Enquiry enquiry = new Enquiry("专利侵权咨询", "我方专利被仿冒，如何申请维权援助？");
        store.work().run(tx -> store.insert(tx, 41, enquiry));

        assertEquals(Optional.of(enquiry), store.find(41));
        assertEquals(Optional.empty(), store.find(42), "another case has no enquiry");
        assertEquals(1, database.version(), "the module's one script was applied");
    }

    @Test
    void whenTheCaseCannotBeOpenedTheEnquiryIsNotStoredEither() throws Exception {
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> store.work().run(tx -> {
            store.insert(tx, 7, new Enquiry("商标异议", "如何提出异议？"));
            throw new IllegalStateException("the case could not be opened");
        }));

        assertEquals("the case could not be opened", failed.getMessage());
        assertEquals(Optional.empty(), store.find(7), "the unit of work rolled the row back");
    }

    @Test
    void aCaseHasOneEnquiryAndASecondIsRefusedLeavingTheFirst() throws Exception {
        Enquiry first = new Enquiry("外观设计", "第一个问题");
        store.work().run(tx -> store.insert(tx, 9, first));

        assertThrows(SQLException.class, () -> store.work().run(tx -> store.insert(tx, 9,
                new Enquiry("外观设计", "第二个问题"))));
        assertEquals(Optional.of(first), store.find(9));
    }
}

package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.testing.TestDatabase;

/** Batch writes on a real Derby: one row per application, added or replaced, each batch a new revision. */
class PatentStoreTest {

    @TempDir
    Path folder;

    private PatentStore store;

    @BeforeEach
    void open() throws Exception {
        DataSource database = TestDatabase.of(folder, "LOOKUP").dataSource();
        store = new PatentStore(database);
    }

    static PatentRecord record(String number, String title) {
        return new PatentRecord(number, null, PatentType.INVENTION, title, "", List.of("内蒙古大学"), List.of(),
                List.of(), List.of("C22C 38/00"), null, null, null, 0, "test");
    }

    @Test
    void aBatchKeepsOneRecordPerApplicationTheLastOfIt() throws Exception {
        PatentStore.Written written = store.write(List.of(record("CN202310000001.1", "第一"),
                record("CN 202310000001.1", "第二"), record("CN202310000002.2", "其他"),
                record("CN202310000001.1", "第三")));

        assertEquals(2, written.records().size());
        assertEquals(2, written.added());
        assertEquals(0, written.replaced());
        assertEquals(new PatentStore.State(2, written.revision()), store.state());
        assertEquals("第三", store.get("CN2023100000011").orElseThrow().title());
        assertEquals(List.of("CN2023100000022", "CN2023100000011"),
                written.records().stream().map(PatentRecord::key).toList(), "each key where it was last given");
    }

    @Test
    void aLaterBatchReplacesStoredRecordsAndAddsTheRestUnderANewRevision() throws Exception {
        List<PatentRecord> first = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            first.add(record(String.format("CN2023100%05d.1", i), "标题" + i));
        }
        PatentStore.Written one = store.write(first);
        PatentStore.Written two = store.write(List.of(record("CN202310000007.1", "新标题"),
                record("CN202310000449.1", "新标题"), record("CN202310099999.1", "新的")));

        assertEquals(450, one.added());
        assertEquals(Set.of("CN2023100000071", "CN2023100004491"), two.replacedKeys(),
                "keys found beyond the first chunk of the existence query too");
        assertTrue(two.replaced("CN2023100000071"));
        assertFalse(two.replaced("CN2023100999991"));
        assertEquals(1, two.added());
        assertEquals(one.revision() + 1, two.revision());
        assertEquals(new PatentStore.State(451, two.revision()), store.state());
        assertEquals("新标题", store.get("CN2023100004491").orElseThrow().title());
    }

    @Test
    void writesAtOnceAreNumberedOneAfterTheOtherSoThatAFollowerMissesNone() throws Exception {
        int writers = 4;
        int batches = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<Long>>> written = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            written.add(pool.submit(() -> {
                List<Long> revisions = new ArrayList<>();
                for (int b = 0; b < batches; b++) {
                    List<PatentRecord> batch = new ArrayList<>();
                    for (int r = 0; r < 20; r++) {
                        batch.add(record(String.format("CN2024%d%02d%04d.1", writer, b, r), "并发" + writer));
                    }
                    revisions.add(store.write(batch).revision());
                }
                return revisions;
            }));
        }
        pool.shutdown();
        Set<String> followed = new HashSet<>();
        long revision = 0;
        while (!pool.isTerminated()) { // a node's index following the table while the writes go on
            revision = store.readSince(revision, r -> followed.add(r.key())).revision();
        }
        store.readSince(revision, r -> followed.add(r.key()));

        Set<Long> revisions = new HashSet<>();
        for (Future<List<Long>> f : written) {
            revisions.addAll(f.get());
        }
        assertEquals(writers * batches, revisions.size(), "every write its own revision");
        assertEquals(writers * batches * 20, store.state().count());
        assertEquals(writers * batches * 20, followed.size(), "the follower saw every record written");
    }
}

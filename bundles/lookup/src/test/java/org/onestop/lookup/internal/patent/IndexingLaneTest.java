package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches indexed beside the thread that hands them over: all of them in at a drain, a failure not lost. */
class IndexingLaneTest {

    @TempDir
    Path folder;

    private static PatentStore.Written batch(int from, int count, Set<String> replaced) {
        List<PatentRecord> records = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            records.add(PatentStoreTest.record(String.format("CN2023100%05d.1", i), "一种稀土永磁材料" + i));
        }
        return new PatentStore.Written(records, replaced, 1);
    }

    @Test
    void everyBatchHandedOverIsInTheIndexAfterADrainAndReplacedKeysStayUnique() throws Exception {
        try (PatentIndex index = new PatentIndex(folder); IndexingLane lane = new IndexingLane(index, 3)) {
            for (int b = 0; b < 20; b++) {
                lane.put(batch(b * 50, 50, Set.of()));
            }
            lane.put(batch(0, 10, Set.of("CN2023100000001", "CN2023100000011", "CN2023100000021",
                    "CN2023100000031", "CN2023100000041", "CN2023100000051", "CN2023100000061", "CN2023100000071",
                    "CN2023100000081", "CN2023100000091")));
            lane.drain();
            index.commit(new PatentStore.State(1000, 1));

            assertEquals(1000, index.size());
            assertEquals(1000, index.search(PatentQuery.all(1, 10), null).total());
        }
    }

    @Test
    void aFailedBatchIsThrownAtTheNextDrain() throws Exception {
        PatentIndex index = new PatentIndex(folder);
        try (IndexingLane lane = new IndexingLane(index, 2)) {
            index.close();
            lane.put(batch(0, 5, Set.of()));

            assertThrows(AlreadyClosedException.class, lane::drain);
            assertThrows(AlreadyClosedException.class, () -> lane.put(batch(5, 5, Set.of())));
        }
    }
}

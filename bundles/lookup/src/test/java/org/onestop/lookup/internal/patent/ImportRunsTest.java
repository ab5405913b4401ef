package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.GatewayNode;
import org.onestop.api.schema.UtcColumns;
import org.onestop.lookup.internal.AuditedEdits;
import org.onestop.testing.TestDatabase;

/** The imports of several gateway nodes on one database. */
class ImportRunsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path folder;

    @Test
    void aStartingNodeMarksFailedOnlyTheImportsItWasRunning() throws Exception {
        try (TestDatabase db = TestDatabase.of(folder, "LOOKUP")) {
            AuditedEdits edits = new AuditedEdits(db.dataSource());
            ImportRuns nodeOne = new ImportRuns(db.dataSource(), "node-1");
            ImportRuns nodeTwo = new ImportRuns(db.dataSource(), "node-2");
            ImportJob running = nodeOne.open("patents.csv", ImportFormat.CN_CSV, 100, edits.on(DAY));
            ImportJob interrupted = nodeTwo.open("more.csv", ImportFormat.CN_CSV, 100, edits.on(DAY));

            assertEquals(1, nodeTwo.abandonInterrupted(), "node 2 restarts");

            assertEquals(ImportJob.State.QUEUED, nodeOne.get(running.id()).orElseThrow().state(),
                    "node 1's import goes on");
            ImportRuns.Run failed = nodeOne.get(interrupted.id()).orElseThrow();
            assertEquals(ImportJob.State.FAILED, failed.state());
            assertEquals(ImportRuns.INTERRUPTED, failed.failure());
        }
    }

    @Test
    void anImportRunningOnOneNodeShowsItsProgressOnAnother() throws Exception {
        try (TestDatabase db = TestDatabase.of(folder, "LOOKUP")) {
            AuditedEdits edits = new AuditedEdits(db.dataSource());
            ImportJob job = new ImportRuns(db.dataSource(), "node-1").open("patents.csv", ImportFormat.CN_CSV, 4000,
                    edits.on(DAY));
            ImportRuns nodeTwo = new ImportRuns(db.dataSource(), "node-2");
            assertEquals(0, nodeTwo.get(job.id()).orElseThrow().percent(), "queued, nothing read");

            PatentStore store = new PatentStore(db.dataSource());
            store.write(List.of(PatentStoreTest.record("CN202310000001.1", "第一"),
                    PatentStoreTest.record("CN202310000002.2", "第二")),
                    new PatentStore.ImportProgress(job.id(), 1000, 1));
            store.write(List.of(PatentStoreTest.record("CN202310000001.1", "第一（更正）")),
                    new PatentStore.ImportProgress(job.id(), 3000, 2));

            ImportRuns.Run seen = nodeTwo.get(job.id()).orElseThrow();
            assertEquals(ImportJob.State.RUNNING, seen.state());
            assertEquals(75, seen.percent(), "3000 of 4000 bytes read");
            assertEquals(2, seen.added());
            assertEquals(1, seen.replaced());
            assertEquals(2, seen.rejected(), "the records refused so far");
        }
    }

    @Test
    void anotherNodesImportSubmittedHoursAgoIsTakenForAbandoned() throws Exception {
        try (TestDatabase db = TestDatabase.of(folder, "LOOKUP")) {
            AuditedEdits edits = new AuditedEdits(db.dataSource());
            ImportJob stale = new ImportRuns(db.dataSource(), "gone").open("old.csv", ImportFormat.CN_CSV, 100,
                    edits.on(DAY));
            try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                    "UPDATE PATENT_IMPORT SET SUBMITTED = ? WHERE ID = ?")) {
                UtcColumns.set(s, 1, Instant.now().minus(ImportRuns.ABANDONED).minusSeconds(60));
                s.setInt(2, stale.id());
                s.executeUpdate();
            }

            ImportRuns restored = new ImportRuns(db.dataSource(), "restored");
            assertEquals(1, restored.abandonInterrupted());
            assertEquals(ImportJob.State.FAILED, restored.get(stale.id()).orElseThrow().state());
        }
    }

    @Test
    void aNodeKeepsItsNameInItsOwnFolder() throws Exception {
        String first = GatewayNode.name(folder);
        assertEquals(first, GatewayNode.name(folder), "the same after a restart");
        assertEquals(first, Files.readString(folder.resolve("node")).strip());
        Files.createDirectories(folder.resolve("other"));
        assertNotEquals(first, GatewayNode.name(folder.resolve("other")), "another node");
    }
}

package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.schema.UtcColumns;
import org.onestop.lookup.internal.AuditedEdits;
import org.onestop.testing.DefaultZone;
import org.onestop.testing.TestDatabase;

/**
 * The times of patent imports are kept in UTC whatever the gateway's time zone: an import sent under one zone reads
 * the same under another, and the times an older gateway wrote in its own zone are moved to UTC by the migration.
 * The day of an import is the centre's calendar day and stays as it was.
 */
class ImportTimesTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-03T01:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path folder;

    @Test
    void anImportSentUnderOneZoneReadsTheSameUnderAnother() throws Exception {
        try (DefaultZone zone = DefaultZone.of("Asia/Shanghai");
                TestDatabase db = TestDatabase.of(folder, "LOOKUP")) {
            ImportRuns runs = new ImportRuns(db.dataSource(), "node-1");
            AuditedEdits edits = new AuditedEdits(db.dataSource());
            ImportJob job = runs.open("patents.csv", ImportFormat.CN_CSV, 100, edits.on(DAY));
            job.done();
            runs.close(job, edits.on(DAY));

            zone.change("America/New_York");
            ImportRuns.Run run = runs.get(job.id()).orElseThrow();
            assertEquals(UtcColumns.storable(job.submitted()), run.submitted());
            assertEquals(UtcColumns.storable(job.finished()), run.finished());
            assertEquals(DAY, run.importedOn(), "the centre's day stays the day it was");
            assertEquals(Timestamp.valueOf(LocalDateTime.ofInstant(run.submitted(), ZoneOffset.UTC)).toString(),
                    db.wallClock("SELECT SUBMITTED FROM PATENT_IMPORT"),
                    "stored as UTC, not as the wall clock of the zone it was written in");
        }
    }

    @Test
    void theMigrationMovesImportTimesWrittenInTheGatewaysZoneToUtc() throws Exception {
        try (DefaultZone zone = DefaultZone.of("Asia/Shanghai");
                TestDatabase db = TestDatabase.upTo(folder, "LOOKUP", 2)) {
            try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO PATENT_IMPORT (FILE_NAME, FORMAT, BYTES, IMPORTED_ON, SUBMITTED, FINISHED, STATE,"
                            + " ADDED, REPLACED, REJECTED) VALUES ('patents.csv', 'cn-csv', 100, '2026-12-03', ?, ?,"
                            + " 'DONE', 1, 0, 0)")) {
                // as the older gateway wrote them: Beijing wall time
                insert.setTimestamp(1, Timestamp.from(SUBMITTED));
                insert.setTimestamp(2, Timestamp.from(SUBMITTED.plusSeconds(90)));
                insert.executeUpdate();
            }
            assertEquals("2026-12-03 09:30:00.0", db.wallClock("SELECT SUBMITTED FROM PATENT_IMPORT"));
            db.migrate();
            assertEquals("2026-12-03 01:30:00.0", db.wallClock("SELECT SUBMITTED FROM PATENT_IMPORT"));
            assertEquals("2026-12-03 01:31:30.0", db.wallClock("SELECT FINISHED FROM PATENT_IMPORT"));
            assertEquals("2026-12-03", db.wallClock("SELECT IMPORTED_ON FROM PATENT_IMPORT"));

            zone.change("America/New_York");
            ImportRuns.Run run = new ImportRuns(db.dataSource(), "node-1").recent(1).get(0);
            assertEquals(SUBMITTED, run.submitted());
            assertEquals(SUBMITTED.plusSeconds(90), run.finished());
        }
    }
}

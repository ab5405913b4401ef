package org.onestop.lookup.internal.patent;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.onestop.lookup.internal.Edit;

/**
 * The patent imports as the database keeps them (table {@code PATENT_IMPORT}): opened when a data steward sends a
 * file, closed with their counts when read; each stored record names its import. Opening and closing are audited in
 * their own transaction. Imports a restart interrupted are marked failed at the node's next start.
 */
final class ImportRuns {

    static final String INTERRUPTED = "lookup.import.failure.interrupted";
    private static final String COLUMNS = "ID, FILE_NAME, FORMAT, BYTES, IMPORTED_ON, SUBMITTED, FINISHED, STATE,"
            + " ADDED, REPLACED, REJECTED, FAILURE, BYTES_READ";

    /**
     * One import as stored: its counts are final once its state is DONE or FAILED; while it runs they and the bytes
     * read are those of its last batch written, on whichever node reads it.
     */
    record Run(int id, String fileName, ImportFormat format, long bytes, LocalDate importedOn, Instant submitted,
            Instant finished, ImportJob.State state, long added, long replaced, long rejected, String failure,
            long bytesRead) {

        /** The percentage of the file read: 100 when done, 0 when failed or not begun. */
        int percent() {
            if (state == ImportJob.State.DONE) {
                return 100;
            }
            return state == ImportJob.State.FAILED || bytes <= 0 ? 0 : (int) Math.min(99, bytesRead * 100 / bytes);
        }
    }

    private final DataSource database;
    private final UnitOfWork work;
    private final String node;

    /** The imports of {@code database}, run on the gateway node named {@code node}. */
    ImportRuns(DataSource database, String node) {
        this.database = database;
        this.work = new UnitOfWork(database);
        this.node = node;
    }

    /** Stores a new import of a file and audits it; the job it returns carries the import's number. */
    ImportJob open(String fileName, ImportFormat format, long bytes, Edit edit) throws SQLException {
        Instant now = Instant.now();
        int id = work.call(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO PATENT_IMPORT (FILE_NAME, FORMAT, BYTES,"
                    + " IMPORTED_ON, SUBMITTED, STATE, ADDED, REPLACED, REJECTED, NODE) VALUES (?, ?, ?, ?, ?, 'QUEUED',"
                    + " 0, 0, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, PatentStore.cut(fileName, 300));
                s.setString(2, format.code());
                s.setLong(3, bytes);
                s.setDate(4, Date.valueOf(edit.day()));
                UtcColumns.set(s, 5, now);
                s.setString(6, node);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    int stored = keys.getInt(1);
                    edit.audit(c, "lookup.patents.import", "patent-import:" + stored, fileName + " ("
                            + format.code() + ", " + bytes + " bytes)");
                    return stored;
                }
            }
        });
        return new ImportJob(id, fileName, format, bytes, now, edit.day());
    }

    /** Stores how an import ended and audits it. */
    void close(ImportJob job, Edit edit) throws SQLException {
        work.run(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE PATENT_IMPORT SET FINISHED = ?, STATE = ?,"
                    + " ADDED = ?, REPLACED = ?, REJECTED = ?, FAILURE = ? WHERE ID = ?")) {
                UtcColumns.set(s, 1, job.finished() == null ? Instant.now() : job.finished());
                s.setString(2, job.state().name());
                s.setLong(3, job.added());
                s.setLong(4, job.replaced());
                s.setLong(5, job.rejected());
                s.setString(6, job.failure());
                s.setInt(7, job.id());
                s.executeUpdate();
            }
            edit.audit(c, job.state() == ImportJob.State.DONE ? "lookup.patents.imported"
                    : "lookup.patents.import.failed", "patent-import:" + job.id(), job.added() + " added, "
                    + job.replaced() + " replaced, " + job.rejected() + " refused");
        });
    }

    /** How long another node's import may have gone on before a starting node takes it for abandoned. */
    static final Duration ABANDONED = Duration.ofHours(6);

    /**
     * Marks as failed the imports a stop interrupted: this node's (and those of before imports named their node),
     * and another node's submitted more than {@link #ABANDONED} ago (that node is gone, or was restored elsewhere);
     * returns how many there were. Another node's import in progress is left alone.
     */
    int abandonInterrupted() throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE PATENT_IMPORT"
                + " SET STATE = 'FAILED', FAILURE = ? WHERE STATE IN ('QUEUED', 'RUNNING')"
                + " AND (NODE = ? OR NODE IS NULL OR SUBMITTED < ?)")) {
            s.setString(1, INTERRUPTED);
            s.setString(2, node);
            UtcColumns.set(s, 3, Instant.now().minus(ABANDONED));
            return s.executeUpdate();
        }
    }

    /** How many imports the table holds in each state, by {@link ImportJob.State} name. */
    Map<String, Long> countByState() throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT STATE, COUNT(*) FROM PATENT_IMPORT GROUP BY STATE"); ResultSet rows = s.executeQuery()) {
            Map<String, Long> counts = new HashMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        }
    }

    /** The latest imports, newest first. */
    List<Run> recent(int limit) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM PATENT_IMPORT ORDER BY ID DESC FETCH FIRST " + limit + " ROWS ONLY");
                ResultSet rows = s.executeQuery()) {
            List<Run> runs = new ArrayList<>();
            while (rows.next()) {
                runs.add(run(rows));
            }
            return runs;
        }
    }

    Optional<Run> get(int id) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM PATENT_IMPORT WHERE ID = ?", s -> s.setInt(1, id));
    }

    /** The import the stored record with application key {@code key} came from, if it is known. */
    Optional<Run> ofRecord(String key) throws SQLException {
        return one("SELECT " + COLUMNS.replaceAll("(\\w+)", "I.$1") + " FROM PATENT P JOIN PATENT_IMPORT I"
                + " ON I.ID = P.IMPORT_ID WHERE P.APP_KEY = ?", s -> s.setString(1, key));
    }

    private interface Binding {
        void bind(PreparedStatement s) throws SQLException;
    }

    private Optional<Run> one(String sql, Binding binding) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binding.bind(s);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(run(rows)) : Optional.empty();
            }
        }
    }

    private static Run run(ResultSet rows) throws SQLException {
        return new Run(rows.getInt(1), rows.getString(2), ImportFormat.of(rows.getString(3), "").orElseThrow(),
                rows.getLong(4), rows.getDate(5).toLocalDate(), UtcColumns.get(rows, 6), UtcColumns.get(rows, 7),
                ImportJob.State.valueOf(rows.getString(8)), rows.getLong(9), rows.getLong(10), rows.getLong(11),
                rows.getString(12), rows.getLong(13));
    }
}

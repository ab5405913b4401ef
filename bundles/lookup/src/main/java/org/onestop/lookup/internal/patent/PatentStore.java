package org.onestop.lookup.internal.patent;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.schema.UnitOfWork;

/**
 * The patent records in the database, the source of truth of patent lookup: writes a batch of records in one
 * transaction (a record whose application is already stored replaces it), reads one record, and reads all of them
 * in key order to rebuild the index. Every write stamps its rows with a new revision, so that the index can tell
 * whether it has seen the latest.
 */
public final class PatentStore {

    private static final String COLUMNS = "APP_KEY, APPLICATION_NUMBER, PUBLICATION_NUMBER, PATENT_TYPE, TITLE,"
            + " ABSTRACT, APPLICANTS, INVENTORS, ASSIGNEES, IPC, APPLICATION_DATE, PUBLICATION_DATE, LEGAL_STATUS,"
            + " CLAIMS, SOURCE, REVISION, IMPORT_ID";
    private static final int IN_CHUNK = 200;

    /** How many records and which latest revision the table holds. */
    public record State(long count, long revision) {
    }

    /**
     * What a write did: the records it stored (one per application key, the last of each in the order given), the
     * keys among them that replaced a stored record, and the revision it stamped.
     */
    public record Written(List<PatentRecord> records, Set<String> replacedKeys, long revision) {

        public int added() {
            return records.size() - replacedKeys.size();
        }

        public int replaced() {
            return replacedKeys.size();
        }

        /** Whether the record with this key was stored before the write (else it was added). */
        public boolean replaced(String key) {
            return replacedKeys.contains(key);
        }
    }

    private final DataSource database;
    private final UnitOfWork work;

    public PatentStore(DataSource database) {
        this.database = database;
        this.work = new UnitOfWork(database);
    }

    /**
     * Writes records in one transaction: all or, on an error, none. Of two records with one key, the last wins.
     * Which keys are stored already is asked once for the whole batch (by chunks of keys), then the new records are
     * inserted and the others updated, each kind in one JDBC batch; no row is counted.
     */
    public Written write(Collection<PatentRecord> records) throws SQLException {
        return write(records, null);
    }

    /**
     * How far an import is when it writes a batch: its number, the bytes of its file read and the records refused so
     * far, stored with the batch so that every node shows the import's progress.
     */
    public record ImportProgress(int importId, long bytesRead, long rejected) {
    }

    /** Writes records as {@link #write(Collection)} does, as a batch of an import (null for none). */
    public Written write(Collection<PatentRecord> records, ImportProgress progress) throws SQLException {
        Map<String, PatentRecord> byKey = new LinkedHashMap<>();
        for (PatentRecord r : records) {
            byKey.remove(r.key());
            byKey.put(r.key(), r);
        }
        return work.call(connection -> {
            long revision = nextRevision(connection);
            Set<String> existing = existing(connection, new ArrayList<>(byKey.keySet()));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PATENT (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement update = connection.prepareStatement("UPDATE PATENT SET"
                            + " APPLICATION_NUMBER = ?, PUBLICATION_NUMBER = ?, PATENT_TYPE = ?, TITLE = ?,"
                            + " ABSTRACT = ?, APPLICANTS = ?, INVENTORS = ?, ASSIGNEES = ?, IPC = ?,"
                            + " APPLICATION_DATE = ?, PUBLICATION_DATE = ?, LEGAL_STATUS = ?, CLAIMS = ?,"
                            + " SOURCE = ?, REVISION = ?, IMPORT_ID = ? WHERE APP_KEY = ?")) {
                for (Map.Entry<String, PatentRecord> e : byKey.entrySet()) {
                    if (existing.contains(e.getKey())) {
                        bind(update, 1, e.getValue(), revision, importId(progress));
                        update.setString(17, e.getKey());
                        update.addBatch();
                    } else {
                        insert.setString(1, e.getKey());
                        bind(insert, 2, e.getValue(), revision, importId(progress));
                        insert.addBatch();
                    }
                }
                if (existing.size() < byKey.size()) {
                    insert.executeBatch();
                }
                if (!existing.isEmpty()) {
                    update.executeBatch();
                }
            }
            if (progress != null) {
                counted(connection, progress, byKey.size() - existing.size(), existing.size());
            }
            return new Written(List.copyOf(byKey.values()), Set.copyOf(existing), revision);
        });
    }

    private static int importId(ImportProgress progress) {
        return progress == null ? 0 : progress.importId();
    }

    /**
     * Counts a batch in its import's row, in the batch's transaction, with how far the import has read: an import a
     * kill interrupts then reports, once marked failed at the next start, the records it stored, and every node shows
     * a running import's progress.
     */
    private static void counted(Connection connection, ImportProgress progress, int added, int replaced)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE PATENT_IMPORT SET ADDED = ADDED + ?,"
                + " REPLACED = REPLACED + ?, REJECTED = ?, BYTES_READ = ?,"
                + " STATE = CASE WHEN STATE = 'QUEUED' THEN 'RUNNING' ELSE STATE END WHERE ID = ?")) {
            s.setLong(1, added);
            s.setLong(2, replaced);
            s.setLong(3, progress.rejected());
            s.setLong(4, progress.bytesRead());
            s.setInt(5, progress.importId());
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, int first, PatentRecord r, long revision, int importId)
            throws SQLException {
        int i = first;
        s.setString(i++, cut(r.applicationNumber(), 40));
        s.setString(i++, cut(r.publicationNumber(), 40));
        s.setString(i++, r.type().name());
        s.setString(i++, cut(r.title(), 1000));
        s.setString(i++, cut(r.abstractText(), 16000));
        s.setString(i++, cut(String.join("\n", r.applicants()), 4000));
        s.setString(i++, cut(String.join("\n", r.inventors()), 4000));
        s.setString(i++, cut(String.join("\n", r.assignees()), 2000));
        s.setString(i++, cut(String.join("\n", r.ipc()), 2000));
        setDate(s, i++, r.applicationDate());
        setDate(s, i++, r.publicationDate());
        s.setString(i++, cut(r.legalStatus(), 100));
        s.setInt(i++, r.claims());
        s.setString(i++, cut(r.source(), 300));
        s.setLong(i++, revision);
        if (importId > 0) {
            s.setInt(i, importId);
        } else {
            s.setNull(i, Types.INTEGER);
        }
    }

    private static void setDate(PreparedStatement s, int i, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setDate(i, Date.valueOf(date));
        }
    }

    static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static Set<String> existing(Connection connection, List<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT APP_KEY FROM PATENT WHERE APP_KEY IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The revision of the latest write, 0 for an empty table: one look at the end of the revision index, where
     * {@link #state()} counts every record.
     */
    public long latestRevision() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement s = connection.prepareStatement("SELECT MAX(REVISION) FROM PATENT");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public State state() throws SQLException {
        try (Connection connection = database.getConnection()) {
            return state(connection);
        }
    }

    /**
     * The revision of this write: the next running number, taken by updating its one row, whose lock the write then
     * holds until it commits, so that writes are numbered in the order they commit, on whichever node.
     */
    private static long nextRevision(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(
                "UPDATE PATENT_WRITES SET LATEST = LATEST + 1 WHERE ID = 1")) {
            if (next.executeUpdate() != 1) {
                throw new SQLException("The running number of patent writes (PATENT_WRITES) is missing");
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT LATEST FROM PATENT_WRITES WHERE ID = 1");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static State state(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*), MAX(REVISION) FROM PATENT");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return new State(rows.getLong(1), rows.getLong(2));
        }
    }

    /** The record stored under an application key, e.g. {@code US09832323}. */
    public Optional<PatentRecord> get(String key) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM PATENT WHERE APP_KEY = ?")) {
            s.setString(1, key);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(record(rows)) : Optional.empty();
            }
        }
    }

    /** Receives the records of a full read, one by one. */
    public interface Reader {
        void accept(PatentRecord record) throws Exception;
    }

    /** Reads every record in key order and returns the state the read saw. */
    public State readAll(Reader reader) throws Exception {
        return work.call(connection -> {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            State state = state(connection);
            try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM PATENT ORDER BY APP_KEY")) {
                s.setFetchSize(1000);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        reader.accept(record(rows));
                    }
                }
            }
            return state;
        });
    }

    /**
     * Reads the records written after {@code revision} (by this node or another on the same database), in the order
     * they were written, and returns the state the read saw.
     */
    public State readSince(long revision, Reader reader) throws Exception {
        return work.call(connection -> {
            State state = state(connection);
            try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM PATENT WHERE REVISION > ? AND REVISION <= ? ORDER BY REVISION, APP_KEY")) {
                s.setLong(1, revision);
                s.setLong(2, state.revision());
                s.setFetchSize(1000);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        reader.accept(record(rows));
                    }
                }
            }
            return state;
        });
    }

    private static PatentRecord record(ResultSet rows) throws SQLException {
        return new PatentRecord(rows.getString(2), rows.getString(3), PatentType.valueOf(rows.getString(4)),
                rows.getString(5), rows.getString(6), lines(rows.getString(7)), lines(rows.getString(8)),
                lines(rows.getString(9)), lines(rows.getString(10)), localDate(rows.getDate(11)),
                localDate(rows.getDate(12)), rows.getString(13), rows.getInt(14), rows.getString(15));
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

package org.onestop.cases.internal.attachment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.onestop.api.schema.UtcColumns;
import org.onestop.cases.internal.cases.CaseTables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes files that were stored but never attached to a case nor kept with a (still existing) draft, once they
 * are older than the held time ({@code held.days}, 7 days by default): first the row, then the file. Runs a few
 * minutes after start and then every six hours; a file attached meanwhile is never deleted, as the row is deleted
 * only while it is still unattached.
 */
@Component(service = HeldFileSweep.class, immediate = true)
public final class HeldFileSweep {

    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(HeldFileSweep.class);

    private final DataSource database;
    private final AttachmentFiles files;
    private final Clock clock;
    private ScheduledTask sweeping;

    @Activate
    public HeldFileSweep(@Reference(target = CaseTables.DATA_SOURCE) DataSource database,
            @Reference AttachmentFiles files, @Reference Scheduler scheduler) {
        this(database, files, Clock.systemUTC());
        sweeping = scheduler.onOneNode("attachments.held-file-sweep", Duration.ofMinutes(5), Duration.ofHours(6),
                this::run);
    }

    /** A sweep that runs only when {@link #sweep()} is called, for tests. */
    public HeldFileSweep(DataSource database, AttachmentFiles files, Clock clock) {
        this.database = database;
        this.files = files;
        this.clock = clock;
    }

    @Deactivate
    void close() {
        if (sweeping != null) {
            sweeping.close();
        }
    }

    private void run() throws SQLException {
        int deleted = sweep();
        if (deleted > 0) {
            LOG.info("Deleted {} stored files never attached to a case", deleted);
        }
    }

    /** Deletes the files held for longer than the held time; returns how many. */
    public int sweep() throws SQLException {
        int deleted = 0;
        while (true) {
            Map<Long, String> due = due();
            for (Map.Entry<Long, String> file : due.entrySet()) {
                if (delete(file.getKey())) {
                    AttachmentFiles.deleteQuietly(files.rules().folder().resolve(file.getValue()));
                    deleted++;
                }
            }
            if (due.size() < BATCH) {
                return deleted;
            }
        }
    }

    /** The next files due, by id with their stored names. */
    private Map<Long, String> due() throws SQLException {
        Map<Long, String> due = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT A.ID, A.STORED_NAME"
                        + " FROM CASES.CASE_ATTACHMENT A WHERE A.CASE_ID IS NULL AND A.UPLOADED_AT < ? AND"
                        + " (A.DRAFT_ID IS NULL OR NOT EXISTS (SELECT 1 FROM CASES.CASE_DRAFT D"
                        + " WHERE D.ID = A.DRAFT_ID)) ORDER BY A.ID FETCH FIRST " + BATCH + " ROWS ONLY")) {
            UtcColumns.set(select, 1, clock.instant().minus(files.rules().heldFor()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return due;
    }

    /** Deletes a row if it is still unattached. */
    private boolean delete(long id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM CASES.CASE_ATTACHMENT WHERE ID = ? AND CASE_ID IS NULL")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }
}

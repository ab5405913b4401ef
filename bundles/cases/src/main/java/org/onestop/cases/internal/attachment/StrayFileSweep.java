package org.onestop.cases.internal.attachment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.onestop.cases.internal.cases.CaseTables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes stored files that have no row: a file is copied to the disk (and synced) before the transaction that
 * inserts its row commits, so a gateway that dies in between (a crash, a kill, a power cut) leaves the file and no
 * row; the upload was never acknowledged. At start the sweep takes the files last written before this gateway started
 * (none of them can still be on its way to a commit), or, when other gateways may share the folder (a database
 * server rather than embedded Derby), those written more than an hour ago; every six hours it takes those written
 * more than an hour ago.
 * Only files written in the day before that moment are looked at, which is where a crash leaves them.
 */
@Component(service = StrayFileSweep.class, immediate = true)
public final class StrayFileSweep {

    private static final Duration SETTLED = Duration.ofHours(1);
    private static final Duration LOOK_BACK = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(StrayFileSweep.class);

    private final DataSource database;
    private final AttachmentFiles files;
    private final Clock clock;
    private final Instant started;
    private boolean first = true;
    private ScheduledTask sweeping;

    @Activate
    public StrayFileSweep(@Reference(target = CaseTables.DATA_SOURCE) DataSource database,
            @Reference AttachmentFiles files, @Reference Scheduler scheduler) {
        this(database, files, Clock.systemUTC(),
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        sweeping = scheduler.onOneNode("attachments.stray-file-sweep", Duration.ZERO, Duration.ofHours(6), this::run);
    }

    /** A sweep that runs only when {@link #sweep} is called, for tests. */
    public StrayFileSweep(DataSource database, AttachmentFiles files, Clock clock, Instant started) {
        this.database = database;
        this.files = files;
        this.clock = clock;
        this.started = started;
    }

    @Deactivate
    void close() {
        if (sweeping != null) {
            sweeping.close();
        }
    }

    private void run() throws SQLException, IOException {
        Instant settled = clock.instant().minus(SETTLED);
        // at the first run, the files written before this gateway started: unless other gateways share the folder
        // (a database server: several nodes may), whose uploads may be on their way to a commit right now
        Instant before = first && alone() ? started : settled;
        first = false;
        int deleted = sweep(before);
        if (deleted > 0) {
            LOG.info("Deleted {} stored file(s) without a row, left by a gateway that stopped before their upload"
                    + " was committed", deleted);
        }
    }

    /** Whether this gateway is the only one on its database: embedded Derby, which one process opens. */
    private boolean alone() throws SQLException {
        try (Connection c = database.getConnection()) {
            String url = c.getMetaData().getURL();
            return url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
        }
    }

    /** Deletes the files without a row last written in the day before {@code before}; returns how many. */
    public int sweep(Instant before) throws SQLException, IOException {
        Path folder = files.rules().folder();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> candidates = new ArrayList<>();
        Instant since = before.minus(LOOK_BACK);
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : (Iterable<Path>) list::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Instant written = attributes.lastModifiedTime().toInstant();
                if (attributes.isRegularFile() && written.isBefore(before) && written.isAfter(since)) {
                    candidates.add(file);
                }
            }
        }
        int deleted = 0;
        try (Connection connection = database.getConnection();
                PreparedStatement row = connection.prepareStatement(
                        "SELECT 1 FROM CASES.CASE_ATTACHMENT WHERE STORED_NAME = ?")) {
            for (Path file : candidates) {
                row.setString(1, file.getFileName().toString());
                try (ResultSet found = row.executeQuery()) {
                    if (!found.next()) {
                        AttachmentFiles.deleteQuietly(file);
                        deleted++;
                    }
                }
            }
        }
        return deleted;
    }
}

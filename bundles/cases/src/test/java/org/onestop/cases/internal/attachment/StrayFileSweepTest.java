package org.onestop.cases.internal.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.FileType;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.cases.internal.CaseDatabase;
import org.onestop.platform.internal.identity.PeopleDirectory;
import org.onestop.testing.TestClock;

/**
 * A gateway that died between copying a file and committing its row left the file alone: the next start deletes
 * it, and nothing else — not a file with its row, not a file this gateway is still storing.
 */
class StrayFileSweepTest {

    private static final Instant STARTED = Instant.parse("2026-12-04T00:30:00Z");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path folder;
    private DataSource database;
    private AttachmentFiles files;
    private Caller zhang;

    @BeforeEach
    void database() throws Exception {
        database = CaseDatabase.in(folder).dataSource();
        files = new AttachmentFiles(database, new PeopleDirectory(), new AttachmentRules(1000, 2500,
                Set.of(FileType.values()), folder.resolve("attachments"), Duration.ofDays(7), 2000, 20),
                new TestClock(STARTED.minusSeconds(60)));
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO"
                + " PLATFORM.ACCOUNT (EMAIL, DISPLAY_NAME, ACCOUNT_KIND, EMAIL_CONFIRMED, MUST_CHANGE_PASSWORD,"
                + " ACTIVE, PREFERRED_LANGUAGE, CREATED_AT) VALUES ('zhang.wei@example.cn', '张伟', 'INNOVATOR',"
                + " TRUE, FALSE, TRUE, 'zh-CN', CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                zhang = new Caller(keys.getLong(1), null, "张伟", AccountKind.INNOVATOR, Set.of(), null, "127.0.0.1");
            }
        }
    }

    @Test
    void atStartTheFilesWithoutARowWrittenBeforeTheStartAreDeleted() throws Exception {
        Path upload = Files.createTempFile(folder, "upload-", ".part");
        Files.write(upload, PDF);
        Attachment kept = files.store(new UploadedFile("file", "材料.pdf", "application/pdf", PDF.length, upload),
                null, Set.of(), zhang);
        Path stored = onlyFile();
        Files.setLastModifiedTime(stored, FileTime.from(STARTED.minusSeconds(30)));
        Path stray = written("0badc0ffee", STARTED.minusSeconds(2));
        Path storing = written("5707e1n6", STARTED.plusSeconds(5));

        int deleted = new StrayFileSweep(database, files, new TestClock(STARTED.plusSeconds(10)), STARTED)
                .sweep(STARTED);

        assertEquals(1, deleted);
        assertFalse(Files.exists(stray), "left by the gateway that died before the commit");
        assertTrue(Files.exists(stored), "file " + kept.id() + " has its row");
        assertTrue(Files.exists(storing), "written after the start: this gateway may still commit its row");
    }

    private Path written(String name, Instant at) throws Exception {
        Path file = Files.write(folder.resolve("attachments").resolve(name), PDF);
        Files.setLastModifiedTime(file, FileTime.from(at));
        return file;
    }

    private Path onlyFile() throws Exception {
        try (var list = Files.list(folder.resolve("attachments"))) {
            return list.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }
}

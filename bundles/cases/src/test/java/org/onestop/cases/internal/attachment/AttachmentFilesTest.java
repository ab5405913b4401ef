package org.onestop.cases.internal.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.cases.internal.CaseDatabase;
import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FileType;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.platform.internal.identity.PeopleDirectory;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/** Storing, attaching and sweeping files against the platform's real schema in Derby. */
class AttachmentFilesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path folder;
    private DataSource database;
    private TestClock clock;
    private AttachmentFiles files;
    private Caller zhang;
    private Caller li;
    private long caseId;
    private long eventId;

    @BeforeEach
    void database() throws Exception {
        database = CaseDatabase.in(folder).dataSource();
        clock = new TestClock(T0);
        files = new AttachmentFiles(database, new PeopleDirectory(), rules(2000, 20), clock);
        zhang = innovator(account("zhang.wei@example.cn", "张伟"), "张伟");
        li = innovator(account("li.na@example.cn", "李娜"), "李娜");
        caseId = insert("INSERT INTO CASES.CASE_FILE (TRACKING_NUMBER, MODULE, CASE_TYPE, TITLE, STATUS, CLOSED,"
                + " APPLICANT_ID, OPENED_AT, UPDATED_AT, VERSION) VALUES ('YS-2026-000001', 'preexam', 'patent',"
                + " '一种节水灌溉装置', 'submitted', FALSE, " + zhang.accountId() + ", CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 0)");
        eventId = event();
    }

    /** The rules of these tests: 1,000 bytes a file, 2,500 a case, the given held total and uploads per hour. */
    private AttachmentRules rules(long maxHeldBytes, int perHour) {
        return new AttachmentRules(1000, 2500, Set.of(FileType.values()), folder.resolve("attachments"),
                Duration.ofDays(7), maxHeldBytes, perHour);
    }

    private static Caller innovator(long id, String name) {
        return new Caller(id, null, name, AccountKind.INNOVATOR, Set.of(), null, "127.0.0.1");
    }

    private long account(String email, String name) throws Exception {
        return insert("INSERT INTO PLATFORM.ACCOUNT (EMAIL, DISPLAY_NAME, ACCOUNT_KIND, EMAIL_CONFIRMED,"
                + " MUST_CHANGE_PASSWORD, ACTIVE, PREFERRED_LANGUAGE, CREATED_AT) VALUES ('" + email + "', '" + name
                + "', 'INNOVATOR', TRUE, FALSE, TRUE, 'zh-CN', CURRENT_TIMESTAMP)");
    }

    private long event() throws Exception {
        return insert("INSERT INTO CASES.CASE_EVENT (CASE_ID, HAPPENED_AT, KIND, FOR_APPLICANT) VALUES (" + caseId
                + ", CURRENT_TIMESTAMP, 'attachment', TRUE)");
    }

    private long insert(String sql) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private UploadedFile upload(String name, byte[] content) throws Exception {
        Path file = Files.createTempFile(folder, "upload-", ".part");
        Files.write(file, content);
        return new UploadedFile("file", name, "application/pdf", content.length, file);
    }

    private Attachment store(Caller who, byte[] content) throws Exception {
        return files.store(upload("材料.pdf", content), null, Set.of(), who);
    }

    private void link(List<Long> ids, Caller actor) throws Exception {
        Transaction.run(database, tx -> {
            files.link(tx, caseId, eventId, ids, actor);
            return null;
        });
    }

    private List<Attachment> ofCase() throws Exception {
        try (Connection c = database.getConnection()) {
            return files.ofCase(c, caseId);
        }
    }

    private long storedFiles() throws Exception {
        Path stored = folder.resolve("attachments");
        if (!Files.isDirectory(stored)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(stored)) {
            return list.count();
        }
    }

    @Test
    void aRenamedExecutableOrAnElfBinaryIsRefusedWhateverItsName() throws Exception {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};

        CaseRefusal refusal = assertThrows(CaseRefusal.class, () -> store(zhang, exe));
        assertEquals(415, refusal.status());
        assertEquals("attachment.error.type", refusal.key());
        assertEquals("PDF, PNG, JPEG", refusal.arguments()[1]);
        assertEquals(415, assertThrows(CaseRefusal.class, () -> store(zhang, elf)).status());
        assertEquals(0, storedFiles());
    }

    @Test
    void aModuleMayNarrowTheTypesAndAnOversizeFileIsRefused() throws Exception {
        CaseRefusal narrowed = assertThrows(CaseRefusal.class,
                () -> files.store(upload("scan.png", PDF), null, Set.of(FileType.PNG, FileType.JPEG), zhang));
        assertEquals("PNG, JPEG", narrowed.arguments()[1]);

        byte[] big = new byte[1001];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        CaseRefusal tooLarge = assertThrows(CaseRefusal.class, () -> store(zhang, big));
        assertEquals(413, tooLarge.status());
        assertEquals("attachment.error.tooLarge", tooLarge.key());
        assertEquals(0, storedFiles());
    }

    @Test
    void aStoredFileKeepsItsSha256AndContentUnderARandomName() throws Exception {
        Attachment stored = files.store(upload("../申请书.exe", PDF), "claims", Set.of(), zhang);

        assertEquals("申请书.pdf", stored.fileName());
        assertEquals("application/pdf", stored.mediaType());
        assertEquals(PDF.length, stored.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), stored.sha256());
        assertEquals("claims", stored.purpose());
        assertEquals(T0, stored.uploadedAt());
        assertEquals("张伟", stored.uploaderName());
        try (Connection c = database.getConnection()) {
            StoredAttachment row = files.find(c, stored.id()).orElseThrow();
            assertEquals(stored, row.attachment());
            assertTrue(row.storedName().matches("[0-9a-f]{32}"), row.storedName());
            assertNull(row.caseId());
            try (InputStream in = files.open(row)) {
                assertArrayEquals(PDF, in.readAllBytes());
            }
        }
    }

    @Test
    void linkAttachesTheActorsFilesWithTheirEvent() throws Exception {
        Attachment a = store(zhang, PDF);
        Attachment b = store(zhang, PDF);

        link(List.of(a.id(), b.id(), a.id()), zhang);

        assertEquals(List.of(a, b), ofCase());
        try (Connection c = database.getConnection()) {
            assertEquals(Map.of(eventId, List.of(a, b)), files.byEvent(c, caseId));
        }
        CaseRefusal again = assertThrows(CaseRefusal.class, () -> link(List.of(a.id()), zhang));
        assertEquals("attachment.error.attached", again.key());
    }

    @Test
    void linkRefusesAnotherAccountsFileAndChangesNothing() throws Exception {
        Attachment mine = store(zhang, PDF);
        Attachment hers = store(li, PDF);

        CaseRefusal refusal = assertThrows(CaseRefusal.class, () -> link(List.of(mine.id(), hers.id()), zhang));
        assertEquals(409, refusal.status());
        assertEquals("attachment.error.unknown", refusal.key());
        CaseRefusal unknown = assertThrows(CaseRefusal.class, () -> link(List.of(99999L), zhang));
        assertEquals("attachment.error.unknown", unknown.key(), "unknown and foreign look alike");

        assertEquals(List.of(), ofCase(), "nothing attached, not even the actor's own file");
    }

    @Test
    void aCaseHoldsNoMoreThanThePerCaseLimit() throws Exception {
        byte[] nineHundred = new byte[900];
        System.arraycopy(PDF, 0, nineHundred, 0, PDF.length);
        Attachment first = store(zhang, nineHundred);
        Attachment second = store(zhang, nineHundred);
        link(List.of(first.id(), second.id()), zhang);
        Attachment third = store(zhang, nineHundred);

        CaseRefusal refusal = assertThrows(CaseRefusal.class, () -> link(List.of(third.id()), zhang));

        assertEquals(413, refusal.status());
        assertEquals("attachment.error.caseFull", refusal.key());
        assertEquals(2, ofCase().size());
    }

    @Test
    void filesKeptWithADraftCanBeLinkedAndAreNotSwept() throws Exception {
        long draft = insert("INSERT INTO CASES.CASE_DRAFT (ACCOUNT_ID, MODULE, CASE_TYPE, TITLE, CONTENT, SAVED_AT)"
                + " VALUES (" + zhang.accountId() + ", 'preexam', 'patent', '草稿', '{}', CURRENT_TIMESTAMP)");
        Attachment kept = store(zhang, PDF);
        Attachment dropped = store(zhang, PDF);
        Transaction.run(database, tx -> {
            files.keepWithDraft(tx, draft, List.of(kept.id(), dropped.id()), zhang);
            files.keepWithDraft(tx, draft, List.of(kept.id()), zhang);
            return null;
        });
        assertThrows(CaseRefusal.class, () -> Transaction.run(database, tx -> {
            files.keepWithDraft(tx, draft, List.of(kept.id()), li);
            return null;
        }), "another account's draft");

        clock.advance(Duration.ofDays(8));
        assertEquals(1, new HeldFileSweep(database, files, clock).sweep(), "only the file dropped from the draft");

        link(List.of(kept.id()), zhang);
        assertEquals(List.of(kept), ofCase());
    }

    @Test
    void theSweepDeletesFilesHeldLongerThanSevenDaysRowAndFile() throws Exception {
        Attachment attached = store(zhang, PDF);
        link(List.of(attached.id()), zhang);
        Attachment old = store(zhang, PDF);
        clock.advance(Duration.ofDays(6));
        Attachment recent = store(li, PDF);
        HeldFileSweep sweep = new HeldFileSweep(database, files, clock);

        assertEquals(0, sweep.sweep());
        clock.advance(Duration.ofDays(2));
        assertEquals(1, sweep.sweep());

        try (Connection c = database.getConnection()) {
            assertFalse(files.find(c, old.id()).isPresent());
            assertTrue(files.find(c, recent.id()).isPresent());
            assertTrue(files.find(c, attached.id()).isPresent());
        }
        assertEquals(2, storedFiles(), "the old file's content is gone too");
    }

    @Test
    void anAccountHoldsNoMoreThanItsHeldTotalAndAttachingMakesRoom() throws Exception {
        byte[] eightHundred = new byte[800];
        System.arraycopy(PDF, 0, eightHundred, 0, PDF.length);
        Attachment first = store(zhang, eightHundred);
        store(zhang, eightHundred);

        CaseRefusal full = assertThrows(CaseRefusal.class, () -> store(zhang, eightHundred));
        assertEquals(413, full.status());
        assertEquals("attachment.error.heldFull", full.key());
        assertEquals(2, countRows(zhang), "nothing stored of the refused file");
        assertEquals(2, storedFiles(), "and no copy of it left in the folder");
        store(li, eightHundred); // another account has its own total

        link(List.of(first.id()), zhang);
        store(zhang, eightHundred); // attached files are not held any more
    }

    @Test
    void anAccountUploadsNoMoreThanItsNumberPerHourAndIsToldWhenItMayAgain() throws Exception {
        files = new AttachmentFiles(database, new PeopleDirectory(), rules(1_000_000, 3), clock);
        store(zhang, PDF);
        clock.advance(Duration.ofMinutes(20));
        List<Attachment> two = files.storeAll(List.of(upload("a.pdf", PDF), upload("b.pdf", PDF)), null, Set.of(),
                zhang);
        assertEquals(2, two.size());

        org.onestop.api.module.Refusal tooMany = assertThrows(
                org.onestop.api.module.Refusal.class, () -> store(zhang, PDF));
        assertEquals(429, tooMany.status());
        assertEquals("attachment.error.tooMany", tooMany.key());
        assertEquals(Duration.ofMinutes(40), tooMany.retryAfter(), "when the first upload is an hour old");
        assertEquals(List.of(3, 40L), List.of(tooMany.arguments()));
        store(li, PDF); // another account counts its own

        clock.advance(Duration.ofMinutes(40));
        store(zhang, PDF);
        assertThrows(org.onestop.api.module.Refusal.class,
                () -> files.storeAll(List.of(upload("c.pdf", PDF), upload("d.pdf", PDF)), null, Set.of(), zhang),
                "two more would make four in the hour");
    }

    @Test
    void aPdfThatRunsAScriptWhenOpenedIsStoredWithItsFlag() throws Exception {
        byte[] script = ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n"
                + "3 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj\n").getBytes(StandardCharsets.ISO_8859_1);
        Attachment flagged = store(zhang, script);
        assertEquals(List.of("JavaScript", "OpenAction"), flagged.activeContent());
        try (Connection c = database.getConnection()) {
            assertEquals(List.of("JavaScript", "OpenAction"), files.find(c, flagged.id()).orElseThrow().attachment()
                    .activeContent(), "kept with the file");
        }
        assertEquals(List.of(), store(zhang, PDF).activeContent());
    }

    private int countRows(Caller who) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM CASES.CASE_ATTACHMENT WHERE UPLOADER_ID = "
                        + who.accountId())) {
            rows.next();
            return rows.getInt(1);
        }
    }
}

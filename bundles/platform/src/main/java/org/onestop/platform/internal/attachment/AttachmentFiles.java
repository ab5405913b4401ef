package org.onestop.platform.internal.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FileType;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.identity.Caller;
import org.onestop.platform.internal.GatewayPaths;
import org.onestop.platform.internal.audit.ChainedAuditTrail;
import org.onestop.platform.internal.audit.UtcColumns;
import org.onestop.platform.internal.cases.CaseFileLinks;
import org.onestop.platform.internal.db.Transaction;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The stored files of {@code PLATFORM.CASE_ATTACHMENT} and the folder that holds them. A file is checked (its
 * content one of the accepted types, its size within the limit), copied under a random name while its SHA-256 is
 * computed, and held for its uploader; then kept with one of the uploader's drafts or linked to a case with the
 * timeline event it came with, as long as the case's files stay within the per-case limit. Refusals are
 * {@link CaseRefusal}s whose keys start {@code attachment.error.}. Configuration {@value AttachmentConfig#PID}.
 */
@Component(service = {AttachmentFiles.class, CaseFileLinks.class}, immediate = true, configurationPid = AttachmentConfig.PID)
@Designate(ocd = AttachmentConfig.class)
public final class AttachmentFiles implements CaseFileLinks {

    static final int PURPOSE_MAX = 40;
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An uploaded file found acceptable, with its type and safe name, ready to be stored. */
    public record Checked(UploadedFile file, FileType type, String fileName) {
    }

    private final DataSource database;
    private final AttachmentRules rules;
    private final Clock clock;

    @Activate
    public AttachmentFiles(@Reference(target = ChainedAuditTrail.DATABASE) DataSource database,
            BundleContext context, AttachmentConfig config) {
        this(database, AttachmentRules.of(config, GatewayPaths.of(context)), Clock.systemUTC());
    }

    public AttachmentFiles(DataSource database, AttachmentRules rules, Clock clock) {
        this.database = database;
        this.rules = rules;
        this.clock = clock;
    }

    public AttachmentRules rules() {
        return rules;
    }

    /**
     * Checks an uploaded file: refuses (415) content that is none of {@code accepted} (narrowed to the configured
     * types; all of them when empty) and (413) a file over the per-file limit.
     */
    public Checked check(UploadedFile file, Set<FileType> accepted) throws IOException {
        Set<FileType> allowed = rules.narrowedTo(accepted);
        String shown = file.fileName() == null ? "" : file.fileName();
        if (file.size() > rules.maxFileBytes() || Files.size(file.content()) > rules.maxFileBytes()) {
            throw new CaseRefusal(413, "attachment.error.tooLarge", shown,
                    AttachmentRules.megabytes(rules.maxFileBytes()));
        }
        Optional<FileType> type = FileContent.typeOf(file.content());
        if (type.isEmpty() || !allowed.contains(type.get())) {
            throw new CaseRefusal(415, "attachment.error.type", shown, AttachmentRules.named(allowed));
        }
        return new Checked(file, type.get(), FileNames.sanitise(file.fileName(), type.get()));
    }

    /** Checks and stores a file, held for {@code uploader}, in a transaction of its own. */
    public Attachment store(UploadedFile file, String purpose, Set<FileType> accepted, Caller uploader)
            throws IOException, SQLException {
        Checked checked = check(file, accepted);
        StoredAttachment[] stored = new StoredAttachment[1];
        try {
            Transaction.run(database, tx -> stored[0] = store(tx, checked, purpose, uploader));
        } catch (SQLException | RuntimeException e) {
            discard(stored[0]);
            throw e;
        }
        return stored[0].attachment();
    }

    /**
     * Copies a checked file into the folder and inserts its row, held for {@code uploader}, in {@code tx}. If the
     * transaction is then rolled back, the caller {@linkplain #discard discards} the copy.
     */
    public StoredAttachment store(Connection tx, Checked checked, String purpose, Caller uploader)
            throws SQLException {
        if (!uploader.signedIn()) {
            throw new CaseRefusal(403, "error.403.detail");
        }
        String kept = purpose(purpose);
        String storedName = HexFormat.of().formatHex(randomBytes());
        Path target = rules.folder().resolve(storedName);
        String sha256;
        long size;
        try {
            Files.createDirectories(rules.folder());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(checked.file().content()), digest);
                    OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                size = in.transferTo(out);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            deleteQuietly(target);
            throw new SQLException("The file could not be stored: " + e, e);
        }
        Instant now = UtcColumns.storable(clock.instant());
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO PLATFORM.CASE_ATTACHMENT (UPLOADER_ID,"
                + " FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256, PURPOSE, STORED_NAME, UPLOADED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, uploader.accountId());
            insert.setString(2, checked.fileName());
            insert.setString(3, checked.type().mediaType());
            insert.setLong(4, size);
            insert.setString(5, sha256);
            insert.setString(6, kept);
            insert.setString(7, storedName);
            UtcColumns.set(insert, 8, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                Attachment attachment = new Attachment(keys.getLong(1), checked.fileName(),
                        checked.type().mediaType(), size, sha256, kept, now, uploader.displayName());
                return new StoredAttachment(attachment, null, null, null, null, uploader.accountId(), storedName);
            }
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /** Deletes the copies of files whose rows were rolled back; null entries are skipped. */
    public void discard(StoredAttachment... files) {
        for (StoredAttachment file : files) {
            if (file != null) {
                deleteQuietly(rules.folder().resolve(file.storedName()));
            }
        }
    }

    /**
     * Attaches files to a case with the timeline event they came with, in the caller's transaction. Each file must
     * be held by {@code actor} (or kept with a draft of theirs) and not attached yet, and the case's files must stay
     * within the per-case limit; otherwise the whole call is refused (409, 413) and the caller rolls back.
     */
    @Override
    public void link(Connection tx, long caseId, long eventId, List<Long> ids, Caller actor) throws SQLException {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        long adding = 0;
        for (long id : distinct) {
            adding += held(tx, id, actor);
        }
        try (PreparedStatement sum = tx.prepareStatement(
                "SELECT COALESCE(SUM(SIZE_BYTES), 0) FROM PLATFORM.CASE_ATTACHMENT WHERE CASE_ID = ?")) {
            sum.setLong(1, caseId);
            try (ResultSet rows = sum.executeQuery()) {
                rows.next();
                if (rows.getLong(1) + adding > rules.maxCaseBytes()) {
                    throw new CaseRefusal(413, "attachment.error.caseFull",
                            AttachmentRules.megabytes(rules.maxCaseBytes()));
                }
            }
        }
        try (PreparedStatement update = tx.prepareStatement("UPDATE PLATFORM.CASE_ATTACHMENT SET CASE_ID = ?,"
                + " EVENT_ID = ?, DRAFT_ID = NULL WHERE ID = ? AND CASE_ID IS NULL")) {
            for (long id : distinct) {
                update.setLong(1, caseId);
                update.setLong(2, eventId);
                update.setLong(3, id);
                if (update.executeUpdate() != 1) {
                    throw CaseRefusal.conflict("attachment.error.attached", id);
                }
            }
        }
    }

    /**
     * Keeps files with a draft of {@code actor}, in the caller's transaction: exactly {@code ids} are kept with it
     * afterwards (files it kept before and not listed are held again, swept after the held time).
     */
    @Override
    public void keepWithDraft(Connection tx, long draftId, List<Long> ids, Caller actor) throws SQLException {
        try (PreparedStatement owner = tx.prepareStatement("SELECT ACCOUNT_ID FROM PLATFORM.CASE_DRAFT WHERE ID = ?")) {
            owner.setLong(1, draftId);
            try (ResultSet rows = owner.executeQuery()) {
                if (!rows.next() || rows.getLong(1) != actor.accountId()) {
                    throw CaseRefusal.conflict("attachment.error.draft", draftId);
                }
            }
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        for (long id : distinct) {
            held(tx, id, actor);
        }
        try (PreparedStatement release = tx.prepareStatement("UPDATE PLATFORM.CASE_ATTACHMENT SET DRAFT_ID = NULL"
                + " WHERE DRAFT_ID = ? AND CASE_ID IS NULL");
                PreparedStatement keep = tx.prepareStatement("UPDATE PLATFORM.CASE_ATTACHMENT SET DRAFT_ID = ?"
                        + " WHERE ID = ? AND CASE_ID IS NULL")) {
            release.setLong(1, draftId);
            release.executeUpdate();
            for (long id : distinct) {
                keep.setLong(1, draftId);
                keep.setLong(2, id);
                keep.executeUpdate();
            }
        }
    }

    /**
     * The size of file {@code id} if it is held by {@code actor} or kept with a draft of theirs; refuses (409) a
     * file that does not exist or is someone else's alike, so as not to tell them apart, and one already attached.
     */
    private static long held(Connection tx, long id, Caller actor) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT A.CASE_ID, A.UPLOADER_ID, D.ACCOUNT_ID,"
                + " A.SIZE_BYTES FROM PLATFORM.CASE_ATTACHMENT A LEFT JOIN PLATFORM.CASE_DRAFT D"
                + " ON D.ID = A.DRAFT_ID WHERE A.ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                boolean mine = rows.next() && actor.signedIn() && (rows.getLong(2) == actor.accountId()
                        || rows.getLong(3) == actor.accountId());
                if (!mine) {
                    throw CaseRefusal.conflict("attachment.error.unknown", id);
                }
                rows.getLong(1);
                if (!rows.wasNull()) {
                    throw CaseRefusal.conflict("attachment.error.attached", id);
                }
                return rows.getLong(4);
            }
        }
    }

    /** The files attached to a case by the timeline event they came with. */
    @Override
    public Map<Long, List<Attachment>> byEvent(Connection connection, long caseId) throws SQLException {
        return AttachmentRows.byEvent(connection, caseId);
    }

    /** The files attached to a case, in the order stored. */
    public List<Attachment> ofCase(Connection connection, long caseId) throws SQLException {
        return AttachmentRows.ofCase(connection, caseId).stream().map(StoredAttachment::attachment).toList();
    }

    public Optional<StoredAttachment> find(Connection connection, long id) throws SQLException {
        return AttachmentRows.find(connection, id);
    }

    /** The content of a stored file; the caller closes the stream. */
    public InputStream open(StoredAttachment row) throws IOException {
        if (!STORED_NAME.matcher(row.storedName()).matches()) {
            throw new IOException("Not a stored file's name: " + row.storedName());
        }
        return Files.newInputStream(rules.folder().resolve(row.storedName()));
    }

    /** A purpose as given, stripped; null when blank; refused (400) when too long or holding control characters. */
    static String purpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return null;
        }
        String kept = purpose.strip();
        if (kept.length() > PURPOSE_MAX || kept.chars().anyMatch(Character::isISOControl)) {
            throw new CaseRefusal(400, "attachment.error.purpose", PURPOSE_MAX);
        }
        return kept;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for an operator; the row that would name it does not exist
        }
    }
}

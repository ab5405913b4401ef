package org.onestop.cases.internal.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.onestop.api.identity.People;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.onestop.cases.internal.cases.CaseFileLinks;
import org.onestop.cases.internal.cases.CaseTables;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The stored files of {@code CASES.CASE_ATTACHMENT} and the folder that holds them. A file is checked (its
 * content one of the accepted types, its size within the limit, a PDF read for active content, which is flagged),
 * counted against its uploader's allowance ({@link UploadAllowance}), copied under a random name while its SHA-256
 * is computed (and forced to the disk, {@link SyncedCopy}, before the commit that acknowledges it), and held for its
 * uploader; then kept with one of the uploader's drafts or linked to a case with the timeline event it came with, as long as the case's files stay within the per-case limit. Refusals are
 * {@link CaseRefusal}s whose keys start {@code attachment.error.} (a 429 for too many uploads is an identity
 * {@code Refusal}, for its {@code Retry-After}). Configuration {@value AttachmentConfig#PID}.
 */
@Component(service = {AttachmentFiles.class, CaseFileLinks.class}, immediate = true, configurationPid = AttachmentConfig.PID)
@Designate(ocd = AttachmentConfig.class)
public final class AttachmentFiles implements CaseFileLinks {

    static final int PURPOSE_MAX = 40;
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An uploaded file found acceptable, with its type, safe name and the active content found in it. */
    public record Checked(UploadedFile file, FileType type, String fileName, List<String> activeContent) {
    }

    private final DataSource database;
    private final AttachmentRules rules;
    private final AttachmentRows rows;
    private final Clock clock;

    @Activate
    public AttachmentFiles(@Reference(target = CaseTables.DATA_SOURCE) DataSource database, @Reference People people,
            BundleContext context, AttachmentConfig config) {
        this(database, people, AttachmentRules.of(config, GatewayPaths.of(context)), Clock.systemUTC());
    }

    public AttachmentFiles(DataSource database, People people, AttachmentRules rules, Clock clock) {
        this.database = database;
        this.rows = new AttachmentRows(people);
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
        List<String> active = type.get() == FileType.PDF ? List.copyOf(new java.util.TreeSet<>(
                PdfActiveContent.of(file.content()))) : List.of();
        return new Checked(file, type.get(), FileNames.sanitise(file.fileName(), type.get()), active);
    }

    /** Checks and stores a file, held for {@code uploader}, in a transaction of its own. */
    public Attachment store(UploadedFile file, String purpose, Set<FileType> accepted, Caller uploader)
            throws IOException, SQLException {
        return storeAll(List.of(file), purpose, accepted, uploader).get(0);
    }

    /**
     * Checks files and stores them, held for {@code uploader}, in one transaction: all of them or, when one is
     * refused (type, size, the uploader's hourly number or held total), none.
     */
    public List<Attachment> storeAll(List<UploadedFile> files, String purpose, Set<FileType> accepted,
            Caller uploader) throws IOException, SQLException {
        List<Checked> checked = new ArrayList<>();
        for (UploadedFile file : files) {
            checked.add(check(file, accepted));
        }
        purpose(purpose);
        List<StoredAttachment> stored = new ArrayList<>();
        try {
            new UnitOfWork(database).call(tx -> {
                allow(tx, uploader, checked, true);
                for (Checked one : checked) {
                    stored.add(store(tx, one, purpose, uploader));
                }
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            discard(stored.toArray(StoredAttachment[]::new));
            throw e;
        }
        return stored.stream().map(StoredAttachment::attachment).toList();
    }

    /**
     * Refuses, in {@code tx}, files {@code uploader} may not store now: over the hourly number of uploads (429) or,
     * for files to be {@code held}, over the account's held total (413).
     */
    public void allow(Connection tx, Caller uploader, List<Checked> files, boolean held) throws SQLException {
        if (!uploader.signedIn()) {
            throw new CaseRefusal(403, "error.403.detail");
        }
        long bytes = 0;
        for (Checked file : files) {
            bytes += file.file().size();
        }
        UploadAllowance.check(tx, rules, uploader, files.size(), bytes, held, clock.instant());
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
            try (InputStream in = new DigestInputStream(Files.newInputStream(checked.file().content()), digest)) {
                size = SyncedCopy.copy(in, target); // on the disk before the commit that acknowledges it
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            deleteQuietly(target);
            throw new SQLException("The file could not be stored: " + e, e);
        }
        Instant now = UtcColumns.storable(clock.instant());
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CASES.CASE_ATTACHMENT (UPLOADER_ID,"
                + " FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256, PURPOSE, STORED_NAME, UPLOADED_AT, ACTIVE_CONTENT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, uploader.accountId());
            insert.setString(2, checked.fileName());
            insert.setString(3, checked.type().mediaType());
            insert.setLong(4, size);
            insert.setString(5, sha256);
            insert.setString(6, kept);
            insert.setString(7, storedName);
            UtcColumns.set(insert, 8, now);
            insert.setString(9, checked.activeContent().isEmpty() ? null : String.join(",", checked.activeContent()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                Attachment attachment = new Attachment(keys.getLong(1), checked.fileName(),
                        checked.type().mediaType(), size, sha256, kept, now, uploader.displayName(),
                        checked.activeContent());
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

    /** Attaches held files to a case ({@link FileLinks#link}), within the per-case limit. */
    @Override
    public void link(Connection tx, long caseId, long eventId, List<Long> ids, Caller actor) throws SQLException {
        FileLinks.link(tx, rules.maxCaseBytes(), caseId, eventId, ids, actor);
    }

    /** Keeps files with a draft ({@link FileLinks#keepWithDraft}). */
    @Override
    public void keepWithDraft(Connection tx, long draftId, List<Long> ids, Caller actor) throws SQLException {
        FileLinks.keepWithDraft(tx, draftId, ids, actor);
    }

    /** The files attached to a case by the timeline event they came with. */
    @Override
    public Map<Long, List<Attachment>> byEvent(Connection connection, long caseId) throws SQLException {
        return rows.byEvent(connection, caseId);
    }

    /** The files attached to a case, in the order stored. */
    public List<Attachment> ofCase(Connection connection, long caseId) throws SQLException {
        return rows.ofCase(connection, caseId).stream().map(StoredAttachment::attachment).toList();
    }

    public Optional<StoredAttachment> find(Connection connection, long id) throws SQLException {
        return rows.find(connection, id);
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

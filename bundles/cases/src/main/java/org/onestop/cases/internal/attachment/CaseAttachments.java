package org.onestop.cases.internal.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FileType;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.identity.Caller;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.cases.internal.cases.CaseEngine;
import org.onestop.cases.internal.cases.CaseTables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The attachment store as modules see it ({@link Attachments}): files stored by {@link AttachmentFiles} are
 * attached to a case with an {@code attachment} event on its timeline. A file is read by the case's applicant and
 * the staff who may see the case ({@link CaseEngine#visible}), and, before it is attached, by its uploader alone;
 * to anyone else it does not exist (404).
 */
@Component(service = {Attachments.class, CaseAttachments.class}, immediate = true)
public final class CaseAttachments implements Attachments {

    private final DataSource database;
    private final CaseEngine engine;
    private final AttachmentFiles files;

    @Activate
    public CaseAttachments(@Reference(target = CaseTables.DATA_SOURCE) DataSource database,
            @Reference CaseEngine engine, @Reference AttachmentFiles files) {
        this.database = database;
        this.engine = engine;
        this.files = files;
    }

    @Override
    public Attachment store(UploadedFile file, String purpose, Set<FileType> accepted, Caller uploader)
            throws IOException, SQLException {
        return files.store(file, purpose, accepted, uploader);
    }

    @Override
    public void attach(Connection transaction, String trackingNumber, List<Long> attachmentIds, Caller actor)
            throws SQLException {
        if (attachmentIds.isEmpty()) {
            return;
        }
        CaseFile file = visible(transaction, trackingNumber, actor);
        long event = engine.filesAdded(transaction, file, attachmentIds.size(), actor);
        files.link(transaction, file.id(), event, attachmentIds, actor);
    }

    /**
     * Stores uploaded files and attaches them to a case in one transaction: every file is checked before any is
     * stored, so that a refused one leaves the case as it was.
     */
    public List<Attachment> attachUploads(String trackingNumber, List<UploadedFile> uploads, String purpose,
            Caller actor) throws IOException, SQLException {
        if (uploads.isEmpty()) {
            throw new CaseRefusal(400, "attachment.error.noFile");
        }
        List<AttachmentFiles.Checked> checked = new ArrayList<>();
        for (UploadedFile upload : uploads) {
            checked.add(files.check(upload, Set.of()));
        }
        AttachmentFiles.purpose(purpose);
        List<StoredAttachment> stored = new ArrayList<>();
        try {
            new UnitOfWork(database).call(tx -> {
                CaseFile file = visible(tx, trackingNumber, actor);
                files.allow(tx, actor, checked, false);
                for (AttachmentFiles.Checked one : checked) {
                    stored.add(files.store(tx, one, purpose, actor));
                }
                long event = engine.filesAdded(tx, file, stored.size(), actor);
                files.link(tx, file.id(), event, stored.stream().map(StoredAttachment::id).toList(), actor);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            files.discard(stored.toArray(StoredAttachment[]::new));
            throw e;
        }
        return stored.stream().map(StoredAttachment::attachment).toList();
    }

    @Override
    public List<Attachment> of(String trackingNumber, Caller viewer) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return files.ofCase(connection, visible(connection, trackingNumber, viewer).id());
        }
    }

    @Override
    public InputStream read(long attachmentId, Caller viewer) throws IOException, SQLException {
        StoredAttachment row = readable(attachmentId, viewer)
                .orElseThrow(() -> new CaseRefusal(404, "attachment.error.notFound", attachmentId));
        return files.open(row);
    }

    /** A stored file if {@code viewer} may read it. */
    public Optional<StoredAttachment> readable(long attachmentId, Caller viewer) throws SQLException {
        if (!viewer.signedIn()) {
            return Optional.empty();
        }
        try (Connection connection = database.getConnection()) {
            Optional<StoredAttachment> row = files.find(connection, attachmentId);
            if (row.isEmpty()) {
                return row;
            }
            boolean may = row.get().caseId() == null ? row.get().uploaderId() == viewer.accountId()
                    : engine.visible(connection, row.get().trackingNumber(), viewer).isPresent();
            return may ? row : Optional.empty();
        }
    }

    /** The content of a stored file found {@link #readable}. */
    public InputStream open(StoredAttachment row) throws IOException {
        return files.open(row);
    }

    /** The case if {@code viewer} may see it; refused as not found (404) otherwise. */
    private CaseFile visible(Connection connection, String trackingNumber, Caller viewer) throws SQLException {
        return engine.visible(connection, trackingNumber, viewer)
                .orElseThrow(() -> new CaseRefusal(404, "attachment.error.noCase", trackingNumber));
    }
}

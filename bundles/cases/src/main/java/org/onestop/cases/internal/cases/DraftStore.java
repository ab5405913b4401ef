package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Draft;
import org.onestop.api.cases.Drafts;
import org.onestop.api.identity.Caller;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Drafts in {@code CASES.CASE_DRAFT}, each seen and changed only by the applicant who saved it; the files stored
 * for a draft stay with it until the case is opened from it or the draft is discarded.
 */
@Component(service = {Drafts.class, DraftStore.class}, immediate = true)
public final class DraftStore implements Drafts {

    static final int CONTENT_MAX = 32000;
    static final int TITLE_MAX = 200;
    static final int DRAFTS_MAX = 50;

    private final DataSource database;
    private final CaseFileLinks files;
    private final Clock clock;

    @Activate
    public DraftStore(@Reference(target = CaseTables.DATA_SOURCE) DataSource database,
            @Reference CaseFileLinks files) {
        this(database, files, Clock.systemUTC());
    }

    public DraftStore(DataSource database, CaseFileLinks files, Clock clock) {
        this.database = database;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public Draft save(Draft draft, Caller owner) throws SQLException {
        if (!owner.innovator()) {
            throw new CaseRefusal(403, "case.refused.notApplicant");
        }
        String title = draft.title() == null || draft.title().isBlank() ? "-" : draft.title().strip();
        String content = draft.content() == null ? "" : draft.content();
        if (title.length() > TITLE_MAX || content.length() > CONTENT_MAX) {
            throw new CaseRefusal(413, "case.refused.draftSize", CONTENT_MAX);
        }
        Instant now = UtcColumns.storable(clock.instant());
        return new UnitOfWork(database).call(tx -> {
            long id;
            if (draft.id() == null) {
                if (mine(tx, draft.module(), owner).size() >= DRAFTS_MAX) {
                    throw CaseRefusal.conflict("case.refused.draftCount", DRAFTS_MAX);
                }
                try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CASES.CASE_DRAFT (ACCOUNT_ID,"
                        + " MODULE, CASE_TYPE, TITLE, CONTENT, SAVED_AT) VALUES (?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setLong(1, owner.accountId());
                    insert.setString(2, draft.module());
                    insert.setString(3, draft.caseType());
                    insert.setString(4, title);
                    insert.setString(5, content);
                    UtcColumns.set(insert, 6, now);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                id = draft.id();
                try (PreparedStatement update = tx.prepareStatement("UPDATE CASES.CASE_DRAFT SET TITLE = ?,"
                        + " CONTENT = ?, SAVED_AT = ? WHERE ID = ? AND ACCOUNT_ID = ?")) {
                    update.setString(1, title);
                    update.setString(2, content);
                    UtcColumns.set(update, 3, now);
                    update.setLong(4, id);
                    update.setLong(5, owner.accountId());
                    if (update.executeUpdate() == 0) {
                        throw new CaseRefusal(404, "case.refused.draftNotFound");
                    }
                }
            }
            if (!draft.attachmentIds().isEmpty()) {
                files.keepWithDraft(tx, id, draft.attachmentIds(), owner);
            }
            return read(tx, id, owner).orElseThrow();
        });
    }

    @Override
    public Optional<Draft> find(long id, Caller owner) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return read(connection, id, owner);
        }
    }

    @Override
    public List<Draft> mine(String module, Caller owner) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return mine(connection, module, owner);
        }
    }

    @Override
    public void discard(long id, Caller owner) throws SQLException {
        new UnitOfWork(database).call(tx -> {
            delete(tx, id, owner);
            return null;
        });
    }

    /** Deletes one of {@code owner}'s drafts inside a transaction; its files go back to being held for the owner. */
    static void delete(Connection tx, long id, Caller owner) throws SQLException {
        try (PreparedStatement release = tx.prepareStatement("UPDATE CASES.CASE_ATTACHMENT SET DRAFT_ID = NULL"
                + " WHERE DRAFT_ID = ? AND UPLOADER_ID = ?")) {
            release.setLong(1, id);
            release.setLong(2, owner.accountId());
            release.executeUpdate();
        }
        try (PreparedStatement delete = tx.prepareStatement(
                "DELETE FROM CASES.CASE_DRAFT WHERE ID = ? AND ACCOUNT_ID = ?")) {
            delete.setLong(1, id);
            delete.setLong(2, owner.accountId());
            if (delete.executeUpdate() == 0) {
                throw new CaseRefusal(404, "case.refused.draftNotFound");
            }
        }
    }

    private static List<Draft> mine(Connection connection, String module, Caller owner) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID FROM CASES.CASE_DRAFT"
                + " WHERE ACCOUNT_ID = ? AND MODULE = ? ORDER BY SAVED_AT DESC, ID DESC")) {
            select.setLong(1, owner.accountId());
            select.setString(2, module);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (long id : ids) {
            read(connection, id, owner).ifPresent(drafts::add);
        }
        return drafts;
    }

    private static Optional<Draft> read(Connection connection, long id, Caller owner) throws SQLException {
        Draft draft;
        try (PreparedStatement select = connection.prepareStatement("SELECT MODULE, CASE_TYPE, TITLE, CONTENT,"
                + " SAVED_AT FROM CASES.CASE_DRAFT WHERE ID = ? AND ACCOUNT_ID = ?")) {
            select.setLong(1, id);
            select.setLong(2, owner.accountId());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                draft = new Draft(id, row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        List.of(), UtcColumns.get(row, 5));
            }
        }
        List<Long> attachments = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID FROM CASES.CASE_ATTACHMENT"
                + " WHERE DRAFT_ID = ? AND CASE_ID IS NULL ORDER BY ID")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    attachments.add(rows.getLong(1));
                }
            }
        }
        return Optional.of(new Draft(draft.id(), draft.module(), draft.caseType(), draft.title(), draft.content(),
                attachments, draft.savedAt()));
    }
}

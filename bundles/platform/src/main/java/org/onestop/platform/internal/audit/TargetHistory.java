package org.onestop.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditHistory;
import org.onestop.api.i18n.Language;
import org.onestop.platform.internal.db.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The entries of the audit trail about one target, newest first, in the words of the operators' audit page. */
@Component(service = AuditHistory.class, immediate = true)
public final class TargetHistory implements AuditHistory {

    private final DataSource database;
    private final AuditWords words;

    @Activate
    public TargetHistory(@Reference(target = Database.PLATFORM) DataSource database, @Reference AuditWords words) {
        this.database = database;
        this.words = words;
    }

    @Override
    public List<Line> about(String target, int max, Language language) throws SQLException {
        List<RecordedEntry> entries = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT SEQ, RECORDED_AT, ACTOR, ACTION,"
                        + " TARGET, CLIENT_ADDRESS, DETAIL, PREVIOUS_HASH, ENTRY_HASH FROM PLATFORM.AUDIT_ENTRY"
                        + " WHERE TARGET = ? ORDER BY SEQ DESC FETCH FIRST ? ROWS ONLY")) {
            select.setString(1, target);
            select.setInt(2, Math.max(1, max));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(TrailSearch.entry(rows));
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (AuditLine line : words.lines(entries, language)) {
            lines.add(new Line(line.time(), line.actorName(), line.actionLabel() == null ? line.action()
                    : line.actionLabel(), line.detail()));
        }
        return lines;
    }
}

package org.onestop.cnipa.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The patent fee schedule staff keep (table {@code CNIPA.FEE}): every fee in order, and a supervisor's change of a
 * fee's amount, its source and the source's date, recorded in the audit trail ({@code cnipa.fees.changed}) in the
 * same transaction.
 */
@Component(service = FeeSchedule.class)
public final class FeeSchedule {

    static final String CHANGED = "cnipa.fees.changed";
    private static final String COLUMNS = "KIND, PATENT_TYPE, FIRST_YEAR, LAST_YEAR, AMOUNT_FEN, REDUCIBLE, CONFIRMED,"
            + " SOURCE_ZH, SOURCE_EN, SOURCE_DATE, CHANGED_AT, CHANGED_BY";

    private final DataSource database;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public FeeSchedule(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=CNIPA)") DataSource database,
            @Reference AuditTrail audit) {
        this(database, audit, Clock.systemUTC());
    }

    FeeSchedule(DataSource database, AuditTrail audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every fee: by kind of fee, kind of patent and band of years. */
    List<FeeScheduleEntry> all() throws SQLException {
        return new UnitOfWork(database).call(this::all);
    }

    private List<FeeScheduleEntry> all(Connection tx) throws SQLException {
        List<FeeScheduleEntry> all = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COLUMNS + " FROM CNIPA.FEE");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                all.add(new FeeScheduleEntry(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                        rows.getLong(5), rows.getInt(6) == 1, rows.getInt(7) == 1, rows.getString(8),
                        rows.getString(9), rows.getDate(10).toLocalDate(), UtcColumns.get(rows, 11), rows.getString(12)));
            }
        }
        all.sort(Comparator.comparingInt((FeeScheduleEntry f) -> FeeRules.KINDS.indexOf(f.kind()))
                .thenComparingInt(f -> FeeRules.TYPES.indexOf(f.type())).thenComparingInt(FeeScheduleEntry::firstYear));
        return all;
    }

    /**
     * Changes the fee named {@code key} ({@link FeeScheduleEntry#key()}): its amount in yuan, its source in both
     * languages and the source's date; the figure then counts as confirmed. A refusal (422) names each field at fault;
     * 404 when there is no such fee.
     */
    FeeScheduleEntry change(String key, String yuan, String sourceZh, String sourceEn, String sourceDate,
            Caller caller) throws SQLException {
        Map<String, String> errors = new LinkedHashMap<>();
        long fen = FeeRules.fen(yuan);
        if (fen < 0) {
            errors.put("amount", "cnipa.fees.error.amount");
        }
        String zh = FeeRules.trim(sourceZh);
        String en = FeeRules.trim(sourceEn);
        if (zh.isEmpty() || zh.length() > 300) {
            errors.put("sourceZh", "cnipa.fees.error.source");
        }
        if (en.isEmpty() || en.length() > 300) {
            errors.put("sourceEn", "cnipa.fees.error.source");
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(FeeRules.trim(sourceDate));
        } catch (DateTimeParseException e) {
            errors.put("sourceDate", "cnipa.fees.error.date");
        }
        FeeScheduleEntry before = all().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new Refusal(404, "cnipa.fees.error.noFee"));
        if (!errors.isEmpty()) {
            throw Refusal.invalid("cnipa.fees.error.input", errors);
        }
        LocalDate day = date;
        new UnitOfWork(database).run(tx -> {
            try (PreparedStatement update = tx.prepareStatement("UPDATE CNIPA.FEE SET AMOUNT_FEN = ?, SOURCE_ZH = ?,"
                    + " SOURCE_EN = ?, SOURCE_DATE = ?, CONFIRMED = 1, CHANGED_AT = ?, CHANGED_BY = ?"
                    + " WHERE KIND = ? AND PATENT_TYPE = ? AND FIRST_YEAR = ?")) {
                update.setLong(1, fen);
                update.setString(2, zh);
                update.setString(3, en);
                update.setDate(4, Date.valueOf(day));
                UtcColumns.set(update, 5, clock.instant());
                update.setString(6, caller.displayName());
                update.setString(7, before.kind());
                update.setString(8, before.type());
                update.setInt(9, before.firstYear());
                update.executeUpdate();
            }
            audit.record(tx, AuditEntry.by(caller, CHANGED, "fee:" + key, before.yuan() + " → "
                    + FeeRules.yuan(fen) + "; " + zh + " " + day));
        });
        return all().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}

package org.onestop.cnipa.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.onestop.cases.internal.cases.CaseTables;
import org.onestop.mail.internal.MailOutbox;
import org.onestop.platform.internal.db.Database;
import org.onestop.ratings.internal.RatingStore;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/**
 * The module on a real Derby with the schema CNIPA, the platform's, mail's, the case bundle's and the ratings' schemas
 * beside it, and a test clock at Tuesday 2026-12-01 09:00 in Shanghai. Parts add what they need at the end.
 */
final class CnipaDesk implements AutoCloseable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final TestDatabase db;
    final TestClock clock = new TestClock(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(SHANGHAI).toInstant());
    final Businesses businesses;

    CnipaDesk(Path folder) throws Exception {
        db = TestDatabase.of(folder, "CNIPA").withSchemaOf("PLATFORM", Database.class)
                .withSchemaOf("MAIL", MailOutbox.class).withSchemaOf("CASES", CaseTables.class)
                .withSchemaOf("RATINGS", RatingStore.class);
        businesses = new Businesses(db.dataSource());
    }

    List<String> column(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    @Override
    public void close() {
        db.close();
    }

    // The service catalogue: its versions, staff's edits audited on the gateway's real audit chain.

    static final org.onestop.api.identity.Caller CLERK = new org.onestop.api.identity.Caller(700,
            "clerk.wang@onestop.test", "王窗口", org.onestop.api.identity.AccountKind.STAFF,
            java.util.Set.of(org.onestop.api.identity.Role.COUNTER_CLERK), null, "127.0.0.1");

    Catalogue catalogue() {
        return new Catalogue(businesses);
    }

    CatalogueDesk catalogueDesk() {
        return new CatalogueDesk(catalogue(), new org.onestop.platform.internal.audit.ChainedAuditTrail(
                db.dataSource("PLATFORM"), clock), clock);
    }

    TemplateDesk templateDesk() {
        return new TemplateDesk(catalogue(), new TemplateFiles(), new org.onestop.platform.internal.audit
                .ChainedAuditTrail(db.dataSource("PLATFORM"), clock), clock);
    }

    // the fee calculator

    /** The fee schedule on the desk's database, its changes recorded in the platform's real audit trail. */
    FeeSchedule feeSchedule() {
        return new FeeSchedule(db.dataSource(), new org.onestop.platform.internal.audit.ChainedAuditTrail(
                db.dataSource("PLATFORM"), clock), clock);
    }
}

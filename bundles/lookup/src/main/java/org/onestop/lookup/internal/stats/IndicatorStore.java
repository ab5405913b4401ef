package org.onestop.lookup.internal.stats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.onestop.lookup.internal.LookupConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IP statistics indicators and their values in the database. A value is one per indicator, region, period and
 * kind: storing it again replaces it. On first start (empty table) the published figures the bundle ships
 * ({@code nmg-ip-indicators.csv}) are loaded.
 */
@Component(service = IndicatorStore.class, immediate = true, configurationPid = LookupConfig.PID)
public final class IndicatorStore {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorStore.class);
    private static final String COLUMNS = "CODE, NAME_ZH, NAME_EN, REGION, PERIOD, PERIOD_END, AMOUNT, UNIT, KIND,"
            + " SOURCE, SOURCE_URL";

    private final DataSource database;

    @Activate
    public IndicatorStore(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=LOOKUP)") DataSource database,
            LookupConfig config) {
        this(database);
        try {
            if (all().isEmpty()) {
                Path local = Path.of(config.seed_dir(), "nmg-ip-indicators.csv");
                try (InputStream in = !config.seed_dir().isBlank() && Files.isRegularFile(local)
                        ? Files.newInputStream(local)
                        : IndicatorStore.class.getResourceAsStream("/seed/nmg-ip-indicators.csv")) {
                    IndicatorCsv.Read read = IndicatorCsv.read("nmg-ip-indicators.csv", in);
                    put(read.values());
                    LOG.info("Loaded {} indicator values ({} lines refused)", read.values().size(),
                            read.problems().size());
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("The IP statistics indicators were not loaded: {}", e.getMessage());
        }
    }

    public IndicatorStore(DataSource database) {
        this.database = database;
    }

    /** Every value, by indicator and period. */
    public List<IndicatorValue> all() throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM INDICATOR_VALUE ORDER BY CODE, KIND, PERIOD_END, PERIOD");
                ResultSet rows = s.executeQuery()) {
            List<IndicatorValue> values = new ArrayList<>();
            while (rows.next()) {
                values.add(new IndicatorValue(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getDate(6).toLocalDate(), rows.getBigDecimal(7),
                        rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11)));
            }
            return values;
        }
    }

    /** The indicators as the dashboard groups them, in the order first published. */
    public List<Indicator> indicators() throws SQLException {
        Map<String, List<IndicatorValue>> byCode = new LinkedHashMap<>();
        List<IndicatorValue> values = new ArrayList<>(all());
        values.sort(java.util.Comparator.comparing(IndicatorValue::periodEnd));
        for (IndicatorValue v : values) {
            byCode.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v);
        }
        List<Indicator> indicators = new ArrayList<>();
        byCode.forEach((code, list) -> {
            List<IndicatorValue> actuals = list.stream().filter(v -> v.kind().equals("actual")).toList();
            IndicatorValue target = list.stream().filter(v -> v.kind().equals("target")).reduce((a, b) -> b)
                    .orElse(null);
            IndicatorValue named = list.get(list.size() - 1);
            indicators.add(new Indicator(code, named.nameZh(), named.nameEn(), named.unit(), actuals, target));
        });
        // indicators with a target first (progress is what readers look for), then the most recent figures
        indicators.sort(java.util.Comparator.comparing((Indicator i) -> i.target() == null)
                .thenComparing(i -> i.latest() == null ? java.time.LocalDate.MIN : i.latest().periodEnd(),
                        java.util.Comparator.reverseOrder()));
        return indicators;
    }

    /** Stores values in one transaction, replacing those with the same indicator, region, period and kind. */
    public void put(List<IndicatorValue> values) throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM INDICATOR_VALUE WHERE CODE = ? AND"
                    + " REGION = ? AND PERIOD = ? AND KIND = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO INDICATOR_VALUE (" + COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (IndicatorValue v : values) {
                    delete.setString(1, v.code());
                    delete.setString(2, v.region());
                    delete.setString(3, v.period());
                    delete.setString(4, v.kind());
                    delete.executeUpdate();
                    insert.setString(1, v.code());
                    insert.setString(2, v.nameZh());
                    insert.setString(3, v.nameEn());
                    insert.setString(4, v.region());
                    insert.setString(5, v.period());
                    insert.setDate(6, Date.valueOf(v.periodEnd()));
                    insert.setBigDecimal(7, v.value());
                    insert.setString(8, v.unit());
                    insert.setString(9, v.kind());
                    insert.setString(10, v.source());
                    insert.setString(11, v.sourceUrl());
                    insert.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}

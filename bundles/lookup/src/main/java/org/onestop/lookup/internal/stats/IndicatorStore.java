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
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.onestop.api.schema.SqlFailures;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.lookup.internal.Edit;
import org.onestop.lookup.internal.LookupConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IP statistics indicators and their values in the database. A value is one per indicator, region, period and
 * kind: storing it again replaces it. On first start (empty table) the published figures the bundle ships
 * ({@code nmg-ip-indicators.csv}) are loaded.
 */
@Component(service = IndicatorStore.class, immediate = true, configurationPid = LookupConfig.PID)
@Designate(ocd = LookupConfig.class)
public final class IndicatorStore {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorStore.class);
    private static final String COLUMNS = "CODE, NAME_ZH, NAME_EN, REGION, PERIOD, PERIOD_END, AMOUNT, UNIT, KIND,"
            + " SOURCE, SOURCE_URL, TOPIC";

    private final DataSource database;
    private final UnitOfWork work;

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
                    work.run(c -> store(c, read.values()));
                    LOG.info("Loaded {} indicator values ({} lines refused)", read.values().size(),
                            read.problems().size());
                }
            }
        } catch (SQLException e) {
            if (SqlFailures.duplicateKey(e)) {
                LOG.info("The IP statistics indicators: another gateway node on the same database loaded them at"
                        + " the same time");
            } else {
                LOG.error("The IP statistics indicators were not loaded: {}", e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("The IP statistics indicators were not loaded: {}", e.getMessage());
        }
    }

    public IndicatorStore(DataSource database) {
        this.database = database;
        this.work = new UnitOfWork(database);
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
                        rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11),
                        rows.getString(12)));
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
            String topic = list.stream().map(IndicatorValue::topic).filter(t -> t != null).reduce((a, b) -> b)
                    .orElse(Topics.OTHER);
            indicators.add(new Indicator(code, named.nameZh(), named.nameEn(), named.unit(), topic, actuals,
                    target));
        });
        // indicators with a target first (progress is what readers look for), then the most recent figures
        indicators.sort(java.util.Comparator.comparing((Indicator i) -> i.target() == null)
                .thenComparing(i -> i.latest() == null ? java.time.LocalDate.MIN : i.latest().periodEnd(),
                        java.util.Comparator.reverseOrder()));
        return indicators;
    }

    /** One indicator by its code. */
    public Optional<Indicator> indicator(String code) throws SQLException {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * Stores values in one transaction, replacing those with the same indicator, region, period and kind; the
     * change is audited as {@code edit} ({@code action}, e.g. {@code lookup.indicators.imported}, on {@code target}).
     */
    public void put(List<IndicatorValue> values, Edit edit, String action, String target) throws SQLException {
        work.run(c -> {
            store(c, values);
            edit.audit(c, action, target, values.size() + " values: " + values.stream()
                    .map(v -> v.code() + " " + v.period() + " " + v.kind()).distinct().limit(20)
                    .reduce((a, b) -> a + "; " + b).orElse(""));
        });
    }

    private static void store(Connection c, List<IndicatorValue> values) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM INDICATOR_VALUE WHERE CODE = ? AND"
                + " REGION = ? AND PERIOD = ? AND KIND = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO INDICATOR_VALUE (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (IndicatorValue v : values) {
                delete.setString(1, v.code());
                delete.setString(2, v.region());
                delete.setString(3, v.period());
                delete.setString(4, v.kind());
                delete.executeUpdate();
                String[] texts = {v.code(), v.nameZh(), v.nameEn(), v.region(), v.period()};
                for (int i = 0; i < texts.length; i++) {
                    insert.setString(i + 1, texts[i]);
                }
                insert.setDate(6, Date.valueOf(v.periodEnd()));
                insert.setBigDecimal(7, v.value());
                insert.setString(8, v.unit());
                insert.setString(9, v.kind());
                insert.setString(10, v.source());
                insert.setString(11, v.sourceUrl());
                insert.setString(12, v.topic());
                insert.executeUpdate();
            }
        }
    }
}

package org.onestop.lookup.internal.gi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.module.Refusal;
import org.onestop.api.schema.LikePattern;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.SqlFailures;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.lookup.internal.Edit;
import org.onestop.lookup.internal.LookupConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The geographical indications the centre tracks: listed by name, searched by words of name, area, category or
 * holder, and kept by staff. On first start (empty table) the real ones the bundle ships are loaded.
 */
@Component(service = GeoIndications.class, immediate = true, configurationPid = LookupConfig.PID)
public final class GeoIndications {

    private static final Logger LOG = LoggerFactory.getLogger(GeoIndications.class);
    private static final String COLUMNS = "ID, NAME, AREA, CATEGORY, HOLDER, REGISTRATION_NUMBER, REGISTERED_ON,"
            + " PROTECTION, NOTE";

    /** The longest search, and the most words one takes (each word is a condition of the query). */
    static final int LONGEST_QUERY = 200;
    static final int MAX_WORDS = 16;

    private final DataSource database;
    private final UnitOfWork work;

    @Activate
    public GeoIndications(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=LOOKUP)") DataSource database,
            LookupConfig config) {
        this(database);
        try {
            if (all().isEmpty()) {
                Path local = Path.of(config.seed_dir(), "geographical-indications.json");
                try (InputStream in = !config.seed_dir().isBlank() && Files.isRegularFile(local)
                        ? Files.newInputStream(local)
                        : GeoIndications.class.getResourceAsStream("/seed/geographical-indications.json")) {
                    int n = seed(in);
                    LOG.info("Loaded {} geographical indications", n);
                }
            }
        } catch (SQLException e) {
            if (SqlFailures.duplicateKey(e)) {
                LOG.info("The geographical indications: another gateway node on the same database loaded them at"
                        + " the same time");
            } else {
                LOG.error("The geographical indications were not loaded: {}", e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("The geographical indications were not loaded: {}", e.getMessage());
        }
    }

    public GeoIndications(DataSource database) {
        this.database = database;
        this.work = new UnitOfWork(database);
    }

    /** Stores the indications of a seed file (JSON array of {@link GeoIndication} without ids). */
    public int seed(InputStream json) throws IOException, SQLException {
        GeoIndication[] seeds = new ObjectMapper().registerModule(new JavaTimeModule())
                .readValue(json, GeoIndication[].class);
        try (Connection c = database.getConnection()) {
            for (GeoIndication g : seeds) {
                insert(c, g);
            }
        }
        return seeds.length;
    }

    public List<GeoIndication> all() throws SQLException {
        return search(null);
    }

    /** Indications whose name, area, category, holder or note holds every word, by name. */
    public List<GeoIndication> search(String q) throws SQLException {
        if (q != null && q.strip().length() > LONGEST_QUERY) {
            throw Refusal.badRequest("lookup.error.tooLong", new Refusal.Term("lookup.gi.search"), LONGEST_QUERY);
        }
        List<String> words = q == null ? List.of() : List.of(q.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .stream().filter(w -> !w.isEmpty()).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw Refusal.badRequest("lookup.error.words", new Refusal.Term("lookup.gi.search"), MAX_WORDS, words.size());
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM GEO_INDICATION WHERE 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND LOWER(NAME || ' ' || AREA || ' ' || CATEGORY || ' ' || COALESCE(HOLDER, '') || ' ' ||"
                    + " COALESCE(NOTE, '')) LIKE ? " + LikePattern.CLAUSE);
        }
        sql.append(" ORDER BY NAME, ID");
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < words.size(); i++) {
                s.setString(i + 1, LikePattern.containing(words.get(i)));
            }
            List<GeoIndication> found = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        }
    }

    public Optional<GeoIndication> get(int id) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM GEO_INDICATION WHERE ID = ?")) {
            s.setInt(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Stores a new indication, audited as {@code edit}, and returns it with its id. */
    public GeoIndication add(GeoIndication g, Edit edit) throws SQLException {
        int id = work.call(c -> {
            int stored = insert(c, g);
            edit.audit(c, "lookup.gi.added", "gi:" + stored, g.name());
            return stored;
        });
        return get(id).orElseThrow();
    }

    /** Replaces an indication, audited as {@code edit}; false when there is none with that id. */
    public boolean update(int id, GeoIndication g, Edit edit) throws SQLException {
        return work.call(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE GEO_INDICATION SET NAME = ?, AREA = ?,"
                    + " CATEGORY = ?, HOLDER = ?, REGISTRATION_NUMBER = ?, REGISTERED_ON = ?, PROTECTION = ?,"
                    + " NOTE = ? WHERE ID = ?")) {
                bind(s, g);
                s.setInt(9, id);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            edit.audit(c, "lookup.gi.changed", "gi:" + id, g.name());
            return true;
        });
    }

    /** Removes an indication, audited as {@code edit}; false when there is none with that id. */
    public boolean delete(int id, Edit edit) throws SQLException {
        Optional<GeoIndication> gone = get(id);
        return work.call(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM GEO_INDICATION WHERE ID = ?")) {
                s.setInt(1, id);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            edit.audit(c, "lookup.gi.removed", "gi:" + id, gone.map(GeoIndication::name).orElse(""));
            return true;
        });
    }

    private static int insert(Connection c, GeoIndication g) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO GEO_INDICATION (NAME, AREA, CATEGORY, HOLDER,"
                + " REGISTRATION_NUMBER, REGISTERED_ON, PROTECTION, NOTE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(s, g);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    private static void bind(PreparedStatement s, GeoIndication g) throws SQLException {
        s.setString(1, g.name());
        s.setString(2, g.area());
        s.setString(3, g.category());
        s.setString(4, g.holder());
        s.setString(5, g.registrationNumber());
        if (g.registeredOn() == null) {
            s.setNull(6, Types.DATE);
        } else {
            s.setDate(6, Date.valueOf(g.registeredOn()));
        }
        s.setString(7, g.protection());
        s.setString(8, g.note());
    }

    private static GeoIndication read(ResultSet rows) throws SQLException {
        Date registered = rows.getDate(7);
        return new GeoIndication(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), registered == null ? null : registered.toLocalDate(),
                rows.getString(8), rows.getString(9));
    }
}

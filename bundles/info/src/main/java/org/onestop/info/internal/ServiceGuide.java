package org.onestop.info.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.i18n.Language;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service guide: for each service of the centre, who may use it, the documents needed, the time limits and
 * the steps. Texts come in the language asked for, or in Chinese where no translation exists.
 */
@Component(service = ServiceGuide.class)
public final class ServiceGuide {

    private static final String SELECT = "SELECT g.SLUG, g.POSITION, g.MODULE, t.LANG, t.NAME, t.SUMMARY,"
            + " t.AUDIENCE, t.DOCUMENTS, t.TIME_LIMIT, t.PROCESS, t.FEE FROM GUIDE g"
            + " JOIN GUIDE_TEXT t ON t.SLUG = g.SLUG AND (t.LANG = ? OR (t.LANG = 'zh-CN' AND NOT EXISTS"
            + " (SELECT 1 FROM GUIDE_TEXT x WHERE x.SLUG = g.SLUG AND x.LANG = ?)))";

    private final DataSource database;
    private final UnitOfWork work;

    @Activate
    public ServiceGuide(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=INFO)") DataSource database) {
        this.database = database;
        this.work = new UnitOfWork(database);
    }

    public List<GuideEntry> all(Language language) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY g.POSITION, g.SLUG")) {
            select.setString(1, language.tag());
            select.setString(2, language.tag());
            return read(select);
        }
    }

    public Optional<GuideEntry> get(String slug, Language language) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT + " WHERE g.SLUG = ?")) {
            select.setString(1, language.tag());
            select.setString(2, language.tag());
            select.setString(3, slug);
            return read(select).stream().findFirst();
        }
    }

    /** Adds entries in one transaction: all of them or, on any error, none. */
    public void add(List<ContentSeed.GuideSeed> seeds) throws SQLException {
        work.run(connection -> {
            try (PreparedStatement guide = connection.prepareStatement(
                    "INSERT INTO GUIDE (SLUG, POSITION, MODULE) VALUES (?, ?, ?)");
                    PreparedStatement text = connection.prepareStatement("INSERT INTO GUIDE_TEXT (SLUG, LANG, NAME,"
                            + " SUMMARY, AUDIENCE, DOCUMENTS, TIME_LIMIT, PROCESS, FEE)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ContentSeed.GuideSeed seed : seeds) {
                    guide.setString(1, seed.slug());
                    guide.setInt(2, seed.position());
                    guide.setString(3, seed.module());
                    guide.executeUpdate();
                    for (var entry : seed.text().entrySet()) {
                        var t = entry.getValue();
                        text.setString(1, seed.slug());
                        text.setString(2, entry.getKey());
                        text.setString(3, t.name());
                        text.setString(4, t.summary());
                        text.setString(5, String.join("\n", t.audience()));
                        text.setString(6, String.join("\n", t.documents()));
                        text.setString(7, t.timeLimit());
                        text.setString(8, String.join("\n", t.process()));
                        text.setString(9, t.fee());
                        text.executeUpdate();
                    }
                }
            }
        });
    }

    public boolean isEmpty() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM GUIDE");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1) == 0;
        }
    }

    private static List<GuideEntry> read(PreparedStatement select) throws SQLException {
        List<GuideEntry> entries = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new GuideEntry(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getString(5),
                        rows.getString(6), lines(rows.getString(7)), lines(rows.getString(8)), rows.getString(9),
                        lines(rows.getString(10)), rows.getString(11), rows.getString(4)));
            }
        }
        return entries;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}

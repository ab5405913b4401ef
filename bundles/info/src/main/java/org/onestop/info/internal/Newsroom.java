package org.onestop.info.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.i18n.Language;
import org.onestop.api.schema.LikePattern;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The centre's news and notices: lists newest first, searched by title in either language, and single items.
 * Texts come in the language asked for, or in Chinese where no translation exists. Lists and items read in the
 * last few seconds are answered from memory (see {@link RecentReads}).
 */
@Component(service = Newsroom.class)
public final class Newsroom {

    private static final String TEXTS = " FROM ARTICLE a"
            + " JOIN ARTICLE_TEXT z ON z.ARTICLE_ID = a.ID AND z.LANG = 'zh-CN'"
            + " LEFT JOIN ARTICLE_TEXT t ON t.ARTICLE_ID = a.ID AND t.LANG = ?";

    /** How long a read stays fresh when another gateway sharing the database writes. */
    static final long FRESH_MILLIS = 5_000;

    private final DataSource database;
    private final UnitOfWork work;
    private final RecentReads<Asked, ArticlePage> lists = new RecentReads<>(FRESH_MILLIS, System::currentTimeMillis);
    private final RecentReads<Asked, Optional<Article>> items = new RecentReads<>(FRESH_MILLIS,
            System::currentTimeMillis);

    /** What a cached read was: a list query or one item, in a language. */
    private record Asked(Object what, Language language) {
    }

    @Activate
    public Newsroom(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=INFO)") DataSource database) {
        this.database = database;
        this.work = new UnitOfWork(database);
    }

    public ArticlePage find(ArticleQuery query, Language language) throws SQLException {
        return lists.get(new Asked(query, language), () -> read(query, language));
    }

    public Optional<Article> get(String slug, Language language) throws SQLException {
        return items.get(new Asked(slug, language), () -> read(slug, language));
    }

    private ArticlePage read(ArticleQuery query, Language language) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        parameters.add(language.tag());
        if (query.kind() != null) {
            where.append(" AND a.KIND = ?");
            parameters.add(query.kind());
        }
        for (String word : query.words()) {
            where.append(" AND (LOWER(z.TITLE) LIKE ? " + LikePattern.CLAUSE + " OR LOWER(t.TITLE) LIKE ? "
                    + LikePattern.CLAUSE + ")");
            String pattern = LikePattern.containing(word);
            parameters.add(pattern);
            parameters.add(pattern);
        }
        try (Connection connection = database.getConnection()) {
            int total;
            try (PreparedStatement count = prepare(connection, "SELECT COUNT(*)" + TEXTS + where, parameters);
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getInt(1);
            }
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(query.offset());
            paged.add(query.size());
            List<ArticleSummary> items = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, "SELECT a.SLUG, a.KIND, a.PUBLISHED_ON,"
                    + " z.TITLE, z.SUMMARY, t.TITLE, t.SUMMARY" + TEXTS + where
                    + " ORDER BY a.PUBLISHED_ON DESC, a.ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    boolean translated = rows.getString(6) != null;
                    items.add(new ArticleSummary(rows.getString(1), rows.getString(2),
                            rows.getDate(3).toLocalDate(), rows.getString(translated ? 6 : 4),
                            rows.getString(translated ? 7 : 5), translated ? language.tag() : Language.ZH_CN.tag()));
                }
            }
            return new ArticlePage(total, query.page(), query.size(), items);
        }
    }

    private Optional<Article> read(String slug, Language language) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = prepare(connection, "SELECT a.SLUG, a.KIND, a.PUBLISHED_ON, a.SOURCE,"
                        + " z.TITLE, z.SUMMARY, z.BODY, t.TITLE, t.SUMMARY, t.BODY" + TEXTS + " WHERE a.SLUG = ?",
                        List.of(language.tag(), slug));
                ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            boolean translated = rows.getString(8) != null;
            int texts = translated ? 8 : 5;
            return Optional.of(new Article(rows.getString(1), rows.getString(2), rows.getDate(3).toLocalDate(),
                    rows.getString(texts), rows.getString(texts + 1), paragraphs(rows.getString(texts + 2)),
                    rows.getString(4), translated ? language.tag() : Language.ZH_CN.tag()));
        }
    }

    /** Adds items in one transaction: all of them or, on any error, none. */
    public void add(List<ContentSeed.ArticleSeed> seeds) throws SQLException {
        try {
            work.run(connection -> {
                try (PreparedStatement article = connection.prepareStatement(
                        "INSERT INTO ARTICLE (SLUG, KIND, PUBLISHED_ON, SOURCE) VALUES (?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                        PreparedStatement text = connection.prepareStatement("INSERT INTO ARTICLE_TEXT"
                                + " (ARTICLE_ID, LANG, TITLE, SUMMARY, BODY) VALUES (?, ?, ?, ?, ?)")) {
                    for (ContentSeed.ArticleSeed seed : seeds) {
                        article.setString(1, seed.slug());
                        article.setString(2, seed.kind());
                        article.setDate(3, Date.valueOf(seed.publishedOn()));
                        article.setString(4, seed.source());
                        article.executeUpdate();
                        int id;
                        try (ResultSet keys = article.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getInt(1);
                        }
                        for (var entry : seed.text().entrySet()) {
                            text.setInt(1, id);
                            text.setString(2, entry.getKey());
                            text.setString(3, entry.getValue().title());
                            text.setString(4, entry.getValue().summary());
                            text.setString(5, String.join("\n\n", entry.getValue().body()));
                            text.executeUpdate();
                        }
                    }
                }
            });
        } finally {
            lists.clear();
            items.clear();
        }
    }

    public boolean isEmpty() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM ARTICLE");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1) == 0;
        }
    }

    static List<String> paragraphs(String body) {
        return body == null ? List.of()
                : Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}

package org.onestop.training.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.identity.Caller;
import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.LikePattern;
import org.onestop.api.schema.Schema;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's courses and sessions in the schema {@code TRAINING}, and the public catalogue: published courses'
 * sessions still to come, filtered by audience, format, month and seats left, and searched in titles and
 * descriptions.
 */
@Component(service = Catalogue.class)
public final class Catalogue {

    /** A session of the catalogue with its course. */
    public record Listing(Course course, TrainingSession session) {
    }

    /** One page of the catalogue and how many sessions match in all. */
    public record Page(List<Listing> items, long total) {
    }

    /** The catalogue's filters, each null or blank when not used; {@code from}/{@code until} bound the start. */
    public record Filter(String audience, String format, Instant from, Instant until, boolean seatsLeft, String query) {
    }

    private static final String COURSE = "C.ID, C.TITLE, C.AUDIENCE, C.DESCRIPTION, C.TRAINER, C.FORMAT,"
            + " C.CREDIT_HOURS, C.STATUS, C.TITLE_EN, C.DESCRIPTION_EN";
    /** How many columns {@link #COURSE} reads. */
    private static final int COURSE_COLUMNS = 10;
    private static final String SESSION = "S.ID, S.COURSE_ID, S.STARTS_AT, S.ENDS_AT, S.PLACE, S.CAPACITY, S.HELD,"
            + " S.ENROL_OPENS, S.ENROL_CLOSES, S.ORG_LIMIT";

    private final DataSource database;

    @Activate
    public Catalogue(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=TRAINING)") DataSource database) {
        this.database = database;
    }

    UnitOfWork work() {
        return new UnitOfWork(database);
    }

    long insert(Connection tx, Course course, Caller trainer, Instant now) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TRAINING.COURSE (TITLE, AUDIENCE,"
                + " DESCRIPTION, TRAINER, FORMAT, CREDIT_HOURS, STATUS, CREATED_BY, CREATED_AT, TITLE_EN, DESCRIPTION_EN)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, course.title());
            insert.setString(2, course.audience());
            insert.setString(3, course.description());
            insert.setString(4, course.trainer());
            insert.setString(5, course.format());
            insert.setInt(6, course.creditHours());
            insert.setLong(7, trainer.accountId());
            UtcColumns.set(insert, 8, now);
            insert.setString(9, course.titleEn());
            insert.setString(10, course.descriptionEn());
            insert.executeUpdate();
            return key(insert);
        }
    }

    long insert(Connection tx, TrainingSession s) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO TRAINING.COURSE_SESSION (COURSE_ID,"
                + " STARTS_AT, ENDS_AT, PLACE, CAPACITY, ENROL_OPENS, ENROL_CLOSES, ORG_LIMIT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, s.courseId());
            UtcColumns.set(insert, 2, s.startsAt());
            UtcColumns.set(insert, 3, s.endsAt());
            insert.setString(4, s.place());
            insert.setInt(5, s.capacity());
            UtcColumns.set(insert, 6, s.enrolOpens());
            UtcColumns.set(insert, 7, s.enrolCloses());
            insert.setInt(8, s.orgLimit());
            insert.executeUpdate();
            return key(insert);
        }
    }

    /** Writes a course's new description (its status stays). */
    void update(Connection tx, long courseId, Course course) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TRAINING.COURSE SET TITLE = ?, AUDIENCE = ?,"
                + " DESCRIPTION = ?, TRAINER = ?, FORMAT = ?, CREDIT_HOURS = ?, TITLE_EN = ?, DESCRIPTION_EN = ?"
                + " WHERE ID = ?")) {
            update.setString(1, course.title());
            update.setString(2, course.audience());
            update.setString(3, course.description());
            update.setString(4, course.trainer());
            update.setString(5, course.format());
            update.setInt(6, course.creditHours());
            update.setString(7, course.titleEn());
            update.setString(8, course.descriptionEn());
            update.setLong(9, courseId);
            update.executeUpdate();
        }
    }

    /** Writes a session's new times, place and limits (its places held stay). */
    void update(Connection tx, long sessionId, TrainingSession s) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TRAINING.COURSE_SESSION SET STARTS_AT = ?,"
                + " ENDS_AT = ?, PLACE = ?, CAPACITY = ?, ENROL_OPENS = ?, ENROL_CLOSES = ?, ORG_LIMIT = ?"
                + " WHERE ID = ?")) {
            UtcColumns.set(update, 1, s.startsAt());
            UtcColumns.set(update, 2, s.endsAt());
            update.setString(3, s.place());
            update.setInt(4, s.capacity());
            UtcColumns.set(update, 5, s.enrolOpens());
            UtcColumns.set(update, 6, s.enrolCloses());
            update.setInt(7, s.orgLimit());
            update.setLong(8, sessionId);
            update.executeUpdate();
        }
    }

    void status(Connection tx, long courseId, String status) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE TRAINING.COURSE SET STATUS = ? WHERE ID = ?")) {
            update.setString(1, status);
            update.setLong(2, courseId);
            update.executeUpdate();
        }
    }

    Optional<Course> course(Connection tx, long id) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + COURSE + " FROM TRAINING.COURSE C"
                + " WHERE C.ID = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(course(row, 0)) : Optional.empty();
            }
        }
    }

    Optional<TrainingSession> session(Connection tx, long id) throws SQLException {
        List<TrainingSession> found = sessions(tx, "S.ID = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    List<TrainingSession> sessions(Connection tx, long courseId) throws SQLException {
        return sessions(tx, "S.COURSE_ID = ?", courseId);
    }

    /** The courses, newest first: every course for trainers and supervisors. */
    List<Course> courses() throws SQLException {
        return work().call(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT " + COURSE + " FROM TRAINING.COURSE C"
                    + " ORDER BY C.ID DESC"); ResultSet rows = select.executeQuery()) {
                List<Course> courses = new ArrayList<>();
                while (rows.next()) {
                    courses.add(course(rows, 0));
                }
                return courses;
            }
        });
    }

    /** One page of the published courses' sessions that have not started at {@code now}, soonest first. */
    Page search(Filter filter, Paging paging, Instant now) throws SQLException {
        StringBuilder where = new StringBuilder(" FROM TRAINING.COURSE_SESSION S JOIN TRAINING.COURSE C"
                + " ON C.ID = S.COURSE_ID WHERE C.STATUS = 'published' AND S.STARTS_AT > ?");
        List<Object> values = new ArrayList<>(List.of(now));
        condition(where, values, " AND C.AUDIENCE = ?", filter.audience());
        condition(where, values, " AND C.FORMAT = ?", filter.format());
        if (filter.from() != null) {
            where.append(" AND S.STARTS_AT >= ? AND S.STARTS_AT < ?");
            values.add(filter.from());
            values.add(filter.until());
        }
        if (filter.seatsLeft()) {
            where.append(" AND S.HELD < S.CAPACITY");
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            String like = LikePattern.containing(filter.query().strip());
            where.append(" AND (C.TITLE LIKE ? " + LikePattern.CLAUSE + " OR C.DESCRIPTION LIKE ? "
                    + LikePattern.CLAUSE + " OR UPPER(C.TITLE_EN) LIKE UPPER(?) " + LikePattern.CLAUSE + ")");
            values.add(like);
            values.add(like);
            values.add(like);
        }
        return work().call(tx -> {
            long total;
            try (PreparedStatement count = bound(tx, "SELECT COUNT(*)" + where, values);
                    ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
            List<Listing> items = new ArrayList<>();
            try (PreparedStatement select = bound(tx, "SELECT " + COURSE + ", " + SESSION + where
                    + " ORDER BY S.STARTS_AT, S.ID OFFSET " + paging.offset() + " ROWS FETCH NEXT " + paging.size()
                    + " ROWS ONLY", values); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new Listing(course(rows, 0), session(rows, COURSE_COLUMNS)));
                }
            }
            return new Page(items, total);
        });
    }

    static Refusal noCourse() {
        return new Refusal(404, "training.refused.noCourse");
    }

    static Refusal noSession() {
        return new Refusal(404, "training.refused.noSession");
    }

    private List<TrainingSession> sessions(Connection tx, String where, long value) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT " + SESSION + " FROM TRAINING.COURSE_SESSION S"
                + " WHERE " + where + " ORDER BY S.STARTS_AT, S.ID")) {
            select.setLong(1, value);
            try (ResultSet rows = select.executeQuery()) {
                List<TrainingSession> sessions = new ArrayList<>();
                while (rows.next()) {
                    sessions.add(session(rows, 0));
                }
                return sessions;
            }
        }
    }

    private static void condition(StringBuilder where, List<Object> values, String clause, String value) {
        if (value != null && !value.isBlank()) {
            where.append(clause);
            values.add(value.strip());
        }
    }

    private static PreparedStatement bound(Connection tx, String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = tx.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Instant instant) {
                UtcColumns.set(statement, i + 1, instant);
            } else {
                statement.setString(i + 1, (String) values.get(i));
            }
        }
        return statement;
    }

    private static long key(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static Course course(ResultSet row, int at) throws SQLException {
        return new Course(row.getLong(at + 1), row.getString(at + 2), row.getString(at + 3), row.getString(at + 4),
                row.getString(at + 5), row.getString(at + 6), row.getInt(at + 7), row.getString(at + 8),
                row.getString(at + 9), row.getString(at + 10));
    }

    private static TrainingSession session(ResultSet row, int at) throws SQLException {
        return new TrainingSession(row.getLong(at + 1), row.getLong(at + 2), UtcColumns.get(row, at + 3),
                UtcColumns.get(row, at + 4), row.getString(at + 5), row.getInt(at + 6), row.getInt(at + 7),
                UtcColumns.get(row, at + 8), UtcColumns.get(row, at + 9), row.getInt(at + 10));
    }
}

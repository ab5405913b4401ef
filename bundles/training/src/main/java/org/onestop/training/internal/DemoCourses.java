package org.onestop.training.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.GatewayPaths;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The demo catalogue: when the installation has {@code content/training/courses.json} (the distribution's demo
 * content, like the information's news) and the database has no course at all, its courses are stored published,
 * with their sessions on days counted from the centre's today, so the catalogue of a demo gateway always shows
 * sessions to come. All or nothing, in one transaction that holds the course table's lock, so two gateways starting
 * on one database seed once; a database with any course (a centre's own) is never touched, and starting again adds
 * nothing. A file that cannot be read or a course that is not valid is reported in the log, nothing stored.
 */
@Component(immediate = true)
public final class DemoCourses {

    /** The file, under the installation's folder. */
    static final Path FILE = Path.of("content", "training", "courses.json");

    private static final Logger LOG = LoggerFactory.getLogger(DemoCourses.class);
    /** Who stores the demo courses: the gateway itself (no account, {@code CREATED_BY} 0). */
    private static final Caller GATEWAY = Caller.anonymous("127.0.0.1");

    /** A demo course as the file gives it, with its sessions. */
    record DemoCourse(String title, String audience, String description, String trainer, String format,
            int creditHours, List<DemoSession> sessions, String titleEn, String descriptionEn) {
    }

    /**
     * A demo session: {@code inDays} after the centre's today, from {@code start} to {@code end} (centre's time),
     * enrolment open from the seeding until the start.
     */
    record DemoSession(int inDays, String start, String end, String place, int capacity, int orgLimit) {
    }

    @Activate
    public DemoCourses(BundleContext context, @Reference Catalogue catalogue, @Reference CentreZone zone) {
        Path file = GatewayPaths.of(context).home().resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                int stored = seed(file, catalogue, zone.zone(), Clock.systemUTC());
                if (stored > 0) {
                    LOG.info("Stored {} demo courses from {}", stored, file);
                }
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.error("The demo courses of {} were not stored: {}", file, e.getMessage());
            }
        }
    }

    /**
     * Stores the file's courses, published, when the database has no course; answers how many were stored (0 when
     * there were courses already).
     */
    static int seed(Path file, Catalogue catalogue, ZoneId zone, Clock clock) throws IOException, SQLException {
        ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        List<DemoCourse> courses = List.of(json.readValue(Files.readAllBytes(file), DemoCourse[].class));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return catalogue.work().call(tx -> {
            if (!empty(tx)) {
                return 0;
            }
            for (DemoCourse demo : courses) {
                store(tx, catalogue, demo, zone, today, now);
            }
            return courses.size();
        });
    }

    private static void store(Connection tx, Catalogue catalogue, DemoCourse demo, ZoneId zone, LocalDate today,
            Instant now) throws SQLException {
        Course course = new Course(null, demo.title(), demo.audience(), demo.description(), demo.trainer(),
                demo.format(), demo.creditHours(), null, demo.titleEn(), demo.descriptionEn());
        refuse(demo.title(), course.problems());
        if (demo.sessions() == null || demo.sessions().isEmpty()) {
            throw new IllegalArgumentException("the course " + demo.title() + " has no session");
        }
        long id = catalogue.insert(tx, course, GATEWAY, now);
        for (DemoSession s : demo.sessions()) {
            SessionPlan plan = new SessionPlan(today.plusDays(s.inDays()).toString(), s.start(), s.end(), s.place(),
                    s.capacity(), "", "", s.orgLimit());
            refuse(demo.title(), plan.problems(zone, now));
            catalogue.insert(tx, plan.session(id, zone, now));
        }
        catalogue.status(tx, id, Course.PUBLISHED);
    }

    /** Whether the course table is empty, read under its exclusive lock (kept until the transaction ends). */
    private static boolean empty(Connection tx) throws SQLException {
        try (PreparedStatement lock = tx.prepareStatement("LOCK TABLE TRAINING.COURSE IN EXCLUSIVE MODE")) {
            lock.execute();
        }
        try (PreparedStatement count = tx.prepareStatement("SELECT COUNT(*) FROM TRAINING.COURSE");
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1) == 0;
        }
    }

    private static void refuse(String title, Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the course " + title + " is not valid: " + problems);
        }
    }
}

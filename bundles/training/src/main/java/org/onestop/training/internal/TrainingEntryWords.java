package org.onestop.training.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onestop.api.audit.EntryWords;
import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Training's audit entries in the reader's words, for the operators' audit page: a course by its title, a session by
 * its course and start in the centre's zone, how long an offered place is held. The trail keeps what was recorded
 * ({@code course:4}, {@code session:12 until 2026-12-08T02:00:00Z}).
 */
@Component(service = EntryWords.class, property = EntryWords.ACTIONS + "=training")
public final class TrainingEntryWords implements EntryWords {

    private static final Pattern SESSION = Pattern.compile("session:(\\d{1,18})(?: until (\\S+))?");
    private static final Pattern COURSE = Pattern.compile("course:(\\d{1,18})");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Catalogue catalogue;
    private final Messages messages;
    private final CentreZone zone;

    @Activate
    public TrainingEntryWords(@Reference Catalogue catalogue, @Reference Messages messages,
            @Reference CentreZone zone) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.zone = zone;
    }

    @Override
    public Optional<String> target(String action, String target, Language language) {
        Matcher m = COURSE.matcher(target);
        if (!m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(1));
        return read(() -> catalogue.work().call(tx -> catalogue.course(tx, id)))
                .map(course -> text(language, "training.audit.course", course.titleIn(language.tag())));
    }

    @Override
    public Optional<String> detail(String action, String target, String detail, Language language) {
        Matcher m = SESSION.matcher(detail);
        if (!m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(1));
        Optional<String> session = read(() -> catalogue.work().call(tx -> {
            Optional<TrainingSession> found = catalogue.session(tx, id);
            if (found.isEmpty()) {
                return Optional.<String>empty();
            }
            return catalogue.course(tx, found.get().courseId()).map(course -> text(language,
                    "training.audit.session", course.titleIn(language.tag()), at(found.get().startsAt())));
        }));
        String words = session.orElseGet(() -> text(language, "training.audit.sessionGone", m.group(1)));
        if (m.group(2) == null) {
            return Optional.of(words);
        }
        try {
            return Optional.of(words + text(language, "training.audit.heldUntil", at(Instant.parse(m.group(2)))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What a reading finds; nothing when the database cannot be read. */
    private static <T> Optional<T> read(Reading<T> reading) {
        try {
            return reading.read();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private interface Reading<T> {
        Optional<T> read() throws SQLException;
    }

    private String at(Instant instant) {
        return MINUTE.format(instant.atZone(zone.zone()));
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }
}

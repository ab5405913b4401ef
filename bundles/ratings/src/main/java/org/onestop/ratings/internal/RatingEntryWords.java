package org.onestop.ratings.internal;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onestop.api.audit.EntryWords;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ratings' audit entries in the reader's words, for the operators' audit page: the case rated by its title and
 * how it ended, a level by its name and points, a follow-up's due day and the length of its answer. The trail keeps
 * what was recorded ({@code preexam closed}, {@code satisfied (80)}, {@code due 2026-12-10}).
 */
@Component(service = EntryWords.class, property = EntryWords.ACTIONS + "=rating")
public final class RatingEntryWords implements EntryWords {

    private static final Pattern GIVEN = Pattern.compile("([a-z-]+) \\((\\d+)\\)");
    private static final Pattern DUE = Pattern.compile("due (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ANSWERED = Pattern.compile("(\\d+) characters");

    private final RatingStore store;
    private final Messages messages;

    @Activate
    public RatingEntryWords(@Reference RatingStore store, @Reference Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public Optional<String> detail(String action, String target, String detail, Language language) {
        Matcher m;
        switch (action) {
            case "rating.invited":
                if (!target.startsWith("case:")) {
                    return Optional.of(text(language, "ratings.audit.number", detail));
                }
                return Optional.of(invited(target.substring(5), language)
                        .orElseGet(() -> text(language, "ratings.audit.invited")));
            case "rating.given":
                if ((m = GIVEN.matcher(detail)).matches()) {
                    String code = m.group(1);
                    Optional<Level> level = Arrays.stream(Level.values()).filter(l -> l.code().equals(code))
                            .findFirst();
                    if (level.isPresent()) {
                        return Optional.of(text(language, "ratings.audit.given",
                                text(language, "ratings.level." + code), m.group(2)));
                    }
                }
                return Optional.empty();
            case "rating.follow-up.opened":
                return (m = DUE.matcher(detail)).matches()
                        ? Optional.of(text(language, "ratings.audit.due", m.group(1))) : Optional.empty();
            case "rating.follow-up.answered":
                return (m = ANSWERED.matcher(detail)).matches()
                        ? Optional.of(text(language, "ratings.audit.answered", m.group(1))) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** The case invited to be rated, by its title and how it ended, as its invitation keeps them. */
    private Optional<String> invited(String trackingNumber, Language language) {
        try {
            return store.work().call(tx -> store.find(tx, trackingNumber)).map(rating -> text(language,
                    "ratings.audit.invitedCase", rating.title(language == Language.EN ? "en" : "zh"),
                    rating.status().in(language)));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }
}

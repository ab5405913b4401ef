package org.onestop.assistance.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * The expert pool's audit entries in the reader's words, for the operators' audit page: an expert by name, the fields
 * of an expert added or changed under the form's labels, an assignment with its declaration of conflicts. The trail
 * keeps what was recorded ({@code expert:3}, {@code name: 张三; active: true → false},
 * {@code expert:3 no conflict declared}). What staff wrote (a name, a declaration, a reason) stays as written.
 */
@Component(service = EntryWords.class, property = EntryWords.ACTIONS + "=assistance")
public final class ExpertEntryWords implements EntryWords {

    private static final Pattern EXPERT = Pattern.compile("expert:(\\d{1,18})");
    /** One recorded field ({@code name: …}), up to the next one: what staff wrote may hold "; " itself. */
    private static final Pattern FIELD = Pattern.compile(
            "(name|organisation|fields|contact|active): (.*?)(?=; (?:name|organisation|fields|contact|active): |$)");
    private static final Pattern ASSIGNED = Pattern.compile(
            "expert:(\\d{1,18}) (?:no conflict declared|conflict declared: (.*); overridden: (.*))", Pattern.DOTALL);

    private final ApplicationStore store;
    private final ExpertPool pool;
    private final Messages messages;

    @Activate
    public ExpertEntryWords(@Reference ApplicationStore store, @Reference ExpertPool pool,
            @Reference Messages messages) {
        this.store = store;
        this.pool = pool;
        this.messages = messages;
    }

    @Override
    public Optional<String> target(String action, String target, Language language) {
        Matcher m = EXPERT.matcher(target);
        return m.matches() ? name(Long.parseLong(m.group(1)), language) : Optional.empty();
    }

    @Override
    public Optional<String> detail(String action, String target, String detail, Language language) {
        switch (action) {
            case ExpertPool.ADDED, ExpertPool.CHANGED, ExpertPool.DEACTIVATED:
                return fields(detail, language);
            case "assistance.expert.assigned":
                Matcher m = ASSIGNED.matcher(detail);
                if (!m.matches()) {
                    return Optional.empty();
                }
                String expert = name(Long.parseLong(m.group(1)), language)
                        .orElseGet(() -> text(language, "assistance.audit.expertGone", m.group(1)));
                return Optional.of(m.group(2) == null ? text(language, "assistance.audit.assigned", expert)
                        : text(language, "assistance.audit.assignedDespite", expert, m.group(2), m.group(3)));
            default:
                return Optional.empty();
        }
    }

    /** An expert's fields as recorded ({@code name: X; active: true → false}) under the form's labels. */
    private Optional<String> fields(String detail, Language language) {
        Matcher m = FIELD.matcher(detail);
        List<String> parts = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            if (m.start() != (end == 0 ? 0 : end + 2)) {
                return Optional.empty();
            }
            end = m.end();
            String field = m.group(1);
            String value = m.group(2);
            int arrow = value.indexOf(" → ");
            String words = arrow < 0 ? value(field, value, language) : text(language, "assistance.audit.changed",
                    value(field, value.substring(0, arrow), language),
                    value(field, value.substring(arrow + 3), language));
            parts.add(text(language, "assistance.audit.field", text(language, "assistance.field." + field), words));
        }
        return parts.isEmpty() || end != detail.length() ? Optional.empty()
                : Optional.of(String.join(text(language, "assistance.audit.separator"), parts));
    }

    /**
     * A field's value in words: in the pool or not, a right type by its name (an IPC class as it is); what staff
     * wrote as written.
     */
    private String value(String field, String value, Language language) {
        if (field.equals("active")) {
            return text(language, "true".equals(value) ? "assistance.experts.active" : "assistance.experts.inactive");
        }
        if (field.equals("fields")) {
            List<String> named = new ArrayList<>();
            for (String code : value.split(",")) {
                named.add(Arrays.stream(RightType.values()).filter(t -> t.code().equals(code.strip())).findFirst()
                        .map(t -> text(language, t.key())).orElse(code.strip()));
            }
            return String.join(text(language, "assistance.audit.listSeparator"), named);
        }
        return value;
    }

    private Optional<String> name(long id, Language language) {
        try {
            return store.work().call(tx -> pool.find(tx, id))
                    .map(expert -> text(language, "assistance.audit.expert", expert.name()));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }
}

package org.onestop.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.onestop.api.audit.CaseWords;
import org.onestop.api.audit.EntryWords;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.platform.internal.db.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Puts the audit trail into the reader's words for the operators' page. The trail keeps codes and the gateway's
 * own details as they were recorded (they are hashed into the chain and never change); the page shows accounts by
 * name and email, organisations by name, actions by the message {@code audit.action.<action>}, and the details the
 * gateway writes itself ({@code consecutive failures: 3}, {@code sessions ended: 2}, role lists, a case's move, and
 * through {@link ConsoleWords} the bundles' and settings' changes) in words. What people wrote (a reason, an
 * organisation's name) stays as written; an action or a detail without words is shown as recorded.
 */
@Component(service = AuditWords.class, immediate = true)
public final class AuditWords {

    private static final Pattern ACCOUNT = Pattern.compile("account:(\\d{1,18})");
    private static final Pattern ORGANISATION = Pattern.compile("organisation:(\\d{1,18})");
    private static final Pattern MOVE = Pattern.compile("(\\S+) -> (\\S+) \\((\\S+)\\)");
    private static final Pattern ROLES = Pattern.compile("\\[([a-z_, ]*)\\]");

    private final DataSource database;
    private final Messages messages;
    private final ConsoleWords console;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CaseWords cases;
    /** The modules' words for their own entries, by the first segment of their actions. */
    private final Map<String, EntryWords> modules = new ConcurrentHashMap<>();

    @Activate
    public AuditWords(@Reference(target = Database.PLATFORM) DataSource database,
            @Reference Messages messages) {
        this.database = database;
        this.messages = messages;
        this.console = new ConsoleWords(messages);
    }

    /** Words with the cases' words too, for tests. */
    public AuditWords(DataSource database, Messages messages, CaseWords cases) {
        this(database, messages);
        this.cases = cases;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModuleWords(EntryWords words, Map<String, Object> properties) {
        if (properties.get(EntryWords.ACTIONS) instanceof String actions && !actions.isBlank()) {
            modules.put(actions.strip(), words);
        }
    }

    void removeModuleWords(EntryWords words) {
        modules.values().removeIf(w -> w == words);
    }

    /** The entries of a page in {@code language}, looking up every account and organisation they name at once. */
    public List<AuditLine> lines(List<RecordedEntry> entries, Language language) throws SQLException {
        Set<Long> accounts = new TreeSet<>();
        Set<Long> organisations = new TreeSet<>();
        for (RecordedEntry e : entries) {
            for (String text : List.of(e.actor(), e.target(), e.detail())) {
                ids(ACCOUNT, text, accounts);
                ids(ORGANISATION, text, organisations);
            }
        }
        Names names = new Names(language, names("SELECT ID, DISPLAY_NAME, EMAIL FROM PLATFORM.ACCOUNT", accounts),
                names("SELECT ID, NAME, CREDIT_CODE FROM PLATFORM.ORGANISATION", organisations));
        List<AuditLine> lines = new ArrayList<>();
        for (RecordedEntry e : entries) {
            lines.add(new AuditLine(e.sequence(), e.time(), e.actor(), names.party(e.actor()), e.action(),
                    known("audit.action." + e.action(), language), target(e, names, language), e.clientAddress(),
                    detail(e, names, language)));
        }
        return lines;
    }

    /** The names (and emails) of accounts or organisations by id. */
    private Map<Long, String[]> names(String select, Set<Long> ids) throws SQLException {
        Map<Long, String[]> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String in = String.join(", ", ids.stream().map(id -> "?").toList());
        try (Connection c = database.getConnection();
                PreparedStatement query = c.prepareStatement(select + " WHERE ID IN (" + in + ")")) {
            int i = 1;
            for (long id : ids) {
                query.setLong(i++, id);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
                }
            }
        }
        return found;
    }

    /** The module that recorded entry {@code e}, if it words its entries. */
    private Optional<EntryWords> module(RecordedEntry e) {
        int dot = e.action() == null ? -1 : e.action().indexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.ofNullable(modules.get(e.action().substring(0, dot)));
    }

    /** The words of entry {@code e}'s module for it; none when the module has none or fails to find them. */
    private Optional<String> worded(RecordedEntry e, Function<EntryWords, Optional<String>> words) {
        try {
            return module(e).flatMap(words);
        } catch (RuntimeException failed) {
            return Optional.empty();
        }
    }

    /** What an entry was done to, in its module's words or else as the platform words its kind. */
    private String target(RecordedEntry e, Names names, Language language) {
        if (e.target() != null && !e.target().isEmpty()) {
            Optional<String> worded = worded(e, w -> w.target(e.action(), e.target(), language));
            if (worded.isPresent()) {
                return worded.get();
            }
        }
        return names.target(e.target());
    }

    /**
     * The detail of an entry in words, when the gateway or the module that recorded it words it; as recorded
     * otherwise.
     */
    private String detail(RecordedEntry e, Names names, Language language) {
        String d = e.detail();
        if (d == null || d.isEmpty()) {
            return "";
        }
        Optional<String> worded = worded(e, w -> w.detail(e.action(), e.target(), d, language));
        if (worded.isPresent()) {
            return worded.get();
        }
        Matcher m;
        switch (e.action()) {
            case "login.failed":
                if ((m = Pattern.compile("consecutive failures: (\\d+)").matcher(d)).matches()) {
                    return text(language, "audit.detail.failures", m.group(1));
                }
                break;
            case "login.throttled":
                if ((m = Pattern.compile("wait (\\d+) s").matcher(d)).matches()) {
                    return text(language, "audit.detail.wait", m.group(1));
                }
                break;
            case "password.changed", "password.reset", "account.disabled":
                if ((m = Pattern.compile("sessions ended: (\\d+)").matcher(d)).matches()) {
                    return text(language, "audit.detail.sessionsEnded", m.group(1));
                }
                break;
            case "account.consented":
                if ((m = Pattern.compile("terms (\\S+), privacy (\\S+)").matcher(d)).matches()) {
                    return text(language, "audit.detail.consented", m.group(1), m.group(2));
                }
                break;
            case "account.created":
                if (d.equals("innovator registered")) {
                    return text(language, "audit.detail.innovatorRegistered");
                }
                if ((m = Pattern.compile("first operator (\\S+)").matcher(d)).matches()) {
                    return text(language, "audit.detail.firstOperator", m.group(1));
                }
                if ((m = Pattern.compile("staff (\\S+) roles (\\[.*\\])").matcher(d)).matches()) {
                    return text(language, "audit.detail.staffCreated", m.group(1), roles(m.group(2), language));
                }
                break;
            case "roles.changed":
                if ((m = Pattern.compile("(\\[.*\\]) -> (\\[.*\\])").matcher(d)).matches()) {
                    return text(language, "audit.detail.rolesChanged", roles(m.group(1), language),
                            roles(m.group(2), language));
                }
                break;
            case "case.commented":
                if (d.equals("for the applicant") || d.equals("staff note")) {
                    return text(language, d.equals("staff note") ? "audit.detail.staffNote"
                            : "audit.detail.forApplicant");
                }
                break;
            case "case.claimed", "case.released", "case.assigned":
                if (ACCOUNT.matcher(d).matches()) {
                    return names.party(d);
                }
                break;
            case "case.files-added":
                if ((m = Pattern.compile("(\\d+) file\\(s\\)").matcher(d)).matches()) {
                    return text(language, "audit.detail.files", m.group(1));
                }
                break;
            case "case.opened":
                return Optional.ofNullable(cases).flatMap(w -> w.caseType(d, language)).orElse(d);
            case "case.moved":
                if ((m = MOVE.matcher(d)).matches() && e.target().startsWith("case:")) {
                    CaseWords words = cases;
                    String from = m.group(1);
                    String to = m.group(2);
                    String step = m.group(3);
                    return words == null ? d : words.move(e.target().substring(5), from, to, step, language)
                            .orElse(d);
                }
                break;
            case "bundle.installed", "bundle.updated", "bundle.uninstalled", "console.bundle.started",
                    "console.bundle.stopped", "console.module.installed", "console.module.updated",
                    "console.module.uninstalled", "console.module.rolledBack", "console.config.changed",
                    "config.updated", "config.deleted", "console.backup.made", "console.backup.failed":
                return console.detail(e.action(), d, language);
            case "access.refused":
                if ((m = Pattern.compile("(\\d{3}) ([a-zA-Z0-9_.-]+)").matcher(d)).matches()) {
                    String reason = messages.text(language, m.group(2));
                    return reason.equals(m.group(2)) ? text(language, "audit.detail.refusedStatus", m.group(1))
                            : text(language, "audit.detail.refused", m.group(1), reason);
                }
                break;
            case "access.refused.suppressed":
                if ((m = Pattern.compile("(\\d+) more refusals (of all clients )?from .*").matcher(d)).matches()) {
                    return text(language, m.group(2) == null ? "audit.detail.suppressed"
                            : "audit.detail.suppressedAll", m.group(1));
                }
                break;
            default:
                break;
        }
        return d;
    }

    /** A list of role codes as recorded ({@code [examiner, supervisor]}) in words. */
    private String roles(String list, Language language) {
        Matcher m = ROLES.matcher(list);
        if (!m.matches()) {
            return list;
        }
        if (m.group(1).isBlank()) {
            return text(language, "audit.detail.noRole");
        }
        List<String> words = new ArrayList<>();
        for (String code : m.group(1).split(",\\s*")) {
            words.add(text(language, "identity.role." + code.strip()));
        }
        return String.join(text(language, "audit.detail.separator"), words);
    }

    private String known(String key, Language language) {
        String text = messages.text(language, key);
        return text.equals(key) ? null : text;
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }

    private static void ids(Pattern pattern, String text, Set<Long> into) {
        if (text != null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                into.add(Long.parseLong(m.group(1)));
            }
        }
    }

    /** The people and organisations of one page, by id, and how they read. */
    private final class Names {

        private final Language language;
        private final Map<Long, String[]> accounts;
        private final Map<Long, String[]> organisations;

        Names(Language language, Map<Long, String[]> accounts, Map<Long, String[]> organisations) {
            this.language = language;
            this.accounts = accounts;
            this.organisations = organisations;
        }

        /** Who acted: an account by name and email, the gateway, an anonymous visitor. */
        String party(String actor) {
            if (actor == null || actor.isEmpty()) {
                return "";
            }
            Matcher m = ACCOUNT.matcher(actor);
            if (m.matches()) {
                String[] name = accounts.get(Long.parseLong(m.group(1)));
                return name == null ? text(language, "audit.party.unknownAccount", m.group(1))
                        : text(language, "audit.party.account", name[0], name[1]);
            }
            return switch (actor) {
                case "runtime" -> text(language, "audit.party.runtime");
                case "anonymous" -> text(language, "audit.party.anonymous");
                default -> actor;
            };
        }

        /** What something was done to: a person or an organisation by name, else the kind in words and its key. */
        String target(String target) {
            if (target == null || target.isEmpty()) {
                return "";
            }
            if (ACCOUNT.matcher(target).matches()) {
                return party(target);
            }
            Matcher o = ORGANISATION.matcher(target);
            if (o.matches() && organisations.containsKey(Long.parseLong(o.group(1)))) {
                return organisations.get(Long.parseLong(o.group(1)))[0];
            }
            int colon = target.indexOf(':');
            if (colon > 0) {
                String key = "audit.target." + target.substring(0, colon);
                String words = messages.text(language, key, target.substring(colon + 1));
                if (!words.equals(key)) {
                    return words;
                }
            }
            return target;
        }
    }
}

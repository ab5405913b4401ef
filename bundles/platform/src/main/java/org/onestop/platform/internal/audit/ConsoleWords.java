package org.onestop.platform.internal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * The details the deployer, the console and the configuration watcher record, in the reader's words: a bundle's
 * version and where it came from, its state before and after an operator's act ({@code version 1.0.0: active ->
 * resolved}), a module's versions, the backups made (by whom, how many files and megabytes), and the settings
 * changed ({@code key: "before" -> "after"; …}, secrets hidden). A detail that does not read so is shown as recorded.
 */
final class ConsoleWords {

    /** The node a runtime entry was recorded on, at the end of its detail ({@link RuntimeEvents}). */
    private static final Pattern ON_NODE = Pattern.compile("(.*); node ([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})",
            Pattern.DOTALL);
    private static final Pattern BUNDLE = Pattern.compile("version (\\S+), location (.*)");
    private static final Pattern STATES = Pattern.compile("version (\\S+): ([a-z]+) -> ([a-z]+)");
    private static final Pattern VERSIONS = Pattern.compile("version (?:(\\S+) -> )?([^\\s,]+)(, file .*)?");
    private static final Pattern BACKUP = Pattern.compile(
            "(console|\\./onestop backup): (?:(\\d+) files, (\\d+) bytes in .*|.*)");
    private static final String CONFIG_VALUE = "(\"(?:[^\"\\\\]|\\\\.)*\"|\\(default\\)|•••)";
    private static final Pattern CONFIG_CHANGE = Pattern.compile("([^\\s:;]+): " + CONFIG_VALUE + " -> "
            + CONFIG_VALUE + "(?:; |$)");
    private static final Pattern CONFIG_MARK = Pattern.compile(
            "(^|; )([^\\s:;=]+) (changed \\(value hidden\\)|set \\(value hidden\\)|removed)(?=; |$)");

    private final Messages messages;

    ConsoleWords(Messages messages) {
        this.messages = messages;
    }

    /** The detail {@code d} of an entry of {@code action} in words; as recorded when it does not read so. */
    String detail(String action, String d, Language language) {
        Matcher m = ON_NODE.matcher(d);
        if (m.matches()) {
            return m.group(1).isEmpty() ? text(language, "audit.detail.node", m.group(2))
                    : text(language, "audit.detail.onNode", detail(action, m.group(1), language), m.group(2));
        }
        switch (action) {
            case "bundle.installed", "bundle.updated", "bundle.uninstalled":
                if ((m = BUNDLE.matcher(d)).matches()) {
                    return text(language, "audit.detail.bundle", m.group(1), m.group(2));
                }
                break;
            case "console.bundle.started", "console.bundle.stopped":
                if ((m = STATES.matcher(d)).matches()) {
                    return text(language, "audit.detail.consoleState", m.group(1), state(m.group(2), language),
                            state(m.group(3), language));
                }
                break;
            case "console.module.installed", "console.module.updated", "console.module.uninstalled",
                    "console.module.rolledBack":
                // the file's name in deploy/ is the gateway's own: the page shows the versions only
                if ((m = VERSIONS.matcher(d)).matches()) {
                    return m.group(1) == null ? text(language, "audit.detail.consoleVersion", m.group(2))
                            : text(language, "audit.detail.consoleVersions", m.group(1), m.group(2));
                }
                break;
            case "console.backup.made", "console.backup.failed":
                // the folder and the system's reason stay in the JSON and the log: the page says who and how much
                if ((m = BACKUP.matcher(d)).matches()) {
                    String by = text(language, "audit.detail.backupBy." + (m.group(1).equals("console") ? "console"
                            : "command"));
                    return m.group(2) == null ? by : text(language, "audit.detail.backupMade", by, m.group(2),
                            String.format(Locale.ROOT, "%.1f", Long.parseLong(m.group(3)) / 1048576.0));
                }
                break;
            case "console.config.changed":
                return configChanges(d, language);
            case "config.updated":
                return d.startsWith("new: ") ? text(language, "audit.detail.newConfig",
                        configMarks(d.substring(5), language)) : configMarks(d, language);
            default:
                break;
        }
        return d;
    }

    /**
     * The console's edit of settings ({@code key: "before" -> "after"; …}, {@code (default)} where the default
     * applies, secrets hidden) in words; as recorded when it does not read so.
     */
    private String configChanges(String detail, Language language) {
        Matcher m = CONFIG_CHANGE.matcher(detail);
        List<String> changes = new ArrayList<>();
        int end = 0;
        while (m.find() && m.start() == end) {
            changes.add(text(language, "console.config.audit.change", m.group(1), configValue(m.group(2), language),
                    configValue(m.group(3), language)));
            end = m.end();
        }
        return end == detail.length() && !changes.isEmpty()
                ? String.join(text(language, "console.config.audit.separator"), changes) : detail;
    }

    /** The watcher's words of a change ({@code key changed (value hidden)}, {@code key removed}) in the reader's. */
    private String configMarks(String detail, Language language) {
        Matcher m = CONFIG_MARK.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + text(language,
                    "console.config.audit.mark", m.group(2), text(language, "console.config.audit." + m.group(3)
                            .replace(" (value hidden)", "Hidden")))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String configValue(String recorded, Language language) {
        return recorded.equals("(default)") ? text(language, "console.config.audit.default") : recorded;
    }

    /** A bundle's state as the console records it ({@code active}, {@code resolved}...) in words. */
    private String state(String code, Language language) {
        String key = "console.state." + code;
        String words = messages.text(language, key);
        return words.equals(key) ? code : words;
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }
}

package org.onestop.console.internal.config;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operator's edit of a component's settings: checked against the metatype (refused with what is wrong with
 * each setting, in the operator's language, nothing written), written into the component's {@code .cfg} file
 * (only the settings that change), recorded in the audit trail as {@code console.config.changed} with each
 * setting's value before and after (secrets as {@value SettingRules#HIDDEN}), then awaited until the gateway's
 * watcher has handed the new values to the configuration admin (at most {@link #APPLY}).
 */
@Component(service = ConfigEdits.class, immediate = true)
public final class ConfigEdits {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigEdits.class);
    /** How long an edit waits for the watcher to apply the file before it answers. */
    private static final Duration APPLY = Duration.ofSeconds(5);
    static final String ACTION = "console.config.changed";

    private final SettingsCatalogue catalogue;
    private final ConfigFolder folder;
    private final AuditTrail trail;
    private final Messages messages;

    /** What an edit did: the settings changed (secrets hidden) and whether the gateway applies them already. */
    public record Outcome(String pid, List<SettingRules.Change> changes, boolean applied) {
    }

    @Activate
    public ConfigEdits(@Reference SettingsCatalogue catalogue, @Reference ConfigFolder folder,
            @Reference AuditTrail trail, @Reference Messages messages) {
        this.catalogue = catalogue;
        this.folder = folder;
        this.trail = trail;
        this.messages = messages;
    }

    /**
     * Sets the values {@code given} (setting to value; a setting not given stays) of {@code pid}, emptying the
     * secrets {@code cleared}.
     */
    public Outcome edit(String pid, Map<String, String> given, Set<String> cleared, Caller caller,
            Language language) throws SQLException {
        SettingsCatalogue.Declared declared = catalogue.declared(pid, language);
        SettingRules.Edit edit = SettingRules.check(declared.attributes(), declared.required(), declared.current(),
                given, cleared);
        if (!edit.faults().isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            edit.faults().forEach((id, fault) -> fields.put(id,
                    Refusal.text(messages, language, fault.key(), fault.arguments())));
            throw Refusal.invalid("console.config.error.invalid", fields, edit.faults().size());
        }
        if (edit.writes().isEmpty()) {
            return new Outcome(pid, List.of(), true);
        }
        try {
            folder.write(pid, edit.writes(), messages.text(Language.EN, "console.config.fileHeader",
                    declared.definition().getName(), pid));
        } catch (UncheckedIOException e) {
            LOG.warn("The settings of {} could not be written: {}", pid, e.getCause().getMessage());
            throw new Refusal(409, "console.config.error.write", pid);
        }
        trail.record(AuditEntry.by(caller, ACTION, "config:" + pid, detail(edit.changes())));
        boolean applied = applied(pid, edit.writes());
        if (!applied) {
            LOG.warn("The settings of {} were written but are not in force after {} s", pid, APPLY.toSeconds());
        }
        return new Outcome(pid, edit.changes(), applied);
    }

    /** Waits until the configuration admin holds {@code writes}; false when it does not in time. */
    private boolean applied(String pid, Map<String, String> writes) {
        long end = System.nanoTime() + APPLY.toNanos();
        while (true) {
            Map<String, String> now = catalogue.current(pid);
            if (writes.entrySet().stream().allMatch(w -> w.getValue() == null ? !now.containsKey(w.getKey())
                    : w.getValue().equals(now.get(w.getKey())))) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /**
     * The audit trail's detail of an edit: {@code key: "before" -> "after"} for each setting, {@code (default)}
     * where the default applies, {@value SettingRules#HIDDEN} for a secret; separated by {@code ; }.
     */
    static String detail(List<SettingRules.Change> changes) {
        StringJoiner detail = new StringJoiner("; ");
        for (SettingRules.Change c : changes) {
            detail.add(c.key() + ": " + quoted(c.before()) + " -> " + quoted(c.after()));
        }
        return detail.toString();
    }

    private static String quoted(String value) {
        if (value == null) {
            return "(default)";
        }
        if (value.equals(SettingRules.HIDDEN)) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

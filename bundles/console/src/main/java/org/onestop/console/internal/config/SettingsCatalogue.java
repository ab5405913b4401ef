package org.onestop.console.internal.config;

import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Refusal;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The configurable components of the gateway as their metatype declares them: every PID (not factory PIDs) of a
 * bundle with metatype, its name and description (in the reader's language when the metatype is localized), its
 * settings with types and defaults, and the values in force from the configuration admin — read without creating
 * a configuration. Secrets are marked and their values never leave this class except as "set" or "not set".
 */
@Component(service = SettingsCatalogue.class, immediate = true)
public final class SettingsCatalogue {

    private final BundleContext context;
    private final MetaTypeService metaTypes;
    private final ConfigurationAdmin configurations;
    private final ConfigFolder folder;
    private final Messages messages;

    /** A configurable component in the list. */
    public record Pid(String pid, String name, String description, int settings, boolean file) {
    }

    /** A value offered for a setting: the value and its label. */
    public record Option(String value, String label) {
    }

    /**
     * One setting: its key, label, description, type ({@code string}, {@code integer}, …), default, the value in
     * force ({@code null} for a secret or when the default applies), whether a secret is set, the values offered.
     */
    public record Setting(String id, String name, String description, String type, String defaultValue,
            String value, boolean secret, boolean set, boolean required, boolean list, List<Option> options) {
    }

    /** A component's settings as the form shows them. */
    public record Form(String pid, String name, String description, boolean file, List<Setting> settings) {
    }

    /** A component's declaration with its values in force, for checking an edit. */
    record Declared(ObjectClassDefinition definition, AttributeDefinition[] attributes, Set<String> required,
            Map<String, String> current) {
    }

    @Activate
    public SettingsCatalogue(BundleContext context, @Reference MetaTypeService metaTypes,
            @Reference ConfigurationAdmin configurations, @Reference ConfigFolder folder,
            @Reference Messages messages) {
        this.context = context;
        this.messages = messages;
        this.metaTypes = metaTypes;
        this.configurations = configurations;
        this.folder = folder;
    }

    /** Every configurable component, by name. */
    public List<Pid> list(Language language) {
        List<Pid> pids = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
            if (info == null) {
                continue;
            }
            for (String pid : info.getPids()) {
                ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, locale(language));
                if (ocd != null && pids.stream().noneMatch(p -> p.pid().equals(pid))) {
                    AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
                    String[] words = words("console.config.pid." + pid, ocd.getName(), ocd.getDescription(), pid,
                            language);
                    pids.add(new Pid(pid, words[0], words[1], all == null ? 0 : all.length, folder.exists(pid)));
                }
            }
        }
        Collator order = Collator.getInstance(language == Language.ZH_CN ? Locale.CHINA : Locale.ENGLISH);
        pids.sort(Comparator.comparing(Pid::name, order).thenComparing(Pid::pid));
        return pids;
    }

    /** The settings of {@code pid} with their values in force; 404 when no metatype declares it. */
    public Form form(String pid, Language language) {
        Declared declared = declared(pid, language);
        List<Setting> settings = new ArrayList<>();
        for (AttributeDefinition d : declared.attributes()) {
            boolean secret = SettingRules.secret(d);
            String value = declared.current().get(d.getID());
            List<Option> options = new ArrayList<>();
            String[] values = d.getOptionValues();
            String[] labels = d.getOptionLabels();
            for (int i = 0; values != null && i < values.length; i++) {
                options.add(new Option(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
            }
            String[] words = words("console.config.setting." + pid + "." + d.getID(), d.getName(),
                    d.getDescription(), d.getID(), language);
            settings.add(new Setting(d.getID(), words[0], words[1],
                    type(d.getType()), secret ? null : SettingRules.defaultOf(d), secret ? null : value, secret,
                    secret && value != null && !value.isEmpty(), declared.required().contains(d.getID()),
                    d.getCardinality() != 0, options));
        }
        ObjectClassDefinition ocd = declared.definition();
        String[] words = words("console.config.pid." + pid, ocd.getName(), ocd.getDescription(), pid, language);
        return new Form(pid, words[0], words[1], folder.exists(pid), settings);
    }

    /** What the metatype declares for {@code pid}, with the values in force; 404 when nothing declares it. */
    Declared declared(String pid, Language language) {
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
            if (info != null && Arrays.asList(info.getPids()).contains(pid)) {
                ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, locale(language));
                AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
                AttributeDefinition[] required = ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
                Set<String> requiredIds = new HashSet<>();
                for (AttributeDefinition d : required == null ? new AttributeDefinition[0] : required) {
                    requiredIds.add(d.getID());
                }
                return new Declared(ocd, all == null ? new AttributeDefinition[0] : all, requiredIds, current(pid));
            }
        }
        throw new Refusal(404, "console.config.error.noPid", pid);
    }

    /** The values in force of {@code pid}, as text (lists comma separated); empty when it has no configuration. */
    Map<String, String> current(String pid) {
        Map<String, String> values = new LinkedHashMap<>();
        configuration(pid).map(Configuration::getProperties).ifPresent(properties -> {
            for (String key : Collections.list(properties.keys())) {
                values.put(key, text(properties, key));
            }
        });
        return values;
    }

    private Optional<Configuration> configuration(String pid) {
        try {
            Configuration[] found = configurations.listConfigurations("(" + Constants.SERVICE_PID + "="
                    + pid.replaceAll("([\\\\*()])", "\\\\$1") + ")");
            return found == null || found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (IOException | InvalidSyntaxException e) {
            return Optional.empty();
        }
    }

    private static String text(Dictionary<String, Object> properties, String key) {
        Object value = properties.get(key);
        if (value instanceof Object[] array) {
            return String.join(",", Arrays.stream(array).map(String::valueOf).toList());
        }
        if (value instanceof java.util.Collection<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /**
     * A name and description: on a Chinese page from the catalogue ({@code key} = "名称|说明") when it has them, else
     * as the metatype says them ({@code fallback} when it names nothing), as on an English page.
     */
    private String[] words(String key, String name, String description, String fallback, Language language) {
        String catalogued = language == Language.ZH_CN ? messages.text(language, key) : key;
        if (!catalogued.equals(key) && catalogued.contains("|")) {
            return catalogued.split("\\|", 2);
        }
        return new String[] {text(name, fallback), text(description, "")};
    }

    private static String locale(Language language) {
        return language == Language.ZH_CN ? "zh_CN" : "en";
    }

    private static String text(String declared, String fallback) {
        return declared == null || declared.isBlank() ? fallback : declared;
    }

    private static String type(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> "long";
            case AttributeDefinition.INTEGER -> "integer";
            case AttributeDefinition.SHORT -> "short";
            case AttributeDefinition.BYTE -> "byte";
            case AttributeDefinition.DOUBLE -> "double";
            case AttributeDefinition.FLOAT -> "float";
            case AttributeDefinition.BOOLEAN -> "boolean";
            case AttributeDefinition.CHARACTER -> "character";
            case AttributeDefinition.PASSWORD -> "password";
            default -> "string";
        };
    }
}

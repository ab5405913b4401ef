package org.onestop.console.internal.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * Checks the values an operator gives for a component's settings against what its metatype declares — the type
 * (whole numbers in the type's range, numbers, {@code true}/{@code false}, one character), the values offered, the
 * metatype's own check, a value required — and says what changes: only the settings whose value differs from the
 * one in force; an empty value of a setting that is not text takes it out of the file, so that its default applies;
 * an empty secret keeps the secret (unless it is cleared). Values are trimmed; a list is comma separated.
 */
final class SettingRules {

    /** Words of a setting's name that make it a secret, besides the metatype's password type. */
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token", "credential");
    /** What a secret shows in place of its value, in the audit trail too. */
    static final String HIDDEN = "•••";

    private SettingRules() {
    }

    /** What is wrong with one value: a message key ({@code console.config.error.*}) and its arguments. */
    record Fault(String key, List<Object> arguments) {
    }

    /** One setting changed: its value before and after ({@code null}: the default applies); secrets hidden. */
    record Change(String key, String before, String after) {
    }

    /**
     * The result of checking an edit: the changes to write ({@code key -> value}, {@code null} to take the setting
     * out of the file), the same for the audit trail, and the faults by setting; nothing changes when there are.
     */
    record Edit(Map<String, String> writes, List<Change> changes, Map<String, Fault> faults) {
    }

    /** Whether a setting holds a secret: the metatype's password type, or a name that says so. */
    static boolean secret(AttributeDefinition definition) {
        String id = definition.getID().toLowerCase(Locale.ROOT);
        return definition.getType() == AttributeDefinition.PASSWORD || SECRET_WORDS.stream().anyMatch(id::contains);
    }

    /** A setting's default as text ({@code null} when it has none), list values comma separated. */
    static String defaultOf(AttributeDefinition definition) {
        String[] values = definition.getDefaultValue();
        return values == null ? null : String.join(",", values);
    }

    /**
     * Checks {@code given} (setting to the value entered; a setting not given stays as it is) for the settings
     * {@code definitions} whose values in force are {@code current} (a setting absent has its default);
     * {@code cleared} names the secrets to empty.
     */
    static Edit check(AttributeDefinition[] definitions, Set<String> required, Map<String, String> current,
            Map<String, String> given, Set<String> cleared) {
        Map<String, String> writes = new LinkedHashMap<>();
        List<Change> changes = new ArrayList<>();
        Map<String, Fault> faults = new LinkedHashMap<>();
        for (AttributeDefinition d : definitions) {
            String id = d.getID();
            boolean secret = secret(d);
            String entered = given.get(id);
            String value;
            if (secret && cleared.contains(id)) {
                value = "";
            } else if (entered == null || (secret && entered.isEmpty())) {
                continue;
            } else {
                value = entered.strip();
            }
            if (value.isEmpty() && d.getType() != AttributeDefinition.STRING && !secret) {
                if (required.contains(id) && d.getDefaultValue() == null) {
                    faults.put(id, fault("console.config.error.required"));
                    continue;
                }
                value = null;
            } else {
                Fault fault = fault(d, value);
                if (fault != null) {
                    faults.put(id, fault);
                    continue;
                }
            }
            String before = current.get(id);
            if (value == null ? before == null
                    : value.equals(before) || (before == null && value.equals(defaultOf(d)))) {
                continue;
            }
            writes.put(id, value);
            changes.add(new Change(id, secret ? HIDDEN : before, secret ? HIDDEN : value));
        }
        return new Edit(writes, changes, faults);
    }

    /** What is wrong with a non-empty {@code value} of the setting, or null when nothing is. */
    private static Fault fault(AttributeDefinition d, String value) {
        if (value.contains("${")) {
            return fault("console.config.error.placeholder");
        }
        List<String> items = d.getCardinality() == 0 || value.isEmpty() ? List.of(value)
                : Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        String[] options = d.getOptionValues();
        for (String item : items) {
            Fault typed = typed(d.getType(), item);
            if (typed != null) {
                return typed;
            }
            if (options != null && options.length > 0 && !Arrays.asList(options).contains(item)) {
                return fault("console.config.error.option", String.join(", ", options));
            }
        }
        if (d.getCardinality() != 0 && Math.abs(d.getCardinality()) < items.size()) {
            return fault("console.config.error.tooMany", Math.abs(d.getCardinality()));
        }
        String verdict = d.getType() == AttributeDefinition.BOOLEAN ? "" : d.validate(value);
        return verdict == null || verdict.isEmpty() ? null : fault("console.config.error.rejected");
    }

    /** Whether {@code item} is a value of the metatype {@code type}. */
    private static Fault typed(int type, String item) {
        try {
            switch (type) {
                case AttributeDefinition.LONG -> Long.parseLong(item);
                case AttributeDefinition.INTEGER -> Integer.parseInt(item);
                case AttributeDefinition.SHORT -> Short.parseShort(item);
                case AttributeDefinition.BYTE -> Byte.parseByte(item);
                case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> {
                    if (!Double.isFinite(Double.parseDouble(item))) {
                        throw new NumberFormatException(item);
                    }
                }
                case AttributeDefinition.BOOLEAN -> {
                    if (!item.equals("true") && !item.equals("false")) {
                        return fault("console.config.error.boolean");
                    }
                }
                case AttributeDefinition.CHARACTER -> {
                    if (item.codePointCount(0, item.length()) != 1) {
                        return fault("console.config.error.character");
                    }
                }
                default -> {
                    return null;
                }
            }
            return null;
        } catch (NumberFormatException e) {
            return switch (type) {
                case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> fault("console.config.error.number");
                case AttributeDefinition.LONG -> whole(Long.MIN_VALUE, Long.MAX_VALUE);
                case AttributeDefinition.SHORT -> whole(Short.MIN_VALUE, Short.MAX_VALUE);
                case AttributeDefinition.BYTE -> whole(Byte.MIN_VALUE, Byte.MAX_VALUE);
                default -> whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
            };
        }
    }

    private static Fault whole(long min, long max) {
        return fault("console.config.error.whole", String.valueOf(min), String.valueOf(max));
    }

    private static Fault fault(String key, Object... arguments) {
        return new Fault(key, List.of(arguments));
    }
}

package org.onestop.lookup.internal.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An International Patent Classification symbol such as {@code C12N 15/10}: section {@code C}, class {@code C12},
 * subclass {@code C12N}, main group {@code C12N 15}, group {@code C12N 15/10}. Files write it in several ways
 * ({@code G06F015/00}, {@code G06F 15/00}, {@code C12N15/10}); {@link #parse} reads them all and {@link #toString}
 * prints the usual form. A search for any prefix level matches every code below it.
 */
public record IpcCode(String subclass, String mainGroup, String subgroup) {

    private static final Pattern CODE = Pattern.compile(
            "([A-H])\\s*(\\d{2})\\s*([A-Z])(?:\\s*0*(\\d{1,4})(?:\\s*/\\s*(\\d{1,6}))?)?");

    /** Reads a full or partial code; empty when it is no IPC symbol. */
    public static Optional<IpcCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new IpcCode(m.group(1) + m.group(2) + m.group(3), m.group(4), m.group(5)));
    }

    /** Reads a section ({@code C}) or class ({@code C12}) too, as prefixes for a search. */
    public static Optional<String> prefix(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.matches("[A-H]") || t.matches("[A-H]\\d{2}")) {
            return Optional.of(t);
        }
        return parse(t).map(IpcCode::toString);
    }

    /** Every level from the section down to this code, as indexed for prefix searches. */
    public List<String> levels() {
        List<String> levels = new ArrayList<>(5);
        levels.add(subclass.substring(0, 1));
        levels.add(subclass.substring(0, 3));
        levels.add(subclass);
        if (mainGroup != null) {
            levels.add(subclass + " " + mainGroup);
            if (subgroup != null) {
                levels.add(toString());
            }
        }
        return levels;
    }

    public String section() {
        return subclass.substring(0, 1);
    }

    @Override
    public String toString() {
        if (mainGroup == null) {
            return subclass;
        }
        return subclass + " " + mainGroup + (subgroup == null ? "" : "/" + subgroup);
    }
}

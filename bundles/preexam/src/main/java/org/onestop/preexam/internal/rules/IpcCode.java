package org.onestop.preexam.internal.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPC symbol (International Patent Classification): a subclass, optionally a main group and a subgroup, e.g.
 * {@code C12N}, {@code C12N 15} or {@code C12N 15/10}. The subclass is a section letter A–H, two class digits and a
 * subclass letter; the main group has 1–4 digits, the subgroup 2–6 (kept as written, since {@code 15/10} and
 * {@code 15/100} are different groups). A subgroup {@code 00} names the main group itself.
 */
public record IpcCode(String subclass, Integer mainGroup, String subgroup) {

    private static final Pattern SUBCLASS = Pattern.compile("[A-H][0-9]{2}[A-Z]");
    private static final Pattern SUBGROUP = Pattern.compile("[0-9]{2,6}");
    private static final Pattern SYMBOL = Pattern.compile(
            "([A-H][0-9]{2}[A-Z])(?:\\s*([0-9]{1,4})(?:\\s*/\\s*([0-9]{2,6}))?)?");

    public IpcCode {
        Objects.requireNonNull(subclass, "subclass");
        if (!SUBCLASS.matcher(subclass).matches()) {
            throw new IllegalArgumentException("Not an IPC subclass: " + subclass);
        }
        if (mainGroup != null && (mainGroup < 0 || mainGroup > 9999)) {
            throw new IllegalArgumentException("Not an IPC main group: " + mainGroup);
        }
        if (subgroup != null) {
            if (mainGroup == null) {
                throw new IllegalArgumentException("An IPC subgroup needs a main group: " + subgroup);
            }
            if (!SUBGROUP.matcher(subgroup).matches()) {
                throw new IllegalArgumentException("Not an IPC subgroup: " + subgroup);
            }
        }
    }

    /**
     * Reads "C12N", "C12N 15", "C12N 15/10", "c12n15/10", "C12N  15/1052", with full-width letters/digits/slash
     * (e.g. "Ｃ１２Ｎ　１５／１０") accepted; section A–H, class 2 digits, subclass letter, main group 1–4 digits,
     * subgroup 2–6 digits. Empty when the text is not such a symbol.
     */
    public static Optional<IpcCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        Matcher m = SYMBOL.matcher(normal);
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer mainGroup = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return Optional.of(new IpcCode(m.group(1), mainGroup, m.group(3)));
    }

    /** Whether it names a main group and a subgroup (what a request's IPC codes must be). */
    public boolean complete() {
        return mainGroup != null && subgroup != null;
    }

    /**
     * Whether this symbol lies inside {@code broader} (same subclass; broader's main group absent or equal;
     * broader's subgroup absent or equal). A broader subgroup {@code 00} counts as absent: {@code C12N 15/00} is
     * the main group {@code C12N 15} and holds all its subgroups.
     */
    public boolean within(IpcCode broader) {
        if (!subclass.equals(broader.subclass)) {
            return false;
        }
        if (broader.mainGroup == null) {
            return true;
        }
        if (!broader.mainGroup.equals(mainGroup)) {
            return false;
        }
        if (broader.subgroup == null || broader.namesMainGroup()) {
            return true;
        }
        return broader.subgroup.equals(subgroup);
    }

    /** The subclass and main group without the subgroup, e.g. {@code C12N 15}; the subclass alone if no main group. */
    public IpcCode mainGroupOnly() {
        return new IpcCode(subclass, mainGroup, null);
    }

    private boolean namesMainGroup() {
        return subgroup != null && subgroup.equals("00");
    }

    /** The canonical form: "C12N", "C12N 15", "C12N 15/10". */
    @Override
    public String toString() {
        if (mainGroup == null) {
            return subclass;
        }
        return subgroup == null ? subclass + " " + mainGroup : subclass + " " + mainGroup + "/" + subgroup;
    }
}

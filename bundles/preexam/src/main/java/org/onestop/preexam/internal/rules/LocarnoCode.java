package org.onestop.preexam.internal.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Locarno classification (International Classification for Industrial Designs) of a design: its class and, in a
 * request, its subclass, written {@code 09-03}. The structure is checked, not the edition's list: classes run from
 * 01 to 32; a class's subclasses are numbered from 01 up, with 99 for miscellaneous goods; classes 31 and 32 have no
 * subclasses and are written with 00 ({@code 31-00}, {@code 32-00}), which no other class takes.
 *
 * @param classNumber the class, 1–32
 * @param subclass    the subclass, 0–99, or null for a whole class (as the centre's scope may name one)
 */
public record LocarnoCode(int classNumber, Integer subclass) {

    /** The last class of the classification. */
    public static final int CLASSES = 32;

    private static final Pattern CODE = Pattern.compile(
            "(?:LOC\\s*(?:\\(\\d+\\))?\\s*)?(?:CL\\.?\\s*)?(\\d{1,2})(?:\\s*[-‐‑–—.]\\s*(\\d{2}))?");

    public LocarnoCode {
        if (classNumber < 1 || classNumber > CLASSES) {
            throw new IllegalArgumentException("Not a Locarno class: " + classNumber);
        }
        if (subclass != null && !fits(classNumber, subclass)) {
            throw new IllegalArgumentException("Not a subclass of Locarno class " + classNumber + ": " + subclass);
        }
    }

    /**
     * Reads "09-03", "9-03", "9.03", "Cl. 9-03", "LOC (14) Cl. 09-03", with full-width digits and dashes accepted,
     * or a class alone ("09"). Empty when the text is no such code or the class or subclass does not exist.
     */
    public static Optional<LocarnoCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        Matcher m = CODE.matcher(normal);
        if (!m.matches()) {
            return Optional.empty();
        }
        int classNumber = Integer.parseInt(m.group(1));
        Integer subclass = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        if (classNumber < 1 || classNumber > CLASSES || subclass != null && !fits(classNumber, subclass)) {
            return Optional.empty();
        }
        return Optional.of(new LocarnoCode(classNumber, subclass));
    }

    /** Whether it names a subclass, as a request's classification must. */
    public boolean complete() {
        return subclass != null;
    }

    /** Whether this code lies inside {@code broader}: the same class, and the same subclass unless it names none. */
    public boolean within(LocarnoCode broader) {
        return classNumber == broader.classNumber && (broader.subclass == null || broader.subclass.equals(subclass));
    }

    /** The class alone, as written in messages: {@code 09}. */
    public String classText() {
        return String.format(Locale.ROOT, "%02d", classNumber);
    }

    /** The canonical form: {@code 09-03}, or {@code 09} for a whole class. */
    @Override
    public String toString() {
        return subclass == null ? classText() : classText() + String.format(Locale.ROOT, "-%02d", subclass);
    }

    /** Classes 31 and 32 have only the subclass 00; the others have 01 and up, and 99. */
    private static boolean fits(int classNumber, int subclass) {
        boolean undivided = classNumber == 31 || classNumber == 32;
        return undivided ? subclass == 0 : subclass >= 1 && subclass <= 99;
    }
}

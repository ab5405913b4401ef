package org.onestop.api.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a printed document's text cut into the units a line may break between, as Chinese typesetting breaks: after
 * any Han character, between Latin words, never before closing punctuation (，。）… stay with what precedes them)
 * nor after opening punctuation (（《… stay with what follows). Numbers, dates and codes the reader copies are
 * kept whole with {@link #keep(String)}.
 */
public final class Phrase {

    /** Punctuation that may not begin a line. */
    private static final String CLOSING = "，。、；：？！）》」』”’〉】〕…%·,.;:?!)]}";
    /** Punctuation that may not end a line. */
    private static final String OPENING = "（《「『“‘〈【〔([{";

    private final List<String> units = new ArrayList<>();
    private boolean joinNext;

    public static Phrase of(String text) {
        return new Phrase().text(text);
    }

    /** Adds text that may break between its characters and words. */
    public Phrase text(String text) {
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x80 && !Character.isWhitespace(cp) && CLOSING.indexOf(cp) < 0 && OPENING.indexOf(cp) < 0) {
                word.appendCodePoint(cp);
                return;
            }
            flush(word);
            if (Character.isWhitespace(cp)) {
                if (!units.isEmpty() && !units.get(units.size() - 1).equals(" ") && !joinNext) {
                    units.add(" ");
                }
            } else if (CLOSING.indexOf(cp) >= 0 && !units.isEmpty() && !units.get(units.size() - 1).equals(" ")) {
                int last = units.size() - 1;
                units.set(last, units.get(last) + Character.toString(cp));
            } else {
                add(Character.toString(cp));
                joinNext = OPENING.indexOf(cp) >= 0;
            }
        });
        flush(word);
        return this;
    }

    /** Adds text that stays on one line (a number, a date, a classification). */
    public Phrase keep(String text) {
        if (!text.isEmpty()) {
            add(text);
        }
        return this;
    }

    /** The units in reading order; {@code " "} stands for a breakable space. */
    public List<String> units() {
        return List.copyOf(units);
    }

    private void flush(StringBuilder word) {
        if (word.length() > 0) {
            add(word.toString());
            word.setLength(0);
        }
    }

    private void add(String unit) {
        if (joinNext && !units.isEmpty()) {
            int last = units.size() - 1;
            units.set(last, units.get(last) + unit);
        } else {
            units.add(unit);
        }
        joinNext = false;
    }
}

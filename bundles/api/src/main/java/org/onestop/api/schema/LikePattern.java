package org.onestop.api.schema;

/**
 * Search words as SQL {@code LIKE} patterns that match them literally: {@code %}, {@code _} and the escape
 * character itself lose their special meaning. Write the condition as {@code COLUMN LIKE ? ESCAPE '\'} (the
 * {@link #CLAUSE}), which Derby and PostgreSQL read alike, and bind one of the patterns below.
 */
public final class LikePattern {

    /** The escape clause that goes with every pattern made here. */
    public static final String CLAUSE = "ESCAPE '\\'";

    private LikePattern() {
    }

    /** {@code text} with {@code \}, {@code %} and {@code _} escaped by a backslash. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern that matches values containing {@code text}. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** A pattern that matches values starting with {@code text}. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }
}

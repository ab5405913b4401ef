package org.onestop.ratings.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five levels of a service rating (国办发〔2019〕51号), best first, with their points on the 100-point scale
 * of the statistics: 非常满意 100, 满意 80, 基本满意 60, 不满意 40, 非常不满意 20. The bottom two are a bad review
 * (差评).
 */
public enum Level {

    VERY_SATISFIED("very-satisfied", 100),
    SATISFIED("satisfied", 80),
    FAIRLY_SATISFIED("fairly-satisfied", 60),
    DISSATISFIED("dissatisfied", 40),
    VERY_DISSATISFIED("very-dissatisfied", 20);

    private final String code;
    private final int points;

    Level(String code, int points) {
        this.code = code;
        this.points = points;
    }

    /** The code stored and sent, e.g. {@code very-satisfied}. */
    public String code() {
        return code;
    }

    /** Points on the 100-point scale. */
    public int points() {
        return points;
    }

    /** Whether this level is a bad review (不满意 or 非常不满意), which opens a follow-up. */
    public boolean bad() {
        return points <= DISSATISFIED.points;
    }

    /** The message key of its words. */
    public String key() {
        return "ratings.level." + code;
    }

    /** The level of {@code code}, if it is one. */
    public static Optional<Level> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}

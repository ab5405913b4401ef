package org.onestop.lookup.internal.patent;

import java.util.Locale;
import java.util.Optional;

/** The kinds of patent right a record may be: the three Chinese ones, and the US plant patent. */
public enum PatentType {
    INVENTION, UTILITY_MODEL, DESIGN, PLANT;

    /** The type a file names: {@code 发明}, {@code 实用新型}, {@code 外观设计}, or the English names and codes. */
    public static Optional<PatentType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Optional.ofNullable(switch (v) {
            case "发明", "发明专利", "发明申请", "invention", "utility", "reissue" -> INVENTION;
            case "实用新型", "utility_model" -> UTILITY_MODEL;
            case "外观设计", "design" -> DESIGN;
            case "plant", "植物" -> PLANT;
            default -> null;
        });
    }

    /** The lower-case code used in URLs, JSON and CSV. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.onestop.lookup.internal.gi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A geographical indication as staff enter it (form fields or JSON), checked field by field: {@link #problems}
 * names each field that cannot be stored and the message key saying why, for inline form errors.
 */
public record GeoIndicationForm(String name, String area, String category, String holder,
        String registrationNumber, String registeredOn, String protection, String note) {

    /** The kinds of protection a geographical indication may have. */
    public static final List<String> PROTECTIONS = List.of("PRODUCT", "TRADEMARK", "AGRICULTURAL");

    public static GeoIndicationForm of(GeoIndication g) {
        return new GeoIndicationForm(g.name(), g.area(), g.category(), g.holder(), g.registrationNumber(),
                g.registeredOn() == null ? "" : g.registeredOn().toString(), g.protection(), g.note());
    }

    /** Field name → message key, for every field that cannot be stored; empty when all is well. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "name", name, 200);
        required(problems, "area", area, 1000);
        required(problems, "category", category, 100);
        optional(problems, "holder", holder, 300);
        optional(problems, "registrationNumber", registrationNumber, 100);
        optional(problems, "note", note, 2000);
        if (!blank(registeredOn)) {
            try {
                LocalDate.parse(registeredOn.strip());
            } catch (DateTimeParseException e) {
                problems.put("registeredOn", "lookup.gi.error.date");
            }
        }
        if (blank(protection) || !PROTECTIONS.contains(protection.strip().toUpperCase(Locale.ROOT))) {
            problems.put("protection", "lookup.gi.error.protection");
        }
        return problems;
    }

    /** The indication to store; call only when {@link #problems} is empty. */
    public GeoIndication toIndication(int id) {
        return new GeoIndication(id, name.strip(), area.strip(), category.strip(), trim(holder),
                trim(registrationNumber), blank(registeredOn) ? null : LocalDate.parse(registeredOn.strip()),
                protection.strip().toUpperCase(Locale.ROOT), trim(note));
    }

    private static void required(Map<String, String> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.put(field, "lookup.gi.error.required");
        } else if (value.strip().length() > max) {
            problems.put(field, "lookup.gi.error.tooLong");
        }
    }

    private static void optional(Map<String, String> problems, String field, String value, int max) {
        if (!blank(value) && value.strip().length() > max) {
            problems.put(field, "lookup.gi.error.tooLong");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}

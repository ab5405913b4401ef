package org.onestop.lookup.internal.patent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The patent search form as the visitor filled it in, to show it again and to build the links of a result page:
 * other pages, facet filters added or removed, the CSV export and the JSON of the same search.
 */
public final class PatentSearchForm {

    /** The request parameters of a search, in the order the form shows them. */
    public static final String[] NAMES = {"q", "number", "applicant", "inventor", "ipc", "from", "to", "section",
        "year", "type", "sort", "size"};

    /** The most of a value shown again: a longer one was refused, and need not come back whole. */
    private static final int SHOWN = 500;

    private final Map<String, String> values = new LinkedHashMap<>();

    public PatentSearchForm(String... valuesInOrderOfNames) {
        for (int i = 0; i < NAMES.length; i++) {
            String v = i < valuesInOrderOfNames.length ? valuesInOrderOfNames[i] : null;
            String value = v == null ? "" : v.strip();
            values.put(NAMES[i], value.length() > SHOWN ? value.substring(0, SHOWN) : value);
        }
    }

    /** What the visitor entered for a parameter, or an empty text. */
    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    /** Whether any criterion (not the order or page size) is given. */
    public boolean searching() {
        return values.entrySet().stream().anyMatch(e -> !e.getKey().equals("sort") && !e.getKey().equals("size")
                && !e.getValue().isEmpty());
    }

    /** The query string of this search with one parameter set (or removed when {@code value} is empty). */
    public String with(String name, String value) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String v = e.getKey().equals(name) ? value : e.getValue();
            if (v != null && !v.isEmpty()) {
                query.append(query.length() == 0 ? "" : "&").append(e.getKey()).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        if (!values.containsKey(name) && value != null && !value.isEmpty()) {
            query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** The query string of this search as it is. */
    public String query() {
        return with("", "");
    }

    /** Forms filled in alike are equal (a page rendered for one is the page of the other). */
    @Override
    public boolean equals(Object other) {
        return other instanceof PatentSearchForm form && values.equals(form.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}

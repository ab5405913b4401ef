package org.onestop.cnipa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;

/**
 * One version of a business's entry in the service catalogue (事项清单): where it is done (the online entry point
 * named), the materials, fees, time limit, legal basis, who may apply and what to bring, each in Chinese and English,
 * with its source; who wrote this version and when (UTC).
 *
 * @param fields     the texts by field name ({@link #FIELDS}), e.g. {@code feesZh}
 * @param toConfirm  true while a detail is still to be confirmed against the patent office's publication
 */
public record CatalogueEntry(String code, int version, Map<String, String> fields, boolean toConfirm,
        String editedBy, Instant editedAt) {

    /** The texts of an entry, each with its column in {@code CNIPA.CATALOGUE_VERSION} and its longest length. */
    static final List<String> FIELDS = List.of("entryPointZh", "entryPointEn", "materialsZh", "materialsEn", "feesZh",
            "feesEn", "timeLimitZh", "timeLimitEn", "legalBasisZh", "legalBasisEn", "whoZh", "whoEn", "bringZh",
            "bringEn", "sourceZh", "sourceEn");

    public CatalogueEntry {
        fields = Map.copyOf(fields);
    }

    /** The column of {@code field}: {@code feesZh} is {@code FEES_ZH}. */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toUpperCase();
    }

    /** The longest text {@code field} holds. */
    static int longest(String field) {
        return field.startsWith("materials") ? 4000 : field.startsWith("entryPoint") || field.startsWith("timeLimit")
                || field.startsWith("who") || field.startsWith("source") ? 500 : 1000;
    }

    /** The text of {@code field} ({@code fees}, {@code who}…) in {@code language}. */
    public String text(String field, Language language) {
        return fields.getOrDefault(field + (language == Language.EN ? "En" : "Zh"), "");
    }

    /** The materials checklist in {@code language}, one item a line. */
    public List<Material> materials(Language language) {
        List<Material> items = new ArrayList<>();
        for (String line : text("materials", language).split("\n")) {
            if (!line.isBlank()) {
                items.add(Material.parse(line));
            }
        }
        return items;
    }

    /** Each field at fault, with the key of its problem; empty when the entry may be stored. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = fields.getOrDefault(field, "");
            if (value.isBlank()) {
                problems.put(field, "cnipa.catalogue.error.required");
            } else if (value.length() > longest(field)) {
                problems.put(field, "cnipa.catalogue.error.tooLong");
            } else if (field.startsWith("materials") && !Material.allWellFormed(value)) {
                problems.put(field, "cnipa.catalogue.error.material");
            }
        }
        return problems;
    }

    /** The same texts with blanks around them and Windows line ends taken away. */
    static Map<String, String> tidy(Map<String, String> typed) {
        Map<String, String> tidy = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = typed.get(field);
            tidy.put(field, value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip());
        }
        return tidy;
    }

    /** The fields whose text differs from {@code before}'s, in order, and whether "to be confirmed" changed. */
    List<String> changedFrom(CatalogueEntry before) {
        List<String> changed = new ArrayList<>();
        for (String field : FIELDS) {
            if (!fields.getOrDefault(field, "").equals(before.fields.getOrDefault(field, ""))) {
                changed.add(field);
            }
        }
        if (toConfirm != before.toConfirm) {
            changed.add("toConfirm");
        }
        return changed;
    }
}

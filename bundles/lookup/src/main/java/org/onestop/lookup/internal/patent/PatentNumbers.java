package org.onestop.lookup.internal.patent;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How patent numbers are written and matched. A visitor may type a number with or without its country code, with
 * spaces, commas, slashes or dots ({@code US 6,859,910 B2}, {@code 09/832,323}, {@code CN 202310123456.7},
 * {@code ZL202310123456.7}); every record is indexed under the forms it may be asked for, and a query is reduced
 * to its letters and digits before it is looked up.
 */
public final class PatentNumbers {

    /** Country code, the number, and an optional kind code such as A, B2, U, S. */
    private static final Pattern PARTS = Pattern.compile("([A-Z]{2})?(\\d[\\dX]*)([A-Z]\\d?)?");

    private PatentNumbers() {
    }

    /** A number reduced to upper-case letters and digits, as queries are looked up. */
    public static String key(String number) {
        if (number == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = Character.toUpperCase(number.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Every key under which a number may be asked for: with and without country, kind and leading zeros. */
    public static Set<String> variants(String number) {
        Set<String> variants = new LinkedHashSet<>();
        String key = key(number);
        if (key.isEmpty()) {
            return variants;
        }
        variants.add(key);
        if (key.startsWith("ZL")) {
            key = "CN" + key.substring(2);
            variants.add(key);
        }
        Matcher m = PARTS.matcher(key);
        if (!m.matches()) {
            return variants;
        }
        String country = m.group(1) == null ? "" : m.group(1);
        String digits = m.group(2);
        String kind = m.group(3) == null ? "" : m.group(3);
        String unpadded = digits.replaceFirst("^0+(?=\\d)", "");
        for (String d : new String[] {digits, unpadded}) {
            for (String k : new String[] {kind, ""}) {
                variants.add(d + k);
                if (!country.isEmpty()) {
                    variants.add(country + d + k);
                }
                if (country.equals("CN")) {
                    variants.add("ZL" + d + k);
                }
            }
        }
        return variants;
    }

    /** The country code a number starts with, or {@code fallback}. */
    public static String country(String number, String fallback) {
        String key = key(number);
        if (key.length() > 2 && Character.isLetter(key.charAt(0)) && Character.isLetter(key.charAt(1))) {
            String c = key.substring(0, 2);
            return c.equals("ZL") ? "CN" : c;
        }
        return fallback.toUpperCase(Locale.ROOT);
    }

    /** A number with its country code in front, spaces removed: {@code 2023101234567} becomes {@code CN2023...}. */
    public static String withCountry(String number, String country) {
        String compact = number.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.startsWith("ZL")) {
            return "CN" + compact.substring(2);
        }
        if (compact.length() > 2 && Character.isLetter(compact.charAt(0)) && Character.isLetter(compact.charAt(1))) {
            return compact;
        }
        return country + compact;
    }
}

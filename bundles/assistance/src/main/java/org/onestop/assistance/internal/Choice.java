package org.onestop.assistance.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a list the application form offers (business types, rights, venues, assistance, refusal reasons):
 * a code used in forms, JSON and the database, whose words for people are the message
 * {@code assistance.<list>.<code>}.
 */
public interface Choice {

    /** The constant's name, e.g. {@code TRADE_SECRET} (every enum has it). */
    String name();

    /** The code: the name in lower case with hyphens, e.g. {@code trade-secret}. */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message key of the list, e.g. {@code assistance.right}. */
    String list();

    /** The message key naming this entry. */
    default String key() {
        return list() + "." + code();
    }

    /** The entries of a list as pages show them (templates see records' methods, not interfaces' defaults). */
    static List<Option> options(Choice... entries) {
        return Arrays.stream(entries).map(c -> new Option(c.code(), c.key())).toList();
    }

    /** An entry as a page shows it: its code and the message key naming it. */
    record Option(String code, String key) {
    }

    /** The entry of {@code type} with {@code code}, if any. */
    static <T extends Enum<T> & Choice> Optional<T> of(Class<T> type, String code) {
        String wanted = code == null ? "" : code.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.code().equals(wanted)).findFirst();
    }
}

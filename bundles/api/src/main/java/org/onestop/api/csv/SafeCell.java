package org.onestop.api.csv;

import java.util.regex.Pattern;

/**
 * The one rule that keeps an exported cell from running as a formula in a spreadsheet (CSV injection, as OWASP
 * describes it): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * written with a leading apostrophe, which spreadsheets show as text. A plain negative number ({@code -12},
 * {@code -0.5}) is no formula and stays a number. A cell that itself starts with an apostrophe gets one more, so that
 * {@link #restore} gives back exactly what {@link #neutralise} was given. {@link CsvWriter} and {@link CsvReader}
 * apply both on their own; a module calls them only where it writes cells some other way.
 */
public final class SafeCell {

    private static final String LEADS = "=+-@\t\r";
    private static final char MARK = '\'';
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

    private SafeCell() {
    }

    /** The cell as it is written: {@code value} with a leading apostrophe where the rule asks for one; null is empty. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean dangerous = LEADS.indexOf(first) >= 0 && !NEGATIVE_NUMBER.matcher(value).matches();
        return dangerous || first == MARK ? MARK + value : value;
    }

    /** The cell as it was before {@link #neutralise}: the apostrophe the rule added taken off again. */
    public static String restore(String cell) {
        if (cell == null) {
            return "";
        }
        boolean added = cell.length() > 1 && cell.charAt(0) == MARK
                && (LEADS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == MARK);
        return added ? cell.substring(1) : cell;
    }
}

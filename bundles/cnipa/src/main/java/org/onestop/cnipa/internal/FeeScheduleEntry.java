package org.onestop.cnipa.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.onestop.api.i18n.Language;

/**
 * One fee of the published schedule as staff keep it.
 *
 * @param kind       which fee: {@code application}, {@code printing}, {@code examination}, {@code annual},
 *                   {@code reexamination} or {@code restoration}
 * @param type       the kind of patent: {@code invention}, {@code utility} (utility model) or {@code design}
 * @param firstYear  for an annual fee the first year of its band (years counted from the filing date), else 0
 * @param lastYear   for an annual fee the last year of its band, else 0
 * @param fen        the full fee in fen (1 yuan = 100 fen)
 * @param reducible  whether the fee reduction (费减) applies to it; for annual fees, within ten years of the grant
 * @param confirmed  false while staff have still to check the figure against its source
 * @param sourceDate the date of the published notice it comes from
 * @param changedAt  when staff last changed it (UTC), or null
 * @param changedBy  who last changed it, or null
 */
public record FeeScheduleEntry(String kind, String type, int firstYear, int lastYear, long fen, boolean reducible,
        boolean confirmed, String sourceZh, String sourceEn, LocalDate sourceDate, Instant changedAt,
        String changedBy) {

    /** Its name in forms and the audit trail, e.g. {@code annual-invention-1}. */
    public String key() {
        return kind + "-" + type + "-" + firstYear;
    }

    /** The fee in yuan with its fen, e.g. {@code 900.00}. */
    public String yuan() {
        return FeeRules.yuan(fen);
    }


    /** Whether it is the fee for patent year {@code year} (always for a fee that is not an annual one). */
    boolean covers(int year) {
        return firstYear == 0 || year >= firstYear && year <= lastYear;
    }

    /** The source's name in {@code language}. */
    public String source(Language language) {
        return language == Language.EN ? sourceEn : sourceZh;
    }
}

package org.onestop.cnipa.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.module.Refusal;

/**
 * The rules of the patent fees, on the schedule staff keep:
 * <ul>
 * <li>the fee of a request is the schedule's entry for its kind of patent, which fee and (annual fees) the band of
 * the patent year;</li>
 * <li>the fee reduction (费减, 财政部 国家发展改革委《专利收费减缴办法》财税〔2016〕78号 of 2016-07-27, ten years of annual
 * fees since 财税〔2018〕37号): 85 % of the fee is taken off for one applicant, 70 % for several, only on the fees
 * marked reducible: the application fee (not the printing fee), the substantive examination fee, the re-examination
 * fee, and the annual fees of the first ten years from the grant (the year of the grant and the nine after it);
 * never on the late fee or other fees;</li>
 * <li>the late fee on an annual fee: 5 % of the year's full fee (not reduced) for each full month after the due date,
 * within the grace period of six months; a payment on the day one month after the due date is still within the first
 * month (no late fee), the next day one full month is late. Past six months the right has lapsed: no fee is
 * calculated, the patentee must ask for its restoration (恢复权利);</li>
 * <li>rounding: each line is rounded to the fen, half up (四舍五入); the reduction is the full fee less the share
 * paid, so the lines always add up to the total.</li>
 * </ul>
 * Pure: no database, no clock.
 */
final class FeeRules {

    static final List<String> TYPES = List.of("invention", "utility", "design");
    static final List<String> KINDS = List.of("application", "printing", "examination", "annual", "reexamination",
            "restoration");
    static final int ONE_APPLICANT_REDUCTION = 85;
    static final int SEVERAL_APPLICANTS_REDUCTION = 70;
    static final int REDUCED_ANNUAL_YEARS = 10;
    static final int LATE_PERCENT_PER_MONTH = 5;
    static final int GRACE_MONTHS = 6;

    private FeeRules() {
    }

    /**
     * A request for a calculation.
     *
     * @param granted the patent year in which the patent was granted (for the reduction of an annual fee), or 0
     * @param due     the due date of an annual fee, or null
     * @param paid    the day it is paid, or null
     */
    record Request(String type, String kind, int year, int applicants, boolean reduction, int granted, LocalDate due,
            LocalDate paid) {
    }

    /** The fields of a calculation's form or query, by name. */
    static final List<String> FIELDS = List.of("type", "fee", "year", "applicants", "reduction", "granted", "due",
            "paid");

    /** The request typed in a form or a query ({@link #FIELDS} by name), or a refusal (400) naming each field at fault. */
    static Request request(Map<String, String> query) {
        return request(query.get("type"), query.get("fee"), query.get("year"), query.get("applicants"),
                query.get("reduction"), query.get("granted"), query.get("due"), query.get("paid"));
    }

    /** The request typed in a form or a query, or a refusal (400) naming each field at fault. */
    static Request request(String type, String kind, String year, String applicants, String reduction,
            String granted, String due, String paid) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = trim(type);
        String k = trim(kind);
        if (!TYPES.contains(t)) {
            errors.put("type", "cnipa.fees.error.type");
        }
        if (!KINDS.contains(k)) {
            errors.put("fee", "cnipa.fees.error.fee");
        }
        boolean annual = "annual".equals(k);
        int y = annual ? whole(year, 1, 20, "year", errors) : 0;
        int people = trim(applicants).isEmpty() ? 1 : whole(applicants, 1, 999, "applicants", errors);
        boolean reduced = List.of("true", "on", "yes", "1").contains(trim(reduction));
        int g = annual && reduced ? whole(granted, 1, 20, "granted", errors) : 0;
        if (g > 0 && y > 0 && g > y) {
            errors.put("granted", "cnipa.fees.error.grantedAfter");
        }
        LocalDate d = annual ? date(due, "due", errors) : null;
        LocalDate p = annual ? date(paid, "paid", errors) : null;
        if (annual && (d == null) != (p == null) && !errors.containsKey("due") && !errors.containsKey("paid")) {
            errors.put(d == null ? "due" : "paid", "cnipa.fees.error.bothDates");
        }
        if (!errors.isEmpty()) {
            throw new Refusal(400, "cnipa.fees.error.input", errors);
        }
        return new Request(t, k, y, people, reduced, g, d, p);
    }

    /** What {@code request} costs by {@code schedule}; a refusal (400) when the schedule has no such fee or the
     *  annual fee is paid past the grace period. */
    static FeeCalculation calculate(List<FeeScheduleEntry> schedule, Request request) {
        FeeScheduleEntry fee = find(schedule, request).orElseThrow(() -> "annual".equals(request.kind())
                ? new Refusal(400, "cnipa.fees.error.input", Map.of("year", "cnipa.fees.error.noYear"))
                : new Refusal(400, "cnipa.fees.error.input", Map.of("fee", "cnipa.fees.error.notForType")));
        int months = request.due() == null ? 0 : monthsLate(request.due(), request.paid());
        int percent = !request.reduction() ? 0 : request.applicants() > 1 ? SEVERAL_APPLICANTS_REDUCTION
                : ONE_APPLICANT_REDUCTION;
        boolean applies = percent > 0 && reducible(fee, request);
        List<FeeCalculation.Line> lines = new ArrayList<>();
        lines.add(new FeeCalculation.Line("fee", fee.fen()));
        long total = fee.fen();
        if (applies) {
            long off = fee.fen() - share(fee.fen(), 100 - percent);
            lines.add(new FeeCalculation.Line("reduction", -off));
            total -= off;
        }
        if (months > 0) {
            long late = share(fee.fen(), months * LATE_PERCENT_PER_MONTH);
            lines.add(new FeeCalculation.Line("late", late));
            total += late;
        }
        return new FeeCalculation(request.type(), request.kind(), request.year(), request.applicants(), percent,
                applies, months, lines, total, fee);
    }

    /**
     * The full months an annual fee due on {@code due} is late when paid on {@code paid}: 0 up to one month after
     * the due date, then one more for each month passed; a refusal past the six months of grace.
     */
    static int monthsLate(LocalDate due, LocalDate paid) {
        if (paid.isAfter(due.plusMonths(GRACE_MONTHS))) {
            throw new Refusal(400, "cnipa.fees.error.lapsed", due.plusMonths(GRACE_MONTHS).toString());
        }
        int months = 0;
        while (months < GRACE_MONTHS && paid.isAfter(due.plusMonths(months + 1))) {
            months++;
        }
        return months;
    }

    /** {@code percent} % of {@code fen}, rounded to the fen, half up. */
    static long share(long fen, int percent) {
        return BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code fen} as yuan with two decimals, e.g. {@code 135.00}, {@code -765.00}. */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** Yuan as typed ({@code 900}, {@code 900.5}, {@code 900.50}) in fen, or -1 when it is not an amount. */
    static long fen(String yuan) {
        try {
            BigDecimal amount = new BigDecimal(trim(yuan));
            if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                return -1;
            }
            return amount.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    private static boolean reducible(FeeScheduleEntry fee, Request request) {
        if (!fee.reducible()) {
            return false;
        }
        return !"annual".equals(fee.kind()) || request.year() < request.granted() + REDUCED_ANNUAL_YEARS;
    }

    private static Optional<FeeScheduleEntry> find(List<FeeScheduleEntry> schedule, Request request) {
        return schedule.stream().filter(f -> f.kind().equals(request.kind()) && f.type().equals(request.type())
                && f.covers(request.year())).findFirst();
    }

    private static int whole(String text, int least, int most, String field, Map<String, String> errors) {
        try {
            int value = Integer.parseInt(trim(text));
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.put(field, "cnipa.fees.error." + field);
        return 0;
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (trim(text).isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(trim(text));
        } catch (DateTimeParseException e) {
            errors.put(field, "cnipa.fees.error.date");
            return null;
        }
    }

    static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}

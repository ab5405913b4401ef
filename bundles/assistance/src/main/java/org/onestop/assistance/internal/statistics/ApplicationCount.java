package org.onestop.assistance.internal.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.onestop.api.cases.Label;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.statistics.StatisticsPeriod;
import org.onestop.assistance.internal.AssistanceSought;
import org.onestop.assistance.internal.AssistanceWorkflow;
import org.onestop.assistance.internal.BusinessType;
import org.onestop.assistance.internal.Choice;
import org.onestop.assistance.internal.Outcome;
import org.onestop.assistance.internal.RightType;
import org.onestop.assistance.internal.Venue;
import org.onestop.assistance.internal.statistics.AssistanceReport.Group;

/**
 * Counts the applications of a period into an {@link AssistanceReport}: every breakdown lists each entry of its list
 * (zero included) in the list's order, then any code the lists no longer have; the regions the busiest first. The
 * words of the form's lists are the module's messages ({@code assistance.<list>.<code>}), in both languages.
 */
final class ApplicationCount {

    private final WorkingCalendar calendar;
    private final Messages messages;

    ApplicationCount(WorkingCalendar calendar, Messages messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** The report of {@code submissions} (those of {@code period}), their statuses as they are on {@code asOf}. */
    AssistanceReport report(StatisticsPeriod period, LocalDate asOf, List<Submission> submissions) {
        Tally total = new Tally();
        Map<String, Tally> statuses = tallies(AssistanceWorkflow.STATUSES.stream().map(Status::code).toList());
        List<String> closingKeys = new ArrayList<>(AssistanceWorkflow.STATUSES.stream().filter(Status::closed)
                .map(Status::code).filter(code -> !AssistanceWorkflow.CLOSED.equals(code)).toList());
        Arrays.stream(Outcome.values()).map(ApplicationCount::closing).filter(k -> !closingKeys.contains(k))
                .forEach(closingKeys::add);
        Map<String, Tally> closings = tallies(closingKeys);
        Map<String, Tally> businessTypes = tallies(codes(BusinessType.values()));
        Map<String, Tally> rightTypes = tallies(codes(RightType.values()));
        Map<String, Tally> assistance = tallies(codes(AssistanceSought.values()));
        Map<String, Tally> venues = tallies(codes(Venue.values()));
        Map<String, Tally> regions = new HashMap<>();
        Map<YearMonth, Tally> months = new LinkedHashMap<>();
        period.months().forEach(m -> months.put(m, new Tally()));
        for (Submission s : submissions) {
            boolean closed = closed(s.status());
            List<Tally> counted = new ArrayList<>(List.of(total, at(statuses, s.status()),
                    at(businessTypes, s.businessType()), at(rightTypes, s.rightType()), at(venues, s.venue()),
                    months.computeIfAbsent(YearMonth.from(s.submittedOn()), k -> new Tally())));
            if (closed) {
                counted.add(at(closings, AssistanceWorkflow.CLOSED.equals(s.status()) && s.outcome() != null
                        ? closing(Choice.of(Outcome.class, s.outcome()).orElse(null), s.outcome()) : s.status()));
            }
            if (Venue.REGION.code().equals(s.venue()) && !s.region().isEmpty()) {
                counted.add(at(regions, s.region()));
            }
            s.assistance().stream().distinct().forEach(code -> counted.add(at(assistance, code)));
            counted.forEach(t -> t.add(s, closed, calendar));
        }
        long all = total.applications();
        List<Map.Entry<String, Tally>> busiestRegions = new ArrayList<>(regions.entrySet());
        busiestRegions.sort(Comparator.comparingLong((Map.Entry<String, Tally> e) -> -e.getValue().applications())
                .thenComparing(Map.Entry::getKey));
        return new AssistanceReport(period.fromText(), period.toText(), asOf, total.figures(all),
                groups(statuses.entrySet(), all, code -> AssistanceWorkflow.label(code, true)),
                groups(closings.entrySet(), all, this::closingLabel),
                groups(businessTypes.entrySet(), all, code -> words("assistance.business.", code)),
                groups(rightTypes.entrySet(), all, code -> words("assistance.right.", code)),
                groups(assistance.entrySet(), all, code -> words("assistance.sought.", code)),
                groups(venues.entrySet(), all, code -> words("assistance.venue.", code)),
                groups(busiestRegions, all, region -> Label.of(region, region)),
                groups(months.entrySet(), all, StatisticsPeriod::label));
    }

    /**
     * How a closed application is counted: by the outcome chosen at its closing, those that mean a closed status
     * (withdrawn, not accepted) with that status; else by its closed status.
     */
    private static String closing(Outcome outcome) {
        return closing(outcome, null);
    }

    private static String closing(Outcome outcome, String code) {
        if (outcome == null) {
            return code;
        }
        return switch (outcome) {
            case NOT_ACCEPTED -> AssistanceWorkflow.REFUSED;
            case WITHDRAWN -> AssistanceWorkflow.WITHDRAWN;
            default -> outcome.code();
        };
    }

    private Label closingLabel(String key) {
        return AssistanceWorkflow.STATUSES.stream().anyMatch(s -> s.code().equals(key))
                ? AssistanceWorkflow.label(key, true) : words("assistance.outcome.", key);
    }

    /** Whether {@code status} is a closed one of the workflow. */
    static boolean closed(String status) {
        return AssistanceWorkflow.STATUSES.stream().anyMatch(s -> s.closed() && s.code().equals(status));
    }

    private static List<String> codes(Choice... entries) {
        return Arrays.stream(entries).map(Choice::code).toList();
    }

    private static Map<String, Tally> tallies(List<String> codes) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        codes.forEach(code -> tallies.put(code, new Tally()));
        return tallies;
    }

    private static Tally at(Map<String, Tally> tallies, String key) {
        return tallies.computeIfAbsent(key, k -> new Tally());
    }

    private Label words(String list, String code) {
        String key = list + code;
        String zh = messages.text(Language.ZH_CN, key);
        return key.equals(zh) ? Label.of(code, code) : Label.of(zh, messages.text(Language.EN, key));
    }

    private static <K> List<Group> groups(Iterable<Map.Entry<K, Tally>> tallies, long all, Function<K, Label> label) {
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<K, Tally> e : tallies) {
            groups.add(new Group(e.getKey().toString(), label.apply(e.getKey()), e.getValue().figures(all)));
        }
        return groups;
    }
}

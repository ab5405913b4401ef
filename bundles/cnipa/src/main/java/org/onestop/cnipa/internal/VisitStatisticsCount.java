package org.onestop.cnipa.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.onestop.api.cases.Label;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.statistics.StatisticsPeriod;
import org.onestop.cnipa.internal.VisitStatisticsReport.Figures;
import org.onestop.cnipa.internal.VisitStatisticsReport.Group;

/** Counts pre-checked visits on the centre's working calendar (days to answer in working days). */
final class VisitStatisticsCount {

    /** A visit as counted: its business, the centre's day it started, its rounds, its outcome (null while open). */
    record Counted(String business, LocalDate submittedOn, List<VisitRound> rounds, String outcome) {
    }

    private final WorkingCalendar calendar;

    VisitStatisticsCount(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The report of {@code visits} (those started in {@code period}), every business and month shown. */
    VisitStatisticsReport report(StatisticsPeriod period, LocalDate asOf, List<Counted> visits,
            List<Business> businesses) {
        List<Group> byBusiness = new ArrayList<>();
        for (Business b : businesses) {
            byBusiness.add(new Group(b.code(), Label.of(b.nameZh(), b.nameEn()),
                    figures(visits, v -> v.business().equals(b.code()))));
        }
        List<Group> byMonth = new ArrayList<>();
        for (YearMonth month : period.months()) {
            byMonth.add(new Group(month.toString(), StatisticsPeriod.label(month),
                    figures(visits, v -> YearMonth.from(v.submittedOn()).equals(month))));
        }
        List<VisitStatisticsReport.Outcome> byOutcome = new ArrayList<>();
        for (VisitOutcome outcome : VisitOutcome.values()) {
            byOutcome.add(new VisitStatisticsReport.Outcome(outcome.code(), outcome.label(), visits.stream()
                    .filter(v -> outcome.code().equals(v.outcome())).count()));
        }
        return new VisitStatisticsReport(period.fromText(), period.toText(), asOf, figures(visits, v -> true),
                byBusiness, byMonth, byOutcome);
    }

    Figures figures(List<Counted> visits, Predicate<Counted> in) {
        long count = 0;
        long prechecked = 0;
        long completeFirst = 0;
        long answers = 0;
        long days = 0;
        for (Counted v : visits) {
            if (!in.test(v)) {
                continue;
            }
            count++;
            if (!v.rounds().isEmpty() && v.rounds().get(0).answeredOn() != null) {
                prechecked++;
                if (Boolean.TRUE.equals(v.rounds().get(0).complete())) {
                    completeFirst++;
                }
            }
            for (VisitRound r : v.rounds()) {
                if (r.answeredOn() != null) {
                    answers++;
                    days += calendar.workingDaysBetween(r.submittedOn(), r.answeredOn());
                }
            }
        }
        return new Figures(count, prechecked, completeFirst, prechecked == 0 ? null
                : (double) completeFirst / prechecked, answers, answers == 0 ? null : (double) days / answers);
    }
}

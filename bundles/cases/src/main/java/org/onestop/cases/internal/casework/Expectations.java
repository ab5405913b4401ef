package org.onestop.cases.internal.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.onestop.api.cases.Party;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * What is expected of an applicant now: each running clock whose deadline the applicant must meet, as one line,
 * e.g. "补正 截止 2026-12-03" / "Correction due by 2026-12-03".
 */
final class Expectations {

    private Expectations() {
    }

    /**
     * The lines by tracking number, soonest first. {@code labels} gives the words of a case's type by module and
     * case type.
     */
    static Map<String, List<String>> of(List<CaseQueue.RunningClock> clocks,
            BiFunction<String, String, CaseLabels> labels, Messages messages, Language language) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (CaseQueue.RunningClock clock : clocks) {
            CaseLabels words = labels.apply(clock.module(), clock.caseType());
            boolean applicants = words.deadlineOf(clock.deadline()).map(d -> d.party() == Party.APPLICANT)
                    .orElse(false);
            if (applicants) {
                lines.computeIfAbsent(clock.trackingNumber(), n -> new ArrayList<>()).add(messages.text(language,
                        "casework.expected", words.deadline(clock.deadline()), clock.dueOn().toString()));
            }
        }
        return lines;
    }
}

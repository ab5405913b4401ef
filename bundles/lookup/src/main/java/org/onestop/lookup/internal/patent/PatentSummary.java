package org.onestop.lookup.internal.patent;

import java.time.LocalDate;
import java.util.List;

/** One patent in a result list: numbers, title, parties, classification, dates and type. */
public record PatentSummary(String applicationNumber, String publicationNumber, String title,
        List<String> applicants, List<String> inventors, List<String> ipc, LocalDate applicationDate,
        LocalDate publicationDate, String type) {
}

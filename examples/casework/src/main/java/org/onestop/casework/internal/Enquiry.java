package org.onestop.casework.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an applicant asks: a topic (one line, the case's title) and the details. Also the JSON body of
 * {@code POST /api/sample/enquiries}.
 *
 * @param topic   what the enquiry is about, at most {@value #TOPIC_LENGTH} characters
 * @param details the question itself, at most {@value #DETAILS_LENGTH} characters
 */
public record Enquiry(String topic, String details) {

    static final int TOPIC_LENGTH = 200;
    static final int DETAILS_LENGTH = 4000;

    public Enquiry {
        topic = topic == null ? "" : topic.strip();
        details = details == null ? "" : details.strip();
    }

    /** Each field that cannot be stored, with the message key saying why; empty when the enquiry can be opened. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (topic.isEmpty()) {
            problems.put("topic", "sample.error.topic.missing");
        } else if (topic.length() > TOPIC_LENGTH) {
            problems.put("topic", "sample.error.topic.long");
        }
        if (details.isEmpty()) {
            problems.put("details", "sample.error.details.missing");
        } else if (details.length() > DETAILS_LENGTH) {
            problems.put("details", "sample.error.details.long");
        }
        return problems;
    }
}

package org.onestop.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The case API as a script of the hall calls it, and the JSON lists of cases it reads (requests, workbench). */
final class CaseClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseClient() {
    }

    /** Asks to take {@code transition} on the case, with an optional comment and files sent before. */
    static Http.Answer move(Browser who, String tracking, String transition, String comment, List<Long> files) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transition", transition);
        body.put("comment", comment);
        body.put("attachmentIds", files);
        return who.json("POST", "/api/cases/" + tracking + "/moves", text(body), "X-CSRF-Token", who.csrfToken());
    }

    static JsonNode json(Http.Answer answer) {
        return json(answer.body());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The tracking numbers of a list of cases (an array of rows, or an object holding {@code items}). */
    static List<String> trackingNumbers(JsonNode list) {
        JsonNode rows = list.isArray() ? list : list.path("items");
        List<String> numbers = new ArrayList<>();
        StreamSupport.stream(rows.spliterator(), false).forEach(r -> numbers.add(r.path("trackingNumber").asText()));
        return numbers;
    }

    /** The row of one case in a list of cases; fails when it is not there. */
    static JsonNode row(JsonNode list, String trackingNumber) {
        JsonNode rows = list.isArray() ? list : list.path("items");
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> trackingNumber.equals(r.path("trackingNumber").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(trackingNumber + " not in " + list));
    }
}

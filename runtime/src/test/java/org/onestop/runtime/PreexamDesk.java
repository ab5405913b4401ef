package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.CaseClient.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The pre-examination module's JSON API as the people of the story call it: an organisation registers (备案) with
 * its licence, an applicant sends a request with its documents, corrects it and records the application number;
 * examiners move cases with the platform's generic moves; the pages' multipart forms as a browser sends them. Also
 * what they read back: a request, their list of requests, their notifications, the problem documents of refusals
 * and the files a refused page form kept.
 */
final class PreexamDesk {

    /** The documents of a request, by multipart field, with the file names an applicant would give them. */
    static final Map<String, String> DOCUMENTS = Map.of("requestForm", "发明专利请求书.pdf", "description", "说明书.pdf",
            "claims", "权利要求书.pdf", "abstract", "说明书摘要.pdf", "drawings", "说明书附图.pdf",
            "briefDescription", "简要说明.pdf");
    private static final Pattern HELD = Pattern.compile("name=\"(held(?:Name)?\\.[A-Za-z]+)\" value=\"([^\"]*)\"");

    private PreexamDesk() {
    }

    /** The entity registration form, filled in for {@code region} and {@code fields}, with a licence PDF. */
    static Http.Answer registerEntity(Browser innovator, String region, String fields, String contactName,
            String contactPhone) {
        return new MultipartForm().field("region", region).field("fields", fields).field("contactName", contactName)
                .field("contactPhone", contactPhone).pdf("licence", "营业执照.pdf", SampleDocuments.pdf())
                .postAs(innovator, "/api/preexam/entity", "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A request form of {@code patentType} with the documents {@code documents} (fields of {@link #DOCUMENTS}). */
    static MultipartForm requestForm(String patentType, String title, String applicant, String mainIpc,
            String furtherIpc, List<String> documents) {
        MultipartForm form = new MultipartForm().field("patentType", patentType).field("title", title)
                .field("applicants", applicant).field("inventors", "李华\n王敏").field("mainIpc", mainIpc)
                .field("furtherIpc", furtherIpc).field("notPct", "true");
        for (String document : documents) {
            form.pdf(document, DOCUMENTS.get(document), SampleDocuments.pdf());
        }
        return form;
    }

    /**
     * A design's request form: the product's name, its Locarno class and {@code documents} (fields of
     * {@link #DOCUMENTS}; {@code views} are two PNG images), and, as a client that copies an invention's form might
     * send them, an IPC symbol and claims when {@code inventionParts}.
     */
    static MultipartForm designForm(String product, String applicant, String locarno, List<String> documents,
            boolean inventionParts) {
        MultipartForm form = new MultipartForm().field("patentType", "design").field("title", product)
                .field("applicants", applicant).field("inventors", "李华").field("locarno", locarno);
        if (inventionParts) {
            form.field("mainIpc", "C08L 23/06").pdf("claims", "权利要求书.pdf", SampleDocuments.pdf());
        }
        for (String document : documents) {
            if (document.equals("views")) {
                form.file("views", "主视图.png", "image/png", SampleDocuments.png())
                        .file("views", "立体图.png", "image/png", SampleDocuments.png());
            } else {
                form.pdf(document, DOCUMENTS.get(document), SampleDocuments.pdf());
            }
        }
        return form;
    }

    /** A design's three documents. */
    static List<String> designDocuments() {
        return List.of("requestForm", "views", "briefDescription");
    }

    /** Posts a multipart form as a browser's page does: the CSRF token in the address, a page in return. */
    static Http.Answer postPage(Browser who, String path, MultipartForm form) {
        return who.post(path + (path.contains("?") ? "&" : "?") + "_csrf=" + URLEncoder.encode(who.csrfToken(),
                StandardCharsets.UTF_8), form.bytes(), "Content-Type", form.contentType(), "Accept", "text/html");
    }

    /** The files a refused page form kept, as its hidden fields send them again: name and value, in order. */
    static List<String[]> heldFields(String html) {
        List<String[]> held = new java.util.ArrayList<>();
        Matcher m = HELD.matcher(html);
        while (m.find()) {
            held.add(new String[] {m.group(1), m.group(2)});
        }
        return held;
    }

    /** The five documents (drawings included). */
    static List<String> allDocuments() {
        return List.of("requestForm", "description", "claims", "abstract", "drawings");
    }

    /** Sends a request form with a fresh idempotency key. */
    static Http.Answer submit(Browser applicant, MultipartForm form) {
        return form.postAs(applicant, "/api/preexam/requests", "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A request as its reader may see it; fails unless it answers 200. */
    static JsonNode request(Browser who, String tracking) {
        Http.Answer answer = who.get("/api/preexam/requests/" + tracking, "Accept", "application/json");
        assertEquals(answer.body(), 200, answer.status());
        return json(answer);
    }

    /** A generic move of the platform; fails unless it answers 200. */
    static JsonNode moved(Browser who, String tracking, String transition, String comment) {
        Http.Answer answer = CaseClient.move(who, tracking, transition, comment, List.of());
        assertEquals(transition + ": " + answer.body(), 200, answer.status());
        return json(answer);
    }

    /** The staff member takes the case; fails unless it answers 200. */
    static JsonNode claimed(Browser staff, String tracking) {
        Http.Answer answer = staff.json("POST", "/api/cases/" + tracking + "/claim", null, "X-CSRF-Token",
                staff.csrfToken());
        assertEquals(answer.body(), 200, answer.status());
        return json(answer);
    }

    /** POSTs a JSON body to {@code path} as {@code who}, with the CSRF token. */
    static Http.Answer postJson(Browser who, String path, Object body) {
        return who.json("POST", path, body == null ? null : text(body), "X-CSRF-Token", who.csrfToken());
    }

    /** The applicant's own list of cases (every module). */
    static JsonNode myRequests(Browser applicant) {
        Http.Answer answer = applicant.get("/api/requests", "Accept", "application/json");
        assertEquals(answer.body(), 200, answer.status());
        return json(answer);
    }

    /** The tracking numbers of the pre-examination requests in the applicant's list. */
    static List<String> myPreexamRequests(Browser applicant) {
        JsonNode list = myRequests(applicant);
        JsonNode rows = list.isArray() ? list : list.path("items");
        return StreamSupport.stream(rows.spliterator(), false).filter(r -> "preexam".equals(r.path("module")
                .asText()) && "request".equals(r.path("caseType").asText()))
                .map(r -> r.path("trackingNumber").asText()).toList();
    }

    /** The caller's notifications that name the case {@code tracking} in their subject, newest first. */
    static List<JsonNode> notificationsAbout(Browser who, String tracking) {
        Http.Answer answer = who.get("/api/notifications?size=50", "Accept", "application/json");
        assertEquals(answer.body(), 200, answer.status());
        return StreamSupport.stream(json(answer).path("items").spliterator(), false)
                .filter(n -> n.path("subject").asText().contains(tracking)).toList();
    }

    /** Asserts that {@code who} was told of the case {@code tracking} in words containing one of {@code words}. */
    static void assertNotified(Browser who, String tracking, String... words) {
        List<JsonNode> about = notificationsAbout(who, tracking);
        assertTrue("a notification about " + tracking + " saying " + List.of(words) + ": " + about, about.stream()
                .anyMatch(n -> List.of(words).stream().anyMatch(w -> (n.path("subject").asText() + " "
                        + n.path("text").asText()).contains(w))));
    }

    /** Asserts a refusal: the status, a problem document, and (when given) an error named for {@code field}. */
    static JsonNode assertRefused(Http.Answer answer, int status, String field) {
        assertEquals(answer.body(), status, answer.status());
        String type = answer.header("Content-Type");
        assertTrue("a problem document: " + type, type != null && type.startsWith("application/problem+json"));
        JsonNode problem = json(answer);
        assertEquals(problem.toString(), status, problem.path("status").asInt());
        if (field != null) {
            assertTrue("an error for " + field + ": " + problem, problem.path("errors").path(field).isTextual()
                    && !problem.path("errors").path(field).asText().isBlank());
        }
        return problem;
    }

    /** A date of the JSON API: {@code 2026-12-04}, or an array {@code [2026,12,4]}. */
    static LocalDate date(JsonNode value) {
        if (value.isArray()) {
            return LocalDate.of(value.get(0).asInt(), value.get(1).asInt(), value.get(2).asInt());
        }
        assertTrue("a date: " + value, value.isTextual());
        return LocalDate.parse(value.asText().substring(0, 10));
    }
}

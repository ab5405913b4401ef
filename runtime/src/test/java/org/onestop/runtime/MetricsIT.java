package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/**
 * The gateway's figures: requests counted by route template and status at {@code /metrics} (Prometheus text),
 * failures mapped to 500 among them; the business and JVM figures there; {@code /metrics} refused to the public
 * unless configured; the operators' health page with its charts, refused to other staff.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    private BundleContext context;

    private int port;
    private Http http;
    private Browser operator;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("metrics");
    }

    @Before
    public void signIn() {
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        http = Http.ofRunningGateway(context);
        operator = Browser.operator(port);
    }

    /** A resource that fails, for a 500 the gateway's error mapping answers. */
    @jakarta.ws.rs.Path("api/it/metrics")
    @Access(Audience.ANYONE)
    public static class Failing {

        @GET
        @jakarta.ws.rs.Path("{id}/failure")
        @Produces("application/json")
        public String fail(@PathParam("id") String id) {
            throw new IllegalStateException("planned failure of " + id);
        }
    }

    private String metrics() {
        Http.Answer answer = operator.get("/metrics");
        assertEquals(answer.body(), 200, answer.status());
        assertTrue(answer.header("Content-Type"), answer.header("Content-Type").startsWith("text/plain"));
        return answer.body();
    }

    /** The count of {@code http_server_requests} for one method, route and status; 0 when absent. */
    private static long count(String text, String method, String route, int status) {
        Matcher m = Pattern.compile("(?m)^http_server_requests_seconds_count\\{[^}]*method=\"" + method
                + "\",route=\"" + Pattern.quote(route) + "\",status=\"" + status + "\"}\\s+(\\S+)$").matcher(text);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    public void requestsAreCountedByTheirRouteTemplateAndStatusNeverByTheirPath() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, operator.get("/ops/bundles/org.onestop.info/stop").status());
        }
        assertEquals(200, http.get("/api/info/news").status());
        assertEquals(404, http.get("/no/such/page/12345").status());

        String text = metrics();
        assertTrue(text, count(text, "GET", "/ops/bundles/{symbolicName}/{act}", 200) >= 3);
        assertTrue(count(text, "GET", "/api/info/news", 200) >= 1);
        assertTrue(count(text, "GET", "unmatched", 404) >= 1);
        assertFalse("no path with an id is a route", text.contains("route=\"/ops/bundles/org.onestop.info"));
        // no label names the path asked for (a figure such as a sum of seconds may well have those digits)
        assertFalse(text, Pattern.compile("=\"[^\"]*12345").matcher(text).find());
        assertTrue("a latency histogram", text.contains("http_server_requests_seconds_bucket{application=\"onestop\","
                + "method=\"GET\",route=\"/api/info/news\",status=\"200\",le=\"0.1\"}"));
        assertTrue(text.contains("onestop_requests_latency_seconds{application=\"onestop\",quantile=\"0.95\"}"));
    }

    @Test
    public void aFailureMappedTo500IsCountedUnderItsRoute() throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jakartars.resource", true);
        properties.put("osgi.jakartars.application.select", "(osgi.jakartars.name=onestop)");
        ServiceRegistration<Object> failing = context.registerService(Object.class, new Failing(), properties);
        try {
            try (RestRuntime rest = new RestRuntime(context)) {
                rest.awaitServed("the failing resource", Set.of((Long) failing.getReference()
                        .getProperty("service.id")), SOON);
            }
            assertEquals(500, http.get("/api/it/metrics/one/failure").status());
            assertEquals(500, http.get("/api/it/metrics/two/failure").status());

            assertEquals(2, count(metrics(), "GET", "/api/it/metrics/{id}/failure", 500));
        } finally {
            failing.unregister();
        }
    }

    @Test
    public void theBusinessAndJvmFiguresAreThere() {
        // the examiner's invitation waits in the outbox: there is no SMTP server in this gateway
        HallPeople people = new HallPeople(port);
        people.staffMember("metrics.figures@example.cn", "审查员", "EXAMINER");
        // and an innovator's visit to the patent office's window is an open case of the module cnipa
        Await.until("the pre-checked visits", SOON, () -> http.get("/cnipa/visits", "Accept", "text/html"),
                a -> a.status() == 303);
        Browser applicant = people.innovator("metrics.visit@example.cn", "高林", "13947233333");
        Http.Answer visit = new MultipartForm().field("business", "patent-pledge").pdf("materials", "质押合同.pdf",
                SampleDocuments.pdf()).postAs(applicant, "/api/cnipa/visits", "Idempotency-Key", "metrics-it-visit");
        assertEquals(visit.body(), 201, visit.status());

        // and a data steward's patent import, finished
        Browser steward = people.staffMember("metrics.steward@example.cn", "数据管理员", "data_steward");
        Http.Answer imported = steward.post("/api/lookup/patents/imports?name=US08930553.xml", SampleDocuments.patentGrant("US08930553.xml"),
                "Content-Type", "application/octet-stream", "X-CSRF-Token", steward.csrfToken());
        assertEquals(imported.body(), 202, imported.status());
        String job = imported.header("Location");
        Await.until("the import", SOON, () -> steward.get(job.substring(job.indexOf("/api/"))),
                a -> a.body().contains("\"state\":\"DONE\""));

        String text = Await.until("the outbox, the open case and the import counted", SOON, this::metrics,
                t -> t.matches("(?s).*\nonestop_mail_outbox\\{application=\"onestop\",status=\"pending\"} [1-9].*")
                        && t.matches("(?s).*\nonestop_cases_open\\{application=\"onestop\",module=\"cnipa\","
                                + "status=\"[a-z_-]+\"} 1\\.0\n.*")
                        && t.contains("onestop_jobs{application=\"onestop\",kind=\"patent.import\",state=\"done\"} 1.0"));
        assertTrue(text, text.contains("onestop_jobs{application=\"onestop\",kind=\"patent.import\",state=\"failed\"} 0.0"));
        assertTrue(text, text.contains("onestop_jobs{application=\"onestop\",kind=\"patent.import\",state=\"running\"} 0.0"));
        for (String figure : new String[] {"onestop_cases_overdue{application=\"onestop\"} 0.0",
            "onestop_mail_outbox{application=\"onestop\",status=\"failed\"}",
            "onestop_db_pool_connections{application=\"onestop\",state=\"active\"}",
            "onestop_db_pool_max{application=\"onestop\"} 10.0",
            "jvm_memory_used_bytes{application=\"onestop\",area=\"heap\"", "jvm_threads_live_threads",
            "jvm_gc_", "jvm_classes_loaded_classes", "process_uptime_seconds", "system_cpu_count"}) {
            assertTrue(figure + " in\n" + text, text.contains(figure));
        }
    }

    @Test
    public void metricsAreRefusedToThePublicAndToStaffUnlessConfigured() throws Exception {
        assertEquals(404, http.get("/metrics").status());
        Browser examiner = new HallPeople(port).staffMember("metrics.examiner@example.cn", "审查员", "EXAMINER");
        assertEquals(404, examiner.get("/metrics").status());

        Path cfg = Path.of(context.getProperty(Gateway.WORK), "config", "org.onestop.metrics.cfg");
        String shipped = Files.readString(cfg);
        try {
            Files.writeString(cfg, "allowed.addresses=192.0.2.1, 127.0.0.1\n");
            Http.Answer allowed = Await.until("the address allowed", SOON, () -> http.get("/metrics"),
                    a -> a.status() == 200);
            assertTrue(allowed.body().contains("# TYPE http_server_requests_seconds histogram"));
        } finally {
            Files.writeString(cfg, shipped);
        }
        Await.until("the public refused again", SOON, () -> http.get("/metrics").status(), s -> s == 404);
    }

    @Test
    public void theHealthPageShowsTheKeyFiguresToOperatorsOnly() throws Exception {
        Http.Answer page = operator.get("/ops/health");
        assertEquals(page.body(), 200, page.status());
        String body = page.body();
        assertTrue(body.contains("<h1>运行状况</h1>"));
        for (String figure : new String[] {"requests", "errors", "latency", "openCases", "overdue", "outbox",
            "heap", "threads"}) {
            assertTrue(figure, body.contains("data-figure=\"" + figure + "\""));
        }
        assertEquals("a chart for each figure", 8, body.split("<svg ", -1).length - 1);
        assertTrue("each chart is labelled for screen readers",
                body.contains("aria-labelledby=\"fig-requests fig-requests-text\""));
        assertTrue(body.contains("本页时间均为"));
        assertFalse("Chinese only", body.matches("(?s).*(Requests|Heap|Threads|Outbox).*"));
        assertTrue(operator.get("/ops/health?lang=en").body().contains("Requests a minute"));

        Http.Answer json = operator.get("/api/ops/health/figures", "Accept", "application/json");
        assertEquals(200, json.status());
        JsonNode figures = JSON.readTree(json.body()).get("figures");
        assertEquals(8, figures.size());
        assertEquals("requests", figures.get(0).get("name").asText());
        JsonNode nodes = JSON.readTree(json.body()).get("nodes");
        String node = JSON.readTree(operator.get("/api/ops/health", "Accept", "application/json").body()).path("node")
                .asText();
        assertEquals("the figures name the node that answered, and no other on one node", node,
                JSON.readTree(json.body()).path("node").asText());
        assertEquals(1, nodes.size());
        assertTrue(nodes.get(0).path("here").asBoolean());
        assertFalse("one node: no list of nodes on the page", body.contains("data-node="));

        Browser examiner = new HallPeople(port).staffMember("health.examiner@example.cn", "审查员", "EXAMINER");
        assertEquals(403, examiner.get("/ops/health").status());
        assertEquals(403, examiner.get("/api/ops/health/figures", "Accept", "application/json").status());
        assertEquals(303, http.get("/ops/health").status());
    }

}

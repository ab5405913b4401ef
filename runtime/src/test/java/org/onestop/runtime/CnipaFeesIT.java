package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.PreexamDesk.assertRefused;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fee calculator over HTTP in the real distribution: a reduced annual fee paid two full months late, line by
 * line; the same as a PDF with the total in it; a payment past the grace period refused in words, and a bad year
 * refused with the field named; a supervisor's change of the schedule changes the next result and is audited.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CnipaFeesIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final String LATE = "/api/cnipa/fees/calculate?type=invention&fee=annual&year=4&applicants=1"
            + "&reduction=true&granted=3&due=2026-03-15&paid=2026-05-20";

    @Inject
    private BundleContext context;

    private int port;

    @Configuration
    public Option[] configuration() {
        return Stream.concat(Stream.of(Gateway.options("cnipa-fees")), Stream.of(PdfDocuments.bundles()))
                .toArray(Option[]::new);
    }

    @Before
    public void theCalculatorAnswers() {
        Http http = Http.ofRunningGateway(context);
        Await.until("the fee schedule", SOON, () -> http.get("/api/cnipa/fees/schedule", "Accept",
                "application/json"), a -> a.status() == 200);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    @Test
    public void aReducedLateAnnualFeeIsCalculatedPrintedAndFollowsTheSupervisorsSchedule() {
        Browser visitor = new Browser(port);
        // year 4 of an invention: 1200 yuan, 85 % off for one applicant, two full months late: 10 % of 1200
        JsonNode result = json(visitor.get(LATE, "Accept", "application/json"));
        assertEquals(result.toString(), 1200.0, result.path("lines").get(0).path("amount").asDouble(), 0);
        assertEquals(result.toString(), -1020.0, result.path("lines").get(1).path("amount").asDouble(), 0);
        assertEquals(result.toString(), 120.0, result.path("lines").get(2).path("amount").asDouble(), 0);
        assertEquals(result.toString(), 300.0, result.path("total").asDouble(), 0);
        assertEquals(2, result.path("lateMonths").asInt());
        assertTrue(result.toString(), result.path("schedule").path("source").asText().contains("发改价格〔2017〕270号"));

        // the printable result: a PDF with the total in it
        PdfDocuments.Download pdf = PdfDocuments.download(visitor, port, LATE.replace("/api/cnipa/fees/calculate",
                "/cnipa/fees/result.pdf"));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String text = PdfDocuments.compact(PdfDocuments.text(pdf.bytes()));
        assertTrue(text, text.contains("300.00元") && text.contains("专利费用计算单"));
        Http.Answer page = visitor.get(LATE.replace("/api/cnipa/fees/calculate", "/cnipa/fees"), "Accept",
                "text/html");
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("300.00元") && page.body().contains("cponline.cnipa.gov.cn"));

        // refused: past the six months of grace (in words), a year an invention does not have (the field named)
        JsonNode lapsed = assertRefused(visitor.get(LATE.replace("2026-05-20", "2026-09-16"), "Accept",
                "application/json"), 400, null);
        assertTrue(lapsed.toString(), lapsed.path("detail").asText().contains("恢复权利"));
        assertRefused(visitor.get("/api/cnipa/fees/calculate?type=invention&fee=annual&year=twenty", "Accept",
                "application/json"), 400, "year");

        // a supervisor changes the year 4 to 6 band; the next result follows, and the audit trail has it
        Browser lead = new HallPeople(port).staffMember("fees.lead@example.cn", "费用主管", "SUPERVISOR");
        Http.Answer refused = lead.submit("/cnipa/fees/schedule/edit", "/cnipa/fees/schedule/edit", Map.of("key",
                "annual-invention-4", "amount", "十二", "sourceZh", "新通知", "sourceEn", "New notice", "sourceDate",
                "2026-11-30"));
        assertEquals(422, refused.status());
        assertTrue(refused.body(), refused.body().contains("请填写金额"));
        Http.Answer saved = lead.submit("/cnipa/fees/schedule/edit", "/cnipa/fees/schedule/edit", Map.of("key",
                "annual-invention-4", "amount", "1300", "sourceZh", "新通知", "sourceEn", "New notice", "sourceDate",
                "2026-11-30"));
        assertEquals(saved.body(), 303, saved.status());
        JsonNode after = json(visitor.get(LATE, "Accept", "application/json"));
        assertEquals(after.toString(), 325.0, after.path("total").asDouble(), 0);
        assertEquals("2026-11-30", after.path("schedule").path("sourceDate").asText());
        JsonNode trail = json(Browser.operator(port).get("/api/ops/audit?action=cnipa.fees.changed", "Accept",
                "application/json"));
        assertTrue(trail.toString(), trail.toString().contains("fee:annual-invention-4"));
    }

    @Test
    public void aCalculationAskedInAJsonBodyFollowsTheSameRulesAndRefusesBadBodiesInTheCallersLanguage() {
        Browser visitor = new Browser(port);
        // year 2 of a utility model: 600 yuan, 70 % off for two applicants
        String question = "{\"type\":\"utility\",\"fee\":\"annual\",\"year\":2,\"applicants\":2,"
                + "\"reduction\":true,\"granted\":1}";
        Http.Answer posted = visitor.json("POST", "/api/cnipa/fees/calculate", question);
        assertEquals(posted.body(), 200, posted.status());
        JsonNode byGet = json(visitor.get("/api/cnipa/fees/calculate?type=utility&fee=annual&year=2&applicants=2"
                + "&reduction=true&granted=1", "Accept", "application/json"));
        assertEquals(byGet, json(posted));
        assertEquals(180.0, json(posted).path("total").asDouble(), 0);
        assertEquals(70, json(posted).path("reductionPercent").asInt());

        // missing and unknown values are named by field, as for the query
        assertRefused(visitor.json("POST", "/api/cnipa/fees/calculate", "{\"type\":\"utility\"}"), 400, "fee");
        JsonNode unknown = assertRefused(visitor.json("POST", "/api/cnipa/fees/calculate",
                "{\"type\":\"plant\",\"fee\":\"annual\",\"year\":1}"), 400, "type");
        assertEquals("请选择专利类型。", unknown.path("errors").path("type").asText());
        JsonNode english = assertRefused(visitor.json("POST", "/api/cnipa/fees/calculate",
                "{\"type\":\"plant\",\"fee\":\"annual\",\"year\":1}", "Accept-Language", "en"), 400, "type");
        assertTrue(english.toString(), english.path("errors").path("type").asText().startsWith("Choose"));
        assertRefused(visitor.json("POST", "/api/cnipa/fees/calculate", "{\"type\":\"utility\",\"fee\":"
                + "\"annual\",\"year\":21}"), 400, "year");

        // a body that is not JSON, a value of the wrong type, a field the interface does not know, no body at all
        JsonNode malformed = assertRefused(visitor.json("POST", "/api/cnipa/fees/calculate", "{\"type\":"), 400,
                null);
        assertTrue(malformed.toString(), malformed.path("detail").asText().contains("不是有效的 JSON"));
        JsonNode wrongType = assertRefused(visitor.json("POST", "/api/cnipa/fees/calculate",
                "{\"type\":\"utility\",\"fee\":\"annual\",\"year\":\"二\"}"), 400, null);
        assertTrue(wrongType.toString(), wrongType.path("detail").asText().contains("year"));
        JsonNode extra = assertRefused(visitor.json("POST", "/api/cnipa/fees/calculate",
                "{\"type\":\"utility\",\"fee\":\"annual\",\"year\":1,\"colour\":\"red\"}"), 400, null);
        assertTrue(extra.toString(), extra.path("detail").asText().contains("colour"));
        JsonNode empty = assertRefused(visitor.json("POST", "/api/cnipa/fees/calculate", ""), 400, null);
        assertTrue(empty.toString(), empty.path("detail").asText().contains("JSON"));
    }
}

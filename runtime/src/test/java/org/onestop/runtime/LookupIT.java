package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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

/**
 * Data lookup in the real runtime (Lucene embedded in the bundle, Derby, the REST whiteboard): staff import
 * patent files over HTTP, visitors search them as JSON and pages, and the seeded classes, indications and
 * statistics answer.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LookupIT {

    private static final Duration SOON = Duration.ofSeconds(30);

    @Inject
    private BundleContext context;

    private Http http;
    private Browser staff;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("lookup");
    }

    @Before
    public void gatewayAnswers() {
        http = Http.ofRunningGateway(context);
        staff = Browser.operator(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
        Await.until("the lookup module to answer", Duration.ofSeconds(60),
                () -> http.get("/api/lookup/patents/index"), a -> a.status() == 200 && a.body().contains("READY"));
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String importFile(String name, byte[] body) {
        Http.Answer accepted = staff.post("/api/lookup/patents/imports?name=" + q(name), body,
                "Content-Type", "application/octet-stream", "X-CSRF-Token", staff.csrfToken());
        assertEquals(accepted.body(), 202, accepted.status());
        String location = accepted.header("Location");
        Http.Answer done = Await.until("the import of " + name, SOON,
                () -> staff.get(location.substring(location.indexOf("/api/")) + "?lang=en"),
                a -> a.body().contains("\"state\":\"DONE\"") || a.body().contains("\"state\":\"FAILED\""));
        assertTrue(done.body(), done.body().contains("\"state\":\"DONE\""));
        return done.body();
    }

    private byte[] sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/lookup/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    public void importedPatentsAreFoundByWordsNumbersAndClassesAsJsonAndPages() throws IOException {
        String xml = importFile("US08930553.xml", sample("US08930553.xml"));
        String csv = importFile("records.csv", ("申请号,公开号,名称,摘要,申请人,发明人,IPC分类号,申请日,公开日,专利类型,法律状态\n"
                + "CN202310000001.1,CN116000001A,一种稀土永磁材料的制备方法,本发明涉及稀土永磁材料。,包头稀土研究院,张伟,"
                + "H01F 1/057,2023-01-10,2023-04-11,发明,实质审查\n"
                + "CN202310000002.2,,一种土壤改良剂,本发明提供一种土壤改良剂。,内蒙古农业大学,王芳,C09K 17/40,"
                + "2023-02-10,2023-05-12,发明,公开\n"
                + "CN202310000003.3,,坏日期,,,,,2023-02-30,,发明,\n").getBytes(StandardCharsets.UTF_8));

        assertTrue(xml, xml.contains("\"added\":1"));
        assertTrue(csv, csv.contains("\"added\":2"));
        assertTrue(csv, csv.contains("\"line\":4,\"message\":\"申请日 \\\"2023-02-30\\\" is not a date; write YYYY-MM-DD.\""));

        Http.Answer words = http.get("/api/lookup/patents?q=" + q("稀土"));
        assertEquals(200, words.status());
        assertTrue(words.body(), words.body().startsWith("{\"total\":1,"));
        assertTrue(words.body().contains("\"applicationNumber\":\"CN202310000001.1\""));
        assertTrue(http.get("/api/lookup/patents?q=" + q("土")).body().startsWith("{\"total\":0,"));
        assertTrue(http.get("/api/lookup/patents?q=session+initiation").body().contains("\"US13648029\""));
        assertTrue(http.get("/api/lookup/patents?ipc=G06F").body().startsWith("{\"total\":1,"));
        assertTrue(http.get("/api/lookup/patents?ipc=C").body().startsWith("{\"total\":1,"));
        Http.Answer one = http.get("/api/lookup/patents/" + q("US 8,930,553 B2"));
        assertEquals(200, one.status());
        assertTrue(one.body(), one.body().contains("\"title\":\"Managing mid-dialog session initiation protocol (SIP)"
                + " messages\""));
        assertTrue(one.body().contains("\"inventors\":[\"Nitzan Nissim\",\"Brian Pulito\",\"Asaf Zinger\"]"));

        Http.Answer page = http.get("/lookup/patents?q=" + q("土壤"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("一种土壤改良剂"));
        assertFalse(page.body().contains("一种稀土永磁材料的制备方法"));
        Http.Answer detail = http.get("/lookup/patents/CN202310000001.1");
        assertTrue(detail.body(), detail.body().contains("包头稀土研究院"));
        Http.Answer export = http.get("/api/lookup/patents/export?ipc=H01F");
        assertEquals(200, export.status());
        assertTrue(export.body(), export.body().contains("CN202310000001.1,CN116000001A,一种稀土永磁材料的制备方法"));
    }

    @Test
    public void badInputGetsAClearProblemInTheCallersLanguage() {
        Http.Answer english = http.get("/api/lookup/patents?ipc=XYZ&lang=en");
        Http.Answer chinese = http.get("/api/lookup/patents?from=2024-13");
        Http.Answer page = http.get("/lookup/patents?sort=sideways");

        assertEquals(400, english.status());
        assertTrue(english.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(english.body(), english.body().contains("XYZ\\\" is not an IPC class or prefix"));
        assertTrue(chinese.body(), chinese.body().contains("“2024-13”不是有效日期"));
        assertEquals(400, page.status());
        assertTrue(page.body(), page.body().contains("排序方式“sideways”无效"));
        assertFalse(page.body().contains("Exception"));
        Http.Answer anonymous = http.post("/api/lookup/patents/imports?name=x.xml", new byte[] {1},
                "Content-Type", "application/octet-stream");
        assertEquals("no import without a staff session and its token", 403, anonymous.status());
        Http.Answer refused = staff.post("/api/lookup/patents/imports?name=x.doc", new byte[] {1},
                "Content-Type", "application/octet-stream", "X-CSRF-Token", staff.csrfToken());
        assertEquals(400, refused.status());
    }

    @Test
    public void seededClassesIndicationsAndStatisticsAnswer() {
        Http.Answer nice = http.get("/api/lookup/nice/search?q=cheese");
        assertTrue(nice.body(), nice.body().contains("\"classNumber\":29"));
        assertTrue(http.get("/lookup/nice/25").body().contains("服装，鞋，帽"));
        Http.Answer gi = http.get("/api/lookup/gi?q=" + q("黑木耳"));
        assertTrue(gi.body(), gi.body().contains("扎兰屯黑木耳"));
        assertTrue(http.get("/lookup/gi").body().contains("鄂托克阿尔巴斯山羊肉"));
        Http.Answer stats = http.get("/lookup/statistics");
        assertEquals(200, stats.status());
        assertTrue(stats.body().contains("/static/lookup/js/echarts.min.js"));
        assertFalse("no inline script", stats.body().matches("(?s).*<script>.*"));
        assertFalse("no inline style", stats.body().contains("style=\""));
        assertEquals(200, http.get("/static/lookup/js/echarts.min.js").status());
        assertTrue(http.get("/api/lookup/indicators").body().contains("\"code\":\"trademarks_valid_total\""));
    }
}

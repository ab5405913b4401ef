package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

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
 * Data lookup in the real runtime (Lucene embedded in the bundle, Derby, the REST whiteboard, the audit trail): data
 * stewards import patent files over HTTP, visitors search them as JSON and pages, and the seeded classes,
 * indications and statistics answer; only data stewards and supervisors change anything, each change audited.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LookupIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final String CSV_HEADER = "申请号,公开号,名称,摘要,申请人,发明人,IPC分类号,申请日,公开日,专利类型,法律状态\n";

    /** The people of the class's gateway, signed in once. */
    private static Browser operator;
    private static Browser steward;
    private static Browser supervisor;
    private static Browser trainer;

    @Inject
    private BundleContext context;

    private Http http;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("lookup");
    }

    @Before
    public void gatewayAnswers() {
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        http = Http.ofRunningGateway(context);
        Await.until("the lookup module to answer", Duration.ofSeconds(60),
                () -> http.get("/api/lookup/patents/index"), a -> a.status() == 200 && a.body().contains("READY"));
        if (steward == null) {
            HallPeople people = new HallPeople(port);
            operator = Browser.operator(port);
            steward = people.staffMember("steward@lookup.example.cn", "数据管理员甲", "data_steward");
            supervisor = people.staffMember("supervisor@lookup.example.cn", "主管乙", "supervisor");
            trainer = people.staffMember("trainer@lookup.example.cn", "讲师丙", "trainer");
        }
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String importFile(Browser who, String name, byte[] body) {
        Http.Answer accepted = who.post("/api/lookup/patents/imports?name=" + q(name), body,
                "Content-Type", "application/octet-stream", "X-CSRF-Token", who.csrfToken());
        assertEquals(accepted.body(), 202, accepted.status());
        String location = accepted.header("Location");
        Http.Answer done = Await.until("the import of " + name, SOON,
                () -> who.get(location.substring(location.indexOf("/api/")) + "?lang=en"),
                a -> a.body().contains("\"state\":\"DONE\"") || a.body().contains("\"state\":\"FAILED\""));
        assertTrue(done.body(), done.body().contains("\"state\":\"DONE\""));
        return done.body();
    }


    @Test
    public void importedPatentsAreFoundByWordsNumbersAndClassesAsJsonAndPages() throws IOException {
        // a visitor searches before the import, twice: the same answer (given again within the second)
        Http.Answer before = http.get("/api/lookup/patents?q=" + q("稀土"));
        assertEquals(before.body(), http.get("/api/lookup/patents?q=" + q("稀土")).body());
        assertTrue(before.body(), before.body().startsWith("{\"total\":0,"));
        String xml = importFile(steward, "US08930553.xml", SampleDocuments.patentGrant("US08930553.xml"));
        String csv = importFile(steward, "records.csv", (CSV_HEADER
                + "CN202310000001.1,CN116000001A,一种稀土永磁材料的制备方法,本发明涉及稀土永磁材料。,包头稀土研究院,张伟,"
                + "H01F 1/057,2023-01-10,2023-04-11,发明,实质审查\n"
                + "CN202310000002.2,,一种土壤改良剂,本发明提供一种土壤改良剂。,内蒙古农业大学,王芳,C09K 17/40,"
                + "2023-02-10,2023-05-12,发明,公开\n"
                + "CN202310000003.3,,坏日期,,,,,2023-02-30,,发明,\n").getBytes(StandardCharsets.UTF_8));

        assertTrue(xml, xml.contains("\"added\":1"));
        assertTrue(csv, csv.contains("\"added\":2"));
        assertTrue(csv, csv.contains("\"line\":4,\"place\":\"Line 4\",\"message\":\"申请日 \\\"2023-02-30\\\" is not a"
                + " date; write YYYY-MM-DD.\""));
        assertTrue(csv, csv.contains("\"summary\":\"Done: 2 added, 0 replaced, 1 refused\""));

        // the import went through the gateway: the same search at once finds what it added
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
        assertFalse("no internal file name in the public JSON", one.body().contains("US08930553.xml"));

        Http.Answer page = http.get("/lookup/patents?q=" + q("土壤"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("一种土壤改良剂"));
        assertFalse(page.body().contains("一种稀土永磁材料的制备方法"));
        assertTrue(page.body().contains("共 1 条结果"));
        String english = http.get("/lookup/patents?q=" + q("土壤") + "&lang=en").body();
        assertTrue(english, english.contains(">1 result<"));
        assertTrue(http.get("/lookup/patents?q=zzqx&lang=en").body().contains(">0 results<"));
        Http.Answer export = http.get("/api/lookup/patents/export?ipc=H01F");
        assertEquals(200, export.status());
        assertTrue(export.body(), export.body().contains("CN202310000001.1,CN116000001A,一种稀土永磁材料的制备方法"));
    }

    @Test
    public void aPatentPageSaysWhereTheRecordCameFromInWordsNotByFileAndLine() {
        String report = importFile(steward, "origin.csv", (CSV_HEADER
                + "CN202310000041.4,,一种马铃薯种薯储藏方法,本发明涉及马铃薯储藏。,内蒙古农牧业科学院,刘洋,A23B 7/00,"
                + "2023-03-01,2023-06-01,发明,公开\n").getBytes(StandardCharsets.UTF_8));
        String batch = report.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");

        Http.Answer chinese = http.get("/lookup/patents/CN202310000041.4");
        Http.Answer english = http.get("/lookup/patents/CN202310000041.4?lang=en");

        assertEquals(200, chinese.status());
        assertTrue(chinese.body(), chinese.body().matches("(?s).*<dt>数据来源</dt><dd>\\d{4}-\\d{2}-\\d{2} 导入的中文著录项目数据"
                + "（第 " + batch + " 批）</dd>.*"));
        assertTrue(english.body().matches("(?s).*Chinese bibliographic records imported on \\d{4}-\\d{2}-\\d{2} \\(batch "
                + batch + "\\).*"));
        assertFalse("no file name and line on the page", chinese.body().contains("origin.csv"));
        assertFalse(chinese.body().contains(">JSON<"));
    }

    @Test
    public void aSearchOfMoreThanAThousandWordsIsRefusedWithAMessageOnEveryRoute() {
        String thousand = q(IntStream.range(0, 1100).mapToObj(n -> "w" + n).collect(Collectors.joining(" ")));
        String forty = q(IntStream.range(0, 40).mapToObj(n -> "q" + (char) ('a' + n % 26) + (char) ('b' + n / 26))
                .collect(Collectors.joining(" ")));

        for (String path : new String[] {"/api/lookup/patents?q=", "/api/lookup/patents/export?q="}) {
            Http.Answer api = http.get(path + thousand);
            assertEquals(path, 400, api.status());
            assertTrue(api.header("Content-Type").startsWith("application/problem+json"));
            assertTrue(api.body(), api.body().contains("名称或摘要中的词语过长：最多 500 个字符。"));
            Http.Answer english = http.get(path + forty + "&lang=en");
            assertEquals(400, english.status());
            assertTrue(english.body(), english.body().contains("Words in title or abstract: too many words; a search"
                    + " takes at most 32 words, this one has 40."));
        }
        Http.Answer page = http.get("/lookup/patents?q=" + forty);
        assertEquals(400, page.status());
        assertTrue(page.body(), page.body().contains("名称或摘要中的词语：词语过多，一次检索最多 32 个词，现有 40 个。"));
        assertFalse(page.body().contains("Exception"));
        assertEquals(400, http.get("/api/lookup/patents?applicant=" + q("包头".repeat(150))).status());
        assertEquals(400, http.get("/api/lookup/gi?q=" + forty).status());
        assertEquals(400, http.get("/api/lookup/nice/search?q=" + forty).status());
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
        Http.Answer refused = steward.post("/api/lookup/patents/imports?name=x.doc", new byte[] {1},
                "Content-Type", "application/octet-stream", "X-CSRF-Token", steward.csrfToken());
        assertEquals(400, refused.status());
    }

    @Test
    public void onlyDataStewardsAndSupervisorsChangeLookupDataAndEveryChangeIsAudited() {
        byte[] csv = (CSV_HEADER + "CN202310000051.5,,一种燕麦米加工方法,燕麦,内蒙古燕谷坊,,A23L 7/10,2023-01-01,,发明,公开\n")
                .getBytes(StandardCharsets.UTF_8);
        String gi = "{\"name\":\"测试地标\",\"area\":\"某旗\",\"category\":\"农产品\",\"protection\":\"AGRICULTURAL\"}";
        String value = "{\"code\":\"test_indicator\",\"nameZh\":\"测试指标\",\"nameEn\":\"Test\",\"region\":\"内蒙古自治区\","
                + "\"period\":\"2024\",\"value\":\"1\",\"unit\":\"件\",\"kind\":\"actual\",\"source\":\"测试\"}";
        for (Map.Entry<String, Browser> who : Map.of("trainer", trainer, "operator", operator).entrySet()) {
            Browser b = who.getValue();
            String token = b.csrfToken();
            String as = " as " + who.getKey();
            assertEquals("import" + as, 403, b.post("/api/lookup/patents/imports?name=x.csv", csv, "Content-Type",
                    "application/octet-stream", "X-CSRF-Token", token).status());
            assertEquals("rebuild" + as, 403, b.json("POST", "/api/lookup/patents/index/rebuild", "", "X-CSRF-Token",
                    token).status());
            assertEquals("add an indication" + as, 403, b.json("POST", "/api/lookup/gi", gi, "X-CSRF-Token", token)
                    .status());
            assertEquals("delete an indication" + as, 403, b.json("DELETE", "/api/lookup/gi/1", null,
                    "X-CSRF-Token", token).status());
            assertEquals("add a value" + as, 403, b.json("POST", "/api/lookup/indicators/values", value,
                    "X-CSRF-Token", token).status());
            assertEquals("import values" + as, 403, b.post("/api/lookup/indicators/import", value.getBytes(
                    StandardCharsets.UTF_8), "Content-Type", "text/csv", "X-CSRF-Token", token).status());
            for (String form : new String[] {"/lookup/patents/import", "/lookup/gi/new", "/lookup/gi/1/edit",
                "/lookup/statistics/new"}) {
                assertEquals(form + as, 403, b.get(form).status());
            }
            assertFalse("no edit link" + as, b.get("/lookup/gi/1").body().contains("/lookup/gi/1/edit"));
        }
        assertTrue("nothing was deleted", http.get("/api/lookup/gi/1").body().contains("\"id\":1"));

        importFile(supervisor, "supervised.csv", csv);
        Http.Answer added = steward.json("POST", "/api/lookup/gi", gi, "X-CSRF-Token", steward.csrfToken());
        assertEquals(added.body(), 201, added.status());
        String id = added.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");
        assertEquals(204, supervisor.json("DELETE", "/api/lookup/gi/" + id, null, "X-CSRF-Token",
                supervisor.csrfToken()).status());
        assertEquals(201, steward.json("POST", "/api/lookup/indicators/values", value, "X-CSRF-Token",
                steward.csrfToken()).status());
        assertEquals(202, steward.json("POST", "/api/lookup/patents/index/rebuild", "", "X-CSRF-Token",
                steward.csrfToken()).status());
        assertTrue("stewards see the edit link", steward.get("/lookup/gi/1").body().contains("/lookup/gi/1/edit"));

        String trail = operator.get("/api/ops/audit?action=lookup.&size=100", "Accept", "application/json").body();
        for (String action : new String[] {"lookup.patents.import", "lookup.patents.imported", "lookup.gi.added",
            "lookup.gi.removed", "lookup.indicator.stored", "lookup.patents.index.rebuild"}) {
            assertTrue(action + " in " + trail, trail.contains("\"action\":\"" + action + "\""));
        }
        assertTrue(trail, trail.contains("\"target\":\"gi:" + id + "\""));
        assertTrue(operator.get("/api/ops/audit/verification", "Accept", "application/json").body()
                .contains("\"intact\":true"));
    }

    @Test
    public void everySeededIndicationOpensInItsEditFormAndKeepsWhatIsSaved() {
        JsonNode all = CaseClient.json(http.get("/api/lookup/gi"));
        assertTrue(all.size() >= 5);
        for (JsonNode gi : all) {
            String id = gi.path("id").asText();
            Http.Answer form = steward.get("/lookup/gi/" + id + "/edit");
            assertEquals("the edit form of " + gi.path("name").asText() + ": " + form.body(), 200, form.status());
            assertTrue(form.body().contains("value=\"" + gi.path("name").asText() + "\""));
        }
        JsonNode first = all.get(0);
        String id = first.path("id").asText();
        Http.Answer saved = steward.submit("/lookup/gi/" + id + "/edit", "/lookup/gi/" + id, Map.of("name",
                first.path("name").asText(), "area", first.path("area").asText(), "category",
                first.path("category").asText(), "holder", "", "registrationNumber", "AGI-2008-001",
                "registeredOn", "2008-06-01", "protection", first.path("protection").asText(), "note", ""));
        assertEquals(saved.body(), 303, saved.status());
        Http.Answer shown = http.get("/lookup/gi/" + id);
        assertEquals(200, shown.status());
        assertTrue(shown.body().contains("AGI-2008-001"));
        assertTrue(shown.body().contains("2008"));
        assertEquals(200, steward.get("/lookup/gi/" + id + "/edit").status());
    }

    @Test
    public void theRecentImportsListTheNewestFirstInWords() {
        importFile(steward, "first.csv", (CSV_HEADER + "CN202310000061.6,,一种奶酪,奶酪,伊利,,A23C 19/02,2023-01-01,,"
                + "发明,公开\n").getBytes(StandardCharsets.UTF_8));
        importFile(steward, "second.csv", (CSV_HEADER + "CN202310000062.7,,一种酸奶,酸奶,蒙牛,,A23C 9/12,2023-01-01,,"
                + "发明,公开\n").getBytes(StandardCharsets.UTF_8));

        String list = steward.get("/api/lookup/patents/imports").body();
        assertTrue(list, list.indexOf("\"file\":\"second.csv\"") < list.indexOf("\"file\":\"first.csv\""));
        String page = steward.get("/lookup/patents/import").body();
        int second = page.indexOf("second.csv");
        assertTrue(page, second > 0 && second < page.indexOf("first.csv"));
        assertTrue(page, page.contains("已完成：新增 1 条，替换 0 条，拒绝 0 条"));
        assertFalse(page.contains("DONE"));
    }

    @Test
    public void seededClassesIndicationsAndStatisticsAnswer() {
        Http.Answer nice = http.get("/api/lookup/nice/search?q=cheese");
        assertTrue(nice.body(), nice.body().contains("\"classNumber\":29"));
        Http.Answer cheese = http.get("/api/lookup/nice/search?q=" + q("奶酪"));
        assertTrue(cheese.body(), cheese.body().contains("\"number\":\"290034\",\"description\":\"cheese\","
                + "\"nameZh\":\"奶酪\""));
        Http.Answer class29 = http.get("/lookup/nice/29");
        assertTrue(class29.body().contains("肉，鱼，家禽和野味"));
        assertTrue(class29.body().contains("<td data-label=\"商品/服务\">奶酪</td>"));
        assertFalse("no English heading on a Chinese page", class29.body().contains("Meat, fish, poultry and game"));
        assertTrue(http.get("/lookup/nice/25").body().contains("服装，鞋，帽"));
        Http.Answer gi = http.get("/api/lookup/gi?q=" + q("黑木耳"));
        assertTrue(gi.body(), gi.body().contains("扎兰屯黑木耳"));
        assertTrue(http.get("/lookup/gi").body().contains("鄂托克阿尔巴斯山羊肉"));
        assertTrue(http.get("/api/lookup/indicators").body().contains("\"code\":\"trademarks_valid_total\""));
    }

    @Test
    public void theStatisticsOverviewIsSmallCardsByTopicWithTargetsDrawnAsTargets() {
        Http.Answer overview = http.get("/lookup/statistics");
        assertEquals(200, overview.status());
        String body = overview.body();
        for (String topic : new String[] {"知识产权创造", "知识产权运用", "知识产权保护", "知识产权服务与宣传"}) {
            assertTrue(topic, body.contains("<h2>" + topic + "</h2>"));
        }
        assertFalse("no chart library on the overview", body.contains("echarts"));
        Matcher cards = Pattern.compile("<li class=\"card\" id=\"([a-z0-9_]+)\">").matcher(body);
        int count = 0;
        while (cards.find()) {
            count++;
        }
        assertTrue("one card per indicator: " + count, count >= 38);
        String trademarks = body.substring(body.indexOf("id=\"trademarks_valid_total\""));
        trademarks = trademarks.substring(0, trademarks.indexOf("</li>"));
        assertTrue(trademarks, trademarks.contains("<line class=\"goal\""));
        assertTrue(trademarks, trademarks.contains("<polyline class=\"actual\""));
        assertTrue("the chart says its figures in words, not only its title: " + trademarks, trademarks.contains(
                "aria-label=\"有效注册商标拥有量的变化图表：2020 年 12 月 31 日 240,600 件；2025 年目标：500,000 件\""));
        String target = body.substring(body.indexOf("id=\"gi_total\""));
        target = target.substring(0, target.indexOf("</li>"));
        assertTrue(target, target.contains("尚无公布的实际值"));
        assertFalse("a target alone draws nothing that could read as a value", target.contains("<svg"));
        assertFalse("no inline script", body.matches("(?s).*<script>.*"));
        assertFalse("no inline style", body.contains("style=\""));

        Http.Answer detail = http.get("/lookup/statistics/trademarks_valid_total");
        assertEquals(200, detail.status());
        assertTrue(detail.body(), detail.body().matches("(?s).*<script src=\"/static/lookup/[0-9a-f]{16}/js/echarts\\.min\\.js\""
                + " defer></script>.*"));
        assertTrue(detail.body().contains("data-kind=\"target\""));
        assertTrue(detail.body().contains("2020 年 12 月 31 日"));
        assertEquals(404, http.get("/lookup/statistics/no_such_indicator").status());
    }

    @Test
    public void staticFilesGoCompressedAndVersionedAddressesAreCachedForGood() throws Exception {
        String page = http.get("/lookup/statistics/trademarks_valid_total").body();
        Matcher script = Pattern.compile("/static/lookup/([0-9a-f]{16})/js/echarts\\.min\\.js").matcher(page);
        assertTrue(script.find());
        String versioned = script.group();
        HttpClient client = HttpClient.newHttpClient();
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));

        HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + versioned)).header("Accept-Encoding", "gzip, deflate, br").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/static/lookup/js/echarts.min.js")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("public, max-age=31536000, immutable", zipped.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(zipped.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        assertTrue("compressed to less than half: " + zipped.body().length, zipped.body().length
                < plain.body().length / 2);
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertTrue(java.util.Arrays.equals(plain.body(), unzipped.readAllBytes()));
        }
        assertNull("not compressed unless asked", plain.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("no-cache", plain.headers().firstValue("Cache-Control").orElse(null));
        String tag = plain.headers().firstValue("ETag").orElseThrow();
        Http.Answer again = http.get("/static/lookup/js/echarts.min.js", "If-None-Match", tag);
        assertEquals("revalidated by its tag", 304, again.status());
        Http.Answer css = http.get("/static/css/portal.css");
        Http.Answer cssAgain = http.get("/static/css/portal.css", "If-None-Match", css.header("ETag"));
        assertEquals(304, cssAgain.status());
        Http.Answer stale = http.get("/static/lookup/0000000000000000/js/statistics.js");
        assertEquals("an old version still loads, revalidated", 200, stale.status());
        assertEquals("no-cache", stale.header("Cache-Control"));
        assertNotEquals(404, http.get(versioned).status());
    }
}

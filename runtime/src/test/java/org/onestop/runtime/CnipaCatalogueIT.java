package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * The patent office's service catalogue over HTTP inside the real distribution: an entry read by anyone, the routing
 * guide followed by its links from the module's home to that entry, a window clerk's edit through the page's form
 * (a wrong one refused with each field's problem in place, then a right one) that becomes a new version whose date
 * the public page shows and whose change the history shows before and after; the JSON edit refused with
 * {@code errors} and the versions listed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CnipaCatalogueIT {

    private static final Duration SOON = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    private HallPeople people;
    private int port;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("cnipa-catalogue");
    }

    @Before
    public void theCatalogueAnswers() {
        Http http = Http.ofRunningGateway(context);
        Await.until("the cnipa catalogue", SOON, () -> http.get("/api/cnipa/catalogue", "Accept",
                "application/json"), a -> a.status() == 200);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        people = new HallPeople(port);
    }

    @Test
    public void theGuideLeadsToAnEntryThatAClerkEditsIntoANewVersion() {
        Browser visitor = new Browser(port);

        // the guide from the module's home, by its links alone: patent → fees → fee-reduction filing
        String home = visitor.get("/cnipa").body();
        assertTrue(home.contains("您想办理什么？"));
        assertTrue(home.contains("href=\"/cnipa/fees\"") && home.contains("href=\"/cnipa/visits\""));
        String fees = visitor.get(link(visitor.get(link(home, "专利业务")).body(), "缴纳专利费用或申请费用减缴"))
                .body();
        String entryPath = link(fees, "办理费用减缴（费减备案）");
        assertEquals("/cnipa/catalogue/fee-reduction", entryPath);
        String entry = visitor.get(entryPath).body();
        assertTrue(entry.contains("专利业务办理系统"));
        assertTrue(entry.contains("本页内容版本日期：2026-12-01"));
        assertFalse("the public sees no staff links", entry.contains("/edit\""));

        // a clerk's wrong edit through the form: each field's problem in place, nothing stored
        Browser clerk = people.staffMember("clerk.cat@onestop.test", "赵窗口", "counter_clerk");
        JsonNode before = json(visitor.get("/api/cnipa/catalogue/patent-pledge", "Accept", "application/json"));
        assertEquals(1, before.get("version").asInt());
        Map<String, String> form = new LinkedHashMap<>();
        for (Iterator<String> names = before.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.endsWith("Zh") && !name.equals("nameZh") || name.endsWith("En") && !name.equals("nameEn")) {
                form.put(name, before.get(name).asText());
            }
        }
        form.put("version", "1");
        form.put("materialsZh", "专利权质押登记申请表 | 扫描件 | 1 |");
        form.put("feesEn", "");
        Http.Answer wrong = clerk.submit("/cnipa/catalogue/patent-pledge/edit", "/cnipa/catalogue/patent-pledge/edit",
                form);
        assertEquals(wrong.body(), 422, wrong.status());
        assertTrue(wrong.body().contains("id=\"e-materialsZh\""));
        assertTrue(wrong.body().contains("id=\"e-feesEn\""));
        assertTrue(wrong.body().contains("事项未保存"));

        // the right edit: a new version, its date on the public page, the change in the history
        form.put("materialsZh", before.get("materialsZh").asText());
        form.put("feesEn", before.get("feesEn").asText());
        form.put("timeLimitZh", "材料齐全的，窗口当日受理。");
        Http.Answer saved = clerk.submit("/cnipa/catalogue/patent-pledge/edit", "/cnipa/catalogue/patent-pledge/edit",
                form);
        assertEquals(saved.body(), 303, saved.status());
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String page = visitor.get("/cnipa/catalogue/patent-pledge").body();
        assertTrue(page.contains("本页内容版本日期：" + today));
        assertTrue(page.contains("材料齐全的，窗口当日受理。"));
        String history = clerk.get("/cnipa/catalogue/patent-pledge/history").body();
        assertTrue(history.contains("第 2 版") && history.contains("赵窗口"));
        assertTrue(history.contains("修改前：</span> " + before.get("timeLimitZh").asText()));
        assertTrue(history.contains("修改后：</span> 材料齐全的，窗口当日受理。"));
        assertEquals("the history is the staff's", 303, visitor.get("/cnipa/catalogue/patent-pledge/history")
                .status());

        // JSON: a wrong edit refused with its fields, the versions listed newest first
        Http.Answer refused = clerk.json("PUT", "/api/cnipa/catalogue/patent-pledge", "{\"version\":2}",
                "X-CSRF-Token", clerk.csrfToken());
        assertEquals(refused.body(), 422, refused.status());
        assertEquals("请填写此项。", json(refused).get("errors").get("entryPointZh").asText());
        JsonNode versions = json(clerk.get("/api/cnipa/catalogue/patent-pledge/versions", "Accept",
                "application/json"));
        assertEquals(2, versions.size());
        assertEquals(2, versions.get(0).get("version").asInt());
        assertEquals(today, versions.get(0).get("versionDate").asText());
        assertEquals("timeLimitZh", versions.get(0).get("changed").get(0).asText());
        assertEquals("赵窗口", versions.get(0).get("editedBy").asText());
    }

    @Test
    public void aClerkUploadsATemplateThatAnyoneDownloadsAndAReplacementKeepsTheOldInTheHistory() throws Exception {
        Browser clerk = people.staffMember("clerk.tpl@onestop.test", "钱窗口", "counter_clerk");
        Browser visitor = new Browser(port);
        String page = clerk.get("/cnipa/catalogue/trademark-pledge/templates").body();
        assertTrue(page, page.contains("上传材料模板") && page.contains("name=\"item\" value=\"1\""));

        // an upload is the staff's: refused to anyone not signed in (a form sent without a session's token, 403)
        // and to an innovator (403); nothing is stored (the clerk's upload below is version 2). The IdentityIT
        // matrix sends JSON, which this multipart route refuses (415) before anyone is asked for
        MultipartForm form = new MultipartForm().field("item", "1").pdf("file", "申请书.pdf", SampleDocuments.pdf());
        assertEquals(403, visitor.post("/api/cnipa/catalogue/trademark-pledge/templates", form.bytes(),
                "Content-Type", form.contentType(), "Accept", "application/json", "X-CSRF-Token", "").status());
        Browser innovator = people.innovator("sun.li@example.cn", "孙立", "13947233333");
        assertEquals(403, form.postAs(innovator, "/api/cnipa/catalogue/trademark-pledge/templates").status());

        // a program renamed .docx is refused by its content, in the caller's language; nothing stored
        Http.Answer wrong = new MultipartForm().field("item", "1").file("file", "申请书.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleDocuments.executable())
                .postAs(clerk, "/api/cnipa/catalogue/trademark-pledge/templates");
        assertEquals(wrong.body(), 415, wrong.status());
        assertTrue(wrong.body(), json(wrong).path("errors").path("file").asText().contains("只接受 PDF、Word、Excel"));

        Http.Answer uploaded = new MultipartForm().field("item", "1").pdf("file", "商标专用权质权登记申请书.pdf",
                SampleDocuments.pdf()).postAs(clerk, "/api/cnipa/catalogue/trademark-pledge/templates");
        assertEquals(uploaded.body(), 200, uploaded.status());
        JsonNode body = json(uploaded);
        assertEquals(2, body.path("version").asInt());
        String address = body.path("template").path("address").asText();
        assertTrue(address, address.matches("/cnipa/catalogue/trademark-pledge/templates/\\d+"));
        assertTrue(body.path("materialsEn").asText().contains(address));

        Http.Answer download = visitor.get(address);
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.header("Content-Type"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertTrue(download.header("Content-Disposition"), download.header("Content-Disposition").startsWith(
                "attachment; filename=\"") && download.header("Content-Disposition").endsWith("''%E5%95%86%E6%A0%87"
                + "%E4%B8%93%E7%94%A8%E6%9D%83%E8%B4%A8%E6%9D%83%E7%99%BB%E8%AE%B0%E7%94%B3%E8%AF%B7%E4%B9%A6.pdf"));
        assertTrue(download.body().startsWith("%PDF-"));
        String entry = visitor.get("/cnipa/catalogue/trademark-pledge").body();
        assertTrue(entry, entry.contains("href=\"" + address + "\" download>下载模板</a> <span class=\"muted\">PDF 文件，"
                + ((SampleDocuments.pdf().length + 1023) / 1024) + "\u00a0KB</span>"));

        // a replacement: a new version links the new file; the old one stays downloadable from the history
        Http.Answer replaced = new MultipartForm().field("item", "1").pdf("file", "申请书（2026 版）.pdf",
                SampleDocuments.pdf()).postAs(clerk, "/api/cnipa/catalogue/trademark-pledge/templates");
        assertEquals(3, json(replaced).path("version").asInt());
        assertFalse(address.equals(json(replaced).path("template").path("address").asText()));
        assertTrue(clerk.get("/cnipa/catalogue/trademark-pledge/history").body().contains(address));
        assertEquals(200, visitor.get(address).status());
        assertEquals(404, visitor.get("/cnipa/catalogue/patent-pledge/templates/"
                + address.substring(address.lastIndexOf('/') + 1)).status());
    }

    /** The address of the link whose text is {@code text} on {@code html}. */
    private static String link(String html, String text) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("href=\"([^\"]+)\"[^>]*>" + java.util.regex
                .Pattern.quote(text) + "<").matcher(html);
        assertTrue("a link " + text, found.find());
        return found.group(1);
    }
}

package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.CaseClient.text;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Uploads as an innovator and staff meet them over HTTP, with the example module {@code casework} dropped into
 * {@code deploy/} for cases: an account holds at most {@code held.max.mb} of files not yet attached and uploads at
 * most {@code uploads.per.hour} files (both refusals with a clear message, as JSON and on the page); a file over
 * {@code max.file.mb} is refused while it streams in, and a body cut short is said to be one; a PDF that runs a
 * script when opened is stored with a flag, and staff see a warning next to it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UploadLimitsIT {

    private static final int KB = 1024;

    @Inject
    private BundleContext context;

    private int port;
    private HallPeople people;

    /** At most 1 MB held per account, 1 MB a file and 6 uploads an hour. */
    @Configuration
    public Option[] configuration() {
        Option[] options = Gateway.options("uploads");
        GatewayConfigFiles.set(GatewayConfigFiles.folderOf(options), "org.onestop.platform.attachments.cfg",
                Map.of("held.max.mb", "1", "max.file.mb", "1", "uploads.per.hour", "6"));
        return options;
    }

    @Before
    public void gatewayAnswers() {
        Http.ofRunningGateway(context);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        people = new HallPeople(port);
    }

    @Test
    public void filesHeldByOneAccountStayWithinItsTotal() {
        Browser gao = people.innovator("gao.ling@example.cn", "高玲", "13700001111");
        assertEquals(201, upload(gao, pdfOf(400 * KB)).status());
        assertEquals(201, upload(gao, pdfOf(400 * KB)).status());

        Http.Answer full = upload(gao, pdfOf(400 * KB));
        assertEquals(full.body(), 413, full.status());
        assertEquals("application/problem+json", full.header("Content-Type"));
        assertTrue(full.body(), full.body().contains("将超过每个账号 1 MB 的上限"));
        Http.Answer english = gao.upload("/api/attachments", "file", "scan.pdf", "application/pdf", pdfOf(400 * KB),
                "X-CSRF-Token", gao.csrfToken(), "Accept-Language", "en");
        assertTrue(english.body(), english.body().contains("the 1 MB an account may hold"));
        assertEquals("another account has its own total", 201,
                upload(people.innovator("song.jia@example.cn", "宋佳", "13700002222"), pdfOf(400 * KB)).status());
    }

    @Test
    public void anAccountUploadsAtMostItsNumberOfFilesAnHourAndIsToldWhenItMayAgain() {
        Browser fang = people.innovator("fang.hui@example.cn", "方慧", "13700003333");
        String tracking = enquiry(fang);
        for (int i = 1; i <= 6; i++) {
            assertEquals("upload " + i, 201, upload(fang, SampleDocuments.pdf()).status());
        }
        Http.Answer seventh = upload(fang, SampleDocuments.pdf());
        assertEquals(seventh.body(), 429, seventh.status());
        assertTrue(seventh.header("Retry-After"), Integer.parseInt(seventh.header("Retry-After")) > 3000);
        assertTrue(seventh.body(), seventh.body().contains("每个账号每小时最多上传 6 个文件。请在 60 分钟后再试"));

        String csrf = fang.csrfToken();
        Http.Answer page = fang.post("/cases/" + tracking + "/attachments?_csrf=" + csrf,
                multipart("证书.pdf", SampleDocuments.pdf()), "Content-Type", "multipart/form-data; boundary=edge",
                "Accept", "text/html");
        assertEquals(429, page.status());
        assertTrue("the page says it too: " + page.body(), page.body().contains("每小时最多上传 6 个文件"));
        Matcher src = Pattern.compile(
                "<script src=\"(/static/js/[0-9a-f]+/address.js)\" defer></script>").matcher(page.body());
        assertTrue("the page takes the token out of the address: " + page.body(), src.find());
        Http.Answer script = new Browser(port).get(src.group(1));
        assertTrue(script.body(), script.body().contains("searchParams.delete('_csrf')"));
    }

    @Test
    public void aRetryWithItsKeyAnswersTheFirstReceiptAlsoPastTheHourlyNumberOfUploads() {
        Browser lin = people.innovator("lin.xia@example.cn", "林夏", "13700006666");
        MultipartForm form = AssistanceIT.application(lin, AssistanceIT.PATENT, true);
        String key = UUID.randomUUID().toString();
        Http.Answer sent = form.postAs(lin, "/api/assistance/applications", "Idempotency-Key", key);
        assertEquals(sent.body(), 201, sent.status());
        for (int i = 2; i <= 6; i++) {
            assertEquals("upload " + i, 201, upload(lin, SampleDocuments.pdf()).status());
        }
        assertEquals("the hour's six uploads are used", 429, upload(lin, SampleDocuments.pdf()).status());

        Http.Answer again = form.postAs(lin, "/api/assistance/applications", "Idempotency-Key", key);
        assertEquals("the retry is answered with the first receipt, not the upload limit: " + again.body(), 200,
                again.status());
        assertEquals(json(sent).path("trackingNumber").asText(), json(again).path("trackingNumber").asText());
        Http.Answer another = AssistanceIT.application(lin, AssistanceIT.PATENT, true).postAs(lin,
                "/api/assistance/applications", "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals("a new application's file still counts: " + another.body(), 429, another.status());
    }

    @Test
    public void aFileOverItsLimitOrABodyCutShortIsRefusedWithAClearProblem() {
        Browser he = people.innovator("he.yun@example.cn", "何云", "13700005555");
        Http.Answer big = upload(he, pdfOf(1024 * KB + 1));
        assertEquals(big.body(), 413, big.status());
        assertEquals("application/problem+json", big.header("Content-Type"));
        assertTrue(big.body(), big.body().contains("文件“scan.pdf”超过 1 MB，超出单个文件允许的大小"));

        byte[] whole = multipart("证书.pdf", SampleDocuments.pdf());
        byte[] withoutFinalBoundary = java.util.Arrays.copyOf(whole, whole.length - "--\r\n".length());
        Http.Answer cut = he.post("/api/attachments", withoutFinalBoundary, "Content-Type",
                "multipart/form-data; boundary=edge", "Accept", "application/json", "X-CSRF-Token", he.csrfToken());
        assertEquals(cut.body(), 400, cut.status());
        assertEquals("application/problem+json", cut.header("Content-Type"));
        assertTrue(cut.body(), cut.body().contains("无法读取上传内容"));
        Http.Answer english = he.post("/api/attachments", withoutFinalBoundary, "Content-Type",
                "multipart/form-data; boundary=edge", "Accept", "application/json", "X-CSRF-Token", he.csrfToken(),
                "Accept-Language", "en");
        assertTrue(english.body(), english.body().contains("The upload could not be read"));

        Http.Answer stored = he.post("/api/attachments", whole, "Content-Type", "multipart/form-data; boundary=edge",
                "Accept", "application/json", "X-CSRF-Token", he.csrfToken());
        assertEquals("the same body whole is stored: " + stored.body(), 201, stored.status());
        assertTrue(stored.body(), stored.body().contains("证书.pdf"));
    }

    @Test
    public void aPdfThatRunsAScriptWhenOpenedIsFlaggedAndStaffAreWarned() throws Exception {
        Browser officer = people.staffMember("officer.lu@onestop.test", "陆审查员", "assistance_officer");
        Browser xu = people.innovator("xu.ming@example.cn", "徐明", "13700004444");
        String tracking = enquiry(xu);
        byte[] script = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "3 0 obj\n<< /S /JavaScript /JS (app.launchURL\\(\"http://example.com\"\\)) >>\nendobj\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Http.Answer stored = xu.upload("/api/cases/" + tracking + "/attachments", "file", "说明书.pdf",
                "application/pdf", script, "X-CSRF-Token", xu.csrfToken());
        assertEquals(stored.body(), 201, stored.status());
        JsonNode file = json(stored);
        file = file.isArray() ? file.get(0) : file;
        assertEquals("[\"JavaScript\",\"OpenAction\"]", file.path("activeContent").toString());
        Http.Answer plain = xu.upload("/api/cases/" + tracking + "/attachments", "file", "摘要.pdf",
                "application/pdf", SampleDocuments.pdf(), "X-CSRF-Token", xu.csrfToken());
        assertTrue(plain.body(), plain.body().contains("\"activeContent\":[]"));

        Http.Answer casePage = officer.get("/staff/cases/" + tracking);
        assertEquals(200, casePage.status());
        assertTrue(casePage.body(), casePage.body().contains(
                "注意：此文件含有打开时可能自动执行的内容（脚本、打开时自动执行的操作）"));
    }

    private static Http.Answer upload(Browser who, byte[] pdf) {
        return who.upload("/api/attachments", "file", "scan.pdf", "application/pdf", pdf, "X-CSRF-Token",
                who.csrfToken());
    }

    /** A real PDF padded with a comment to {@code size} bytes. */
    private static byte[] pdfOf(int size) {
        byte[] pdf = SampleDocuments.pdf();
        byte[] padded = new byte[size];
        System.arraycopy(pdf, 0, padded, 0, pdf.length);
        padded[pdf.length] = '%';
        java.util.Arrays.fill(padded, pdf.length + 1, size - 1, (byte) 'x');
        padded[size - 1] = '\n';
        return padded;
    }

    private static byte[] multipart(String name, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--edge\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n--edge--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** An enquiry of the example module, opened by {@code applicant}; its tracking number. */
    private String enquiry(Browser applicant) {
        SampleEnquiries.deploy(context, port);
        Http.Answer opened = applicant.json("POST", "/api/sample/enquiries", text(Map.of("topic", "专利权被侵犯",
                "details", "我公司的实用新型专利被他人仿制销售。")), "Idempotency-Key", UUID.randomUUID().toString(),
                "X-CSRF-Token", applicant.csrfToken());
        assertEquals(opened.body(), 201, opened.status());
        return json(opened).path("trackingNumber").asText();
    }
}

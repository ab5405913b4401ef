package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An operator edits the gateway's settings in the console ({@code /ops/config}): the page lists the configurable
 * components from their metatype; a setting changed in a component's form goes into its {@code .cfg} file with the
 * file's comments and other lines kept, the gateway takes it up (the configuration admin holds it, the pages show
 * it) and the change is in the component's history; bad input is refused with the reason beside the setting and
 * nothing written; a secret is written into the file but never shown on a page, in the JSON or in the audit trail;
 * staff who are not operators get 403.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleConfigIT {

    private static final Duration SOON = Duration.ofSeconds(10);
    private static final String PORTAL = "org.onestop.portal";
    private static final String MAIL = "org.onestop.platform.mail";
    private static final String SECRET = "Mail-Secret-7781";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    private BundleContext context;

    private int port;
    private Http http;
    private Browser operator;
    private Path config;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("console-config");
    }

    @Before
    public void signIn() {
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        http = Http.ofRunningGateway(context);
        operator = Browser.operator(port);
        config = GatewayConfigFiles.folderOf(context);
    }

    private String file(String pid) throws Exception {
        return Files.readString(config.resolve(pid + ".cfg"), StandardCharsets.UTF_8);
    }

    private Object inForce(String pid, String key) throws Exception {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        try {
            org.osgi.service.cm.Configuration[] found = context.getService(ref)
                    .listConfigurations("(service.pid=" + pid + ")");
            return found == null ? null : found[0].getProperties().get(key);
        } finally {
            context.ungetService(ref);
        }
    }

    private Http.Answer put(String pid, String json) {
        return operator.json("PUT", "/api/ops/config/" + pid, json, "X-CSRF-Token", operator.csrfToken());
    }

    private static JsonNode json(Http.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    @Test
    public void aSettingEditedOnThePageGoesIntoItsFileWithCommentsKeptAndTheGatewayTakesItUp() throws Exception {
        Http.Answer list = operator.get("/ops/config");
        assertEquals(list.body(), 200, list.status());
        assertTrue(list.body(), list.body().contains("data-pid=\"" + PORTAL + "\"")
                && list.body().contains("data-pid=\"" + MAIL + "\"") && list.body().contains("已有配置文件"));
        assertTrue(operator.get("/ops/bundles").body().contains("href=\"/ops/config\""));
        JsonNode listed = json(operator.get("/api/ops/config", "Accept", "application/json"));
        assertTrue(listed.toString(), listed.path("total").asInt() >= 10);
        String before = file(PORTAL);
        assertTrue(before, before.startsWith("# The portal's title"));

        String page = "/ops/config/" + PORTAL;
        Http.Answer form = operator.get(page);
        assertTrue(form.body(), form.body().contains("name=\"s:title.zh\"") && form.body().contains("知识产权一站式服务大厅")
                && form.body().contains(">门户</h1>") && form.body().contains(">中文名称</label>"));
        Http.Answer saved = operator.submit(page, page, Map.of("s:title.zh", "呼和浩特知识产权服务大厅",
                "s:title.en", "IP One-Stop Service Hall"));
        assertEquals(saved.body(), 303, saved.status());
        assertTrue(Browser.location(saved), Browser.location(saved).contains("done=1&applied=true"));

        assertEquals(before.replace("title.zh=知识产权一站式服务大厅", "title.zh=呼和浩特知识产权服务大厅"), file(PORTAL));
        assertEquals("呼和浩特知识产权服务大厅", inForce(PORTAL, "title.zh"));
        Await.until("the new title in the header", SOON, () -> http.get("/").body(),
                body -> body.contains("呼和浩特知识产权服务大厅"));

        Http.Answer after = operator.get(Browser.location(saved));
        assertTrue(after.body(), after.body().contains("已保存 1 项设置，网关已按新值运行。")
                && after.body().contains("在控制台修改配置")
                && after.body().contains("title.zh：&quot;知识产权一站式服务大厅&quot; → &quot;呼和浩特知识产权服务大厅&quot;"));
        String trail = operator.get("/api/ops/audit?action=console.config", "Accept", "application/json").body();
        assertTrue(trail, trail.contains("\"target\":\"config:" + PORTAL + "\""));
        Http.Answer english = operator.get(page + "?lang=en");
        assertTrue(english.body(), english.body().contains("Changed settings in the console")
                && english.body().contains("Save") && english.body().contains(">OneStop portal</h1>")
                && !english.body().contains("中文名称"));
    }

    @Test
    public void badInputIsRefusedWithTheReasonBesideTheSettingAndNothingIsWritten() throws Exception {
        String before = file(MAIL);
        String page = "/ops/config/" + MAIL;
        Http.Answer refused = operator.submit(page, page, Map.of("s:smtp.port", "五八七", "s:smtp.starttls", "maybe",
                "s:sender.name", "新的发件人"));
        assertEquals(refused.body(), 422, refused.status());
        assertTrue(refused.body(), refused.body().contains("有 2 项设置无法保存")
                && refused.body().contains("请填写 -2147483648 到 2147483647 之间的整数。")
                && refused.body().contains("value=\"五八七\""));
        Http.Answer problem = put(MAIL, "{\"interval.seconds\": \"often\"}");
        assertEquals(problem.body(), 422, problem.status());
        assertTrue(problem.body(), json(problem).path("errors").has("interval.seconds"));
        assertEquals(404, put("org.onestop.nosuch", "{}").status());
        assertEquals(before, file(MAIL));
    }

    @Test
    public void aSecretIsWrittenIntoTheFileButNeverShownNorRecorded() throws Exception {
        Http.Answer set = put(MAIL, "{\"smtp.password\": \"" + SECRET + "\", \"max.attempts\": 5}");
        assertEquals(set.body(), 200, set.status());
        assertTrue(set.body(), json(set).path("applied").asBoolean() && !set.body().contains(SECRET));
        assertTrue(file(MAIL).contains("smtp.password=" + SECRET + "\n"));
        assertEquals(SECRET, inForce(MAIL, "smtp.password"));

        String page = "/ops/config/" + MAIL;
        Http.Answer kept = operator.submit(page, page, Map.of("s:smtp.password", "", "s:max.attempts", "6"));
        assertEquals(kept.body(), 303, kept.status());
        assertTrue(file(MAIL), file(MAIL).contains("smtp.password=" + SECRET + "\n")
                && file(MAIL).contains("max.attempts=6\n"));

        Http.Answer shown = operator.get(page);
        assertTrue(shown.body(), shown.body().contains("smtp.password：••• → •••") && shown.body().contains("已设置"));
        assertFalse(shown.body().contains(SECRET));
        assertFalse(operator.get("/api/ops/config/" + MAIL, "Accept", "application/json").body().contains(SECRET));
        assertFalse(operator.get("/api/ops/audit?size=100", "Accept", "application/json").body().contains(SECRET));
        assertFalse(operator.get("/ops/audit").body().contains(SECRET));
    }

    @Test
    public void staffWhoAreNotOperatorsAreRefused() {
        Browser examiner = new HallPeople(port).staffMember("config.examiner@example.cn", "审查员", "EXAMINER");
        assertEquals(403, examiner.get("/ops/config").status());
        assertEquals(403, examiner.get("/ops/config/" + MAIL).status());
        assertEquals(403, examiner.get("/api/ops/config", "Accept", "application/json").status());
        assertEquals(403, examiner.json("PUT", "/api/ops/config/" + MAIL, "{\"max.attempts\": 1}", "X-CSRF-Token",
                examiner.csrfToken()).status());
    }
}

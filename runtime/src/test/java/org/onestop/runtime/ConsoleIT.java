package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.After;
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
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An operator runs the gateway's bundles from the console ({@code /ops/bundles}): lists them, stops and starts a
 * module (its routes say "not available", then answer again), uploads the example module and a new version of it
 * (running, stored in {@code deploy/}, audited), is refused a broken jar with the reason, rolls back and uninstalls;
 * staff who are not operators get 403. Routes are awaited on the REST runtime's change count.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final String HELLO = "org.onestop.hello";
    private static final String INFO = "org.onestop.info";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    private BundleContext context;

    private int port;
    private Http http;
    private Browser operator;
    private RestRuntime rest;
    private Path deploy;
    private Path work;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("console");
    }

    @Before
    public void signIn() {
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        http = Http.ofRunningGateway(context);
        operator = Browser.operator(port);
        rest = new RestRuntime(context);
        work = Path.of(context.getProperty(Gateway.WORK));
        deploy = work.resolve("deploy");
    }

    @After
    public void closeRuntime() {
        rest.close();
    }

    private Http.Answer act(String method, String path) {
        return operator.json(method, path, null, "X-CSRF-Token", operator.csrfToken());
    }

    private static JsonNode json(Http.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    private Http.Answer upload(Path jar) throws Exception {
        return new MultipartForm().file("file", jar.getFileName().toString(), "application/java-archive",
                Files.readAllBytes(jar)).postAs(operator, "/api/ops/bundles/uploads");
    }

    @Test
    public void anOperatorStopsAndStartsAModuleAndIsRefusedThePlatformWithoutConfirming() {
        JsonNode listed = json(operator.get("/api/ops/bundles?origin=deploy&q=info", "Accept", "application/json"));
        assertEquals(listed.toString(), 1, listed.path("total").asInt());
        JsonNode info = listed.path("items").get(0);
        assertEquals(INFO, info.path("symbolicName").asText());
        assertEquals("active", info.path("state").asText());
        assertEquals("info", info.path("module").asText());
        assertEquals("info.jar", info.path("file").asText());
        Http.Answer page = operator.get("/ops/bundles?state=active&origin=system");
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("data-bundle=\"org.onestop.platform\"")
                && !page.body().contains("data-bundle=\"org.onestop.info\""));

        Set<Long> before = rest.resourcesOf(INFO);
        Http.Answer stopPage = operator.get("/ops/bundles/org.onestop.info/stop");
        assertTrue(stopPage.body(), stopPage.body().contains("停止 org.onestop.info"));
        String stop = "/ops/bundles/org.onestop.info/stop";
        Http.Answer stopped = operator.submit(stop, stop, Map.of());
        assertEquals(stopped.body(), 303, stopped.status());
        rest.awaitGone("the information module", before, SOON);
        Http.Answer news = http.get("/api/info/news");
        assertEquals(404, news.status());
        assertTrue(news.body(), news.body().contains("该服务暂不可用"));
        assertTrue(operator.get(Browser.location(stopped)).body().contains("已停止 org.onestop.info。"));

        Http.Answer started = act("POST", "/api/ops/bundles/org.onestop.info/start");
        assertEquals(started.body(), 200, started.status());
        assertEquals("active", json(started).path("state").asText());
        rest.awaitServing(INFO, 2, before, SOON);
        assertEquals(200, http.served("/api/info/news").status());

        Http.Answer platform = act("POST", "/api/ops/bundles/org.onestop.platform/stop");
        assertEquals(platform.body(), 409, platform.status());
        assertTrue(platform.body(), platform.body().contains("平台自身的组件"));
        String trail = operator.get("/api/ops/audit?action=console.bundle", "Accept", "application/json").body();
        assertTrue(trail, trail.contains("\"action\":\"console.bundle.stopped\"")
                && trail.contains("active -> resolved") && trail.contains("resolved -> active"));
        String words = operator.get("/ops/audit?action=console.bundle").body();
        assertTrue(words, words.contains("运行中 → 已停止") && words.contains("已停止 → 运行中"));
        assertFalse(words, words.contains(" -&gt; ") || words.contains(" -> ") || words.contains(": active")
                || words.contains("version "));
    }

    @Test
    public void anOperatorUploadsAModuleAndItsNewVersionIsRefusedABrokenJarRollsBackAndUninstalls()
            throws Exception {
        Path hello = Path.of(context.getProperty(Gateway.EXAMPLES), "hello.jar");
        Http.Answer staged = upload(hello);
        assertEquals(staged.body(), 201, staged.status());
        assertEquals(HELLO, json(staged).path("symbolicName").asText());
        assertTrue(staged.body(), json(staged).path("replacesVersion").isNull());
        assertFalse("nothing installed before the confirmation", Files.exists(deploy.resolve("hello.jar")));
        Http.Answer installed = act("POST", "/api/ops/bundles/uploads/" + json(staged).path("token").asText());
        assertEquals(installed.body(), 200, installed.status());
        assertEquals("console", json(installed).path("origin").asText());
        assertEquals("active", json(installed).path("state").asText());
        assertTrue(Files.exists(deploy.resolve("hello.jar")));
        rest.awaitServing(HELLO, 1, Set.of(), SOON);
        assertEquals("{\"greeting\":\"Hello, this is the example service.\"}", http.get("/api/hello?lang=en").body());

        Path second = work.resolve("hello-2.jar");
        Jars.variant(hello, second, Map.of("Bundle-Version", "9.0.0"), Map.of("i18n/messages_en.properties",
                "hello.module.title=Example service\nhello.greeting=Hello from version two.\n"));
        // the new version through the page: checked, shown for confirmation, installed by the confirming form
        MultipartForm form = new MultipartForm().file("file", "hello-2.jar", "application/java-archive",
                Files.readAllBytes(second));
        Http.Answer check = operator.post("/ops/bundles/uploads?_csrf=" + operator.csrfToken(), form.bytes(),
                "Content-Type", form.contentType());
        assertEquals(check.body(), 200, check.status());
        assertTrue(check.body(), check.body().contains("将把 OneStop hello（org.onestop.hello）从版本 "
                + json(installed).path("version").asText() + " 更新为版本 9.0.0。"));
        Matcher confirm = Pattern.compile("action=\"(/ops/bundles/uploads/[0-9a-f]{32})\"").matcher(check.body());
        assertTrue(check.body(), confirm.find());
        Set<Long> first = rest.resourcesOf(HELLO);
        Http.Answer updated = operator.postForm(confirm.group(1), Map.of("_csrf", Browser.csrfOf(check.body())));
        assertEquals(updated.body(), 303, updated.status());
        assertEquals("/ops/bundles?done=installed&bundle=org.onestop.hello", Browser.location(updated));
        String done = operator.get(Browser.location(updated)).body();
        assertTrue(done, done.contains("已从上传的文件安装 org.onestop.hello。"));
        rest.awaitServing(HELLO, 1, first, SOON);
        assertEquals("{\"greeting\":\"Hello from version two.\"}", http.served("/api/hello?lang=en").body());
        String trail = operator.get("/api/ops/audit?action=console.module", "Accept", "application/json").body();
        assertTrue(trail, trail.contains("\"action\":\"console.module.installed\"")
                && trail.contains("\"action\":\"console.module.updated\"")
                && trail.contains("\"detail\":\"version " + json(installed).path("version").asText()
                        + " -> 9.0.0, file hello.jar\""));

        Path broken = work.resolve("hello-broken.jar");
        Jars.variant(hello, broken, Map.of("Bundle-Version", "9.1.0", "Import-Package",
                "org.example.nowhere;version=\"[1.0,2)\""), Map.of());
        Http.Answer refused = upload(broken);
        assertEquals(refused.body(), 422, refused.status());
        assertTrue(refused.body(), refused.body()
                .contains("网关中没有的程序包：org.example.nowhere [1.0.0,2.0.0)"));
        MultipartForm onPage = new MultipartForm().file("file", "hello-broken.jar", "application/java-archive",
                Files.readAllBytes(broken));
        Http.Answer refusedPage = operator.post("/ops/bundles/uploads?_csrf=" + operator.csrfToken(), onPage.bytes(),
                "Content-Type", onPage.contentType(), "Cookie", "onestop_lang=en");
        assertEquals(refusedPage.body(), 422, refusedPage.status());
        assertTrue(refusedPage.body(), refusedPage.body().contains("The module needs packages the gateway does not "
                + "offer: org.example.nowhere [1.0.0,2.0.0)."));
        Path needy = work.resolve("hello-needy.jar");
        Jars.variant(hello, needy, Map.of("Bundle-Version", "9.2.0", "Require-Bundle",
                "org.example.absent;bundle-version=\"[1.0,2)\""), Map.of());
        Http.Answer needsBundle = upload(needy);
        assertEquals(needsBundle.body(), 422, needsBundle.status());
        assertTrue(needsBundle.body(), needsBundle.body()
                .contains("网关中没有安装的组件（或版本不符）：org.example.absent [1.0.0,2.0.0)"));
        assertEquals(404, act("POST", "/api/ops/bundles/uploads/0123456789abcdef0123456789abcdef").status());

        Set<Long> two = rest.resourcesOf(HELLO);
        Http.Answer back = act("POST", "/api/ops/bundles/org.onestop.hello/rollback");
        assertEquals(back.body(), 200, back.status());
        assertEquals("9.0.0", json(back).path("previousVersion").asText());
        rest.awaitServing(HELLO, 1, two, SOON);
        assertEquals("{\"greeting\":\"Hello, this is the example service.\"}",
                http.served("/api/hello?lang=en").body());
        assertTrue(operator.get("/api/ops/audit?action=console.module.rolledBack", "Accept", "application/json").body()
                .contains("\"detail\":\"version 9.0.0 -> " + json(installed).path("version").asText() + "\""));

        Set<Long> last = rest.resourcesOf(HELLO);
        Http.Answer removed = act("POST", "/api/ops/bundles/org.onestop.hello/uninstall");
        assertEquals(removed.body(), 204, removed.status());
        assertFalse(Files.exists(deploy.resolve("hello.jar")));
        rest.awaitGone("the hello module", last, SOON);
        assertEquals(404, act("GET", "/api/ops/bundles/org.onestop.hello").status());
        assertTrue(operator.get("/ops/bundles").body().contains("/ops/bundles/org.onestop.hello/rollback"));
    }

    @Test
    public void staffWhoAreNotOperatorsAreRefused() {
        Browser examiner = new HallPeople(port).staffMember("console.examiner@example.cn", "审查员", "EXAMINER");
        assertEquals(403, examiner.get("/ops/bundles").status());
        assertEquals(403, examiner.get("/api/ops/bundles", "Accept", "application/json").status());
        assertEquals(403, examiner.json("POST", "/api/ops/bundles/org.onestop.info/stop", null, "X-CSRF-Token",
                examiner.csrfToken()).status());
        assertEquals(401, new Browser(port).get("/api/ops/bundles", "Accept", "application/json").status());
    }
}

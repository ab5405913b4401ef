package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Hashtable;
import java.util.Set;
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
import org.osgi.framework.ServiceRegistration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The portal as a visitor and an API client meet it: home page, information, languages, errors, health. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortalIT {

    private static final Duration READY = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    private Http http;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("portal");
    }

    @Before
    public void gatewayAnswers() {
        http = Http.ofRunningGateway(context);
    }

    @Test
    public void theHomePageListsTheInformationTileInChineseByDefault() {
        Http.Answer home = http.get("/");

        assertEquals(200, home.status());
        assertTrue(home.header("Content-Type").startsWith("text/html"));
        assertTrue(home.body(), home.body().contains("<html lang=\"zh-CN\">"));
        assertTrue(home.body(), home.body().contains("data-module=\"info\""));
        assertTrue(home.body(), home.body().contains("综合信息"));
        assertTrue(home.body(), home.body().contains("知识产权一站式服务大厅"));
    }

    @Test
    public void theEnglishSwitchIsRemembered() {
        Http.Answer chosen = http.get("/lang/en?next=/info");

        assertEquals(303, chosen.status());
        assertTrue(chosen.header("Location").endsWith("/info"));
        String cookie = chosen.header("Set-Cookie").split(";")[0];
        assertEquals("onestop_lang=en", cookie);
        Http.Answer home = http.get("/", "Cookie", cookie);
        assertTrue(home.body().contains("<html lang=\"en\">"));
        assertTrue(home.body(), home.body().contains("Centre information"));
        assertTrue(home.body(), home.body().contains("href=\"/lang/zh-CN?next="));
    }

    @Test
    public void theLargePrintModeIsSwitchedFromEveryPageAndRemembered() {
        Http.Answer standard = http.get("/info/news");
        assertTrue("standard pages by default", standard.body().contains("<html lang=\"zh-CN\">"));
        assertTrue(standard.body(), standard.body()
                .contains("<a class=\"mode-switch\" href=\"/mode/senior?next=%2Finfo%2Fnews\">长辈版</a>"));

        Http.Answer chosen = http.get("/mode/senior?next=%2Finfo%2Fnews");
        assertEquals(303, chosen.status());
        assertTrue(chosen.header("Location").endsWith("/info/news"));
        String cookie = chosen.header("Set-Cookie").split(";")[0];
        assertEquals("onestop_mode=senior", cookie);
        assertTrue("remembered, not only for this visit", chosen.header("Set-Cookie").contains("Max-Age="));

        Http.Answer senior = http.get("/info/news", "Cookie", cookie);
        assertTrue(senior.body(), senior.body().contains("<html lang=\"zh-CN\" class=\"senior\">"));
        assertTrue(senior.body().contains("href=\"/mode/standard?next=%2Finfo%2Fnews\">标准版</a>"));
        String css = http.get(cssAddress(senior.body())).body();
        assertTrue("larger text in the style sheet the page links", css.contains("html.senior { font-size: 20px; }"));

        assertEquals(404, http.get("/mode/giant").status());
        String away = http.get("/mode/senior?next=//elsewhere.example/").header("Location");
        assertFalse("never sends the visitor to another site: " + away, away.contains("elsewhere"));
    }

    @Test
    public void theAccessibilityStatementIsLinkedFromEveryPage() {
        Http.Answer home = http.get("/");
        assertTrue(home.body(), home.body().contains("<a href=\"/legal/accessibility\">无障碍声明</a>"));
        Http.Answer statement = http.get("/legal/accessibility");
        assertEquals(200, statement.status());
        assertTrue(statement.body(), statement.body().contains("<h1>无障碍声明</h1>"));
        assertTrue(statement.body().contains("GB/T 37668-2019"));
        Http.Answer english = http.get("/legal/accessibility", "Cookie", "onestop_lang=en");
        assertTrue(english.body(), english.body().contains("<h1>Accessibility Statement</h1>"));
        assertFalse("nobody is asked to consent to the statement",
                http.get("/api/legal").body().contains("accessibility"));
    }

    private static String cssAddress(String page) {
        Matcher m = Pattern.compile(
                "<link rel=\"stylesheet\" href=\"(/static/css/[0-9a-f]+/portal.css)\">").matcher(page);
        assertTrue(page, m.find());
        return m.group(1);
    }

    @Test
    public void aPageOpenedInEnglishCanSwitchBackToChinese() {
        Http.Answer english = http.get("/info/news?lang=en&kind=notice");

        assertTrue(english.body().contains("<html lang=\"en\">"));
        assertTrue(english.body(), english.body().contains(
                "href=\"/lang/zh-CN?next=%2Finfo%2Fnews%3Fkind%3Dnotice\""));
        Http.Answer back = http.get("/lang/zh-CN?next=%2Finfo%2Fnews%3Fkind%3Dnotice", "Cookie", "onestop_lang=en");
        assertEquals(303, back.status());
        assertTrue(back.header("Location").endsWith("/info/news?kind=notice"));
        Http.Answer chinese = http.get("/info/news?kind=notice", "Cookie", back.header("Set-Cookie").split(";")[0]);
        assertTrue(chinese.body().contains("<html lang=\"zh-CN\">"));
    }

    @Test
    public void theRunningModulesAreListedAsJson() {
        Http.Answer modules = http.get("/api/portal/modules", "Accept-Language", "en-GB,en;q=0.9");

        assertEquals(200, modules.status());
        assertEquals("[{\"id\":\"info\",\"title\":\"Centre information\",\"summary\":\"News, notices, the service"
                + " guide and how to reach the centre.\",\"href\":\"/info\",\"icon\":\"/static/info/icon.svg\"},"
                + "{\"id\":\"preexam\",\"title\":\"Patent pre-examination\",\"summary\":\"Register your"
                + " organisation, then file pre-examination requests online; qualified applications go on to the fast"
                + " track.\",\"href\":\"/preexam\",\"icon\":\"/static/preexam/icon.svg\"},"
                + "{\"id\":\"assistance\",\"title\":\"Rights-protection assistance\",\"summary\":\"Facing an"
                + " infringement or an IP dispute? Apply online for an infringement consultation, assistance or"
                + " mediation.\",\"href\":\"/assistance\",\"icon\":\"/static/assistance/icon.svg\"},"
                + "{\"id\":\"lookup\",\"title\":\"Data lookup\",\"summary\":\"Patent search, trademark classes,"
                + " geographical indications and IP statistics.\",\"href\":\"/lookup\","
                + "\"icon\":\"/static/lookup/icon.svg\"},"
                + "{\"id\":\"training\",\"title\":\"Training\",\"summary\":\"IP training courses: see the"
                + " schedule, enrol online, join the waitlist when a session is full.\",\"href\":\"/training\","
                + "\"icon\":\"/static/training/icon.svg\"},"
                + "{\"id\":\"cnipa\",\"title\":\"Patent office business\",\"summary\":\"Where to do patent and"
                + " trademark business, what to bring, what it costs; materials checked before your window visit.\","
                + "\"href\":\"/cnipa\",\"icon\":\"/static/cnipa/icon.svg\"},"
                + "{\"id\":\"ticketing\",\"title\":\"Hall queue\",\"summary\":\"Take a number or book an"
                + " appointment online and follow the queue live.\",\"href\":\"/ticketing\","
                + "\"icon\":\"/static/ticketing/icon.svg\"},"
                + "{\"id\":\"ratings\",\"title\":\"Service ratings\",\"summary\":\"Rate the service once your"
                + " matter is closed; every bad review gets an answer. See how satisfied applicants are.\","
                + "\"href\":\"/ratings\",\"icon\":\"/static/ratings/icon.svg\"}]",
                modules.body());
        assertEquals("Accept-Language, Cookie", modules.header("Vary"));
    }

    @Test
    public void staticFilesComeFromTheShellAndTheModulesButNothingElse() {
        Http.Answer css = http.get("/static/css/portal.css");
        Http.Answer icon = http.get("/static/info/icon.svg");
        Http.Answer hidden = http.get("/static/.secret");
        Http.Answer outside = http.get("/static/info/..%2F..%2F..%2Fconfig%2Forg.onestop.info.cfg");

        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").startsWith("text/css"));
        assertEquals(304, http.get("/static/css/portal.css", "If-None-Match", css.header("ETag")).status());
        assertEquals(200, icon.status());
        assertEquals("image/svg+xml", icon.header("Content-Type"));
        assertEquals(404, hidden.status());
        assertTrue(outside.status() == 400 || outside.status() == 404);
        assertFalse(outside.body().contains("contact.phone"));
    }

    @Test
    public void theNewsApiReturnsTheSeededItemsNewestFirst() {
        Http.Answer news = http.get("/api/info/news?size=50");

        assertEquals(200, news.status());
        assertTrue(news.header("Content-Type").startsWith("application/json"));
        assertTrue(news.body(), news.body().startsWith("{\"total\":10,"));
        assertTrue(news.body().contains("\"slug\":\"online-service-hall-trial-operation\""));
        int newest = news.body().indexOf("2026-11-20");
        int oldest = news.body().indexOf("2021-04-26");
        assertTrue(news.body(), newest > 0 && oldest > newest);
    }

    @Test
    public void newsIsSearchableByTitleInBothLanguages() {
        Http.Answer chinese = http.get("/api/info/news?q=" + java.net.URLEncoder.encode("春节",
                java.nio.charset.StandardCharsets.UTF_8));
        Http.Answer english = http.get("/api/info/news?q=targets&lang=en");
        Http.Answer page = http.get("/info/news?q=" + java.net.URLEncoder.encode("春节",
                java.nio.charset.StandardCharsets.UTF_8));

        assertTrue(chinese.body(), chinese.body().startsWith("{\"total\":1,"));
        assertTrue(chinese.body().contains("spring-festival-2027-service-arrangements"));
        assertTrue(english.body(), english.body().contains("\"title\":\"Inner Mongolia sets its main IP targets"));
        assertTrue(page.body(), page.body().contains("/info/news/spring-festival-2027-service-arrangements"));
        assertFalse(page.body().contains("/info/news/online-service-hall-trial-operation"));
    }

    @Test
    public void theInformationPagesShowNewsGuideAndContact() {
        assertTrue(http.get("/info").body().contains("/info/guide/patent-preexamination"));
        Http.Answer article = http.get("/info/news/inner-mongolia-ip-targets-for-2025");
        assertEquals(200, article.status());
        assertTrue(article.body().contains("<title>"));
        Http.Answer guide = http.get("/info/guide/patent-preexamination", "Cookie", "onestop_lang=en");
        assertTrue(guide.body(), guide.body().contains("Documents needed"));
        assertTrue(http.get("/info/contact").body().contains("12330"));
    }

    @Test
    public void badInputGetsAClearMessageNotATrace() {
        Http.Answer api = http.get("/api/info/news?page=abc&lang=en");
        Http.Answer page = http.get("/info/news?kind=rumour");

        assertEquals(400, api.status());
        assertEquals("application/problem+json", api.header("Content-Type"));
        assertTrue(api.body(), api.body().contains("\"detail\":\"The parameter page must be a whole number"));
        assertEquals(400, page.status());
        assertTrue(page.body(), page.body().contains("类别“rumour”无效"));
    }

    @Test
    public void unknownPathsGetTheShellsNotFoundPageOrAProblem() {
        Http.Answer page = http.get("/no/such/page");
        Http.Answer api = http.get("/api/no/such/thing");

        assertEquals(404, page.status());
        assertTrue(page.body(), page.body().contains("class=\"masthead\""));
        assertTrue(page.body(), page.body().contains("页面不存在"));
        assertEquals(404, api.status());
        assertEquals("application/problem+json", api.header("Content-Type"));
        assertTrue(api.body(), api.body().contains("\"status\":404"));
    }

    /** A resource the test adds to the gateway's application, failing the way a bug would. */
    @Path("")
    @org.onestop.api.identity.Access(org.onestop.api.identity.Audience.ANYONE)
    public static class Failing {

        @GET
        @Path("it/failure")
        @Produces("text/html")
        public String page() {
            throw new IllegalStateException("secret internals of the page");
        }

        @GET
        @Path("api/it/failure")
        @Produces("application/json")
        public String api() {
            throw new IllegalStateException("secret internals of the api");
        }
    }

    @Test
    public void anExceptionGivesAnErrorIdThatIsInTheLogAndNoTrace() throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jakartars.resource", true);
        properties.put("osgi.jakartars.application.select", "(osgi.jakartars.name=onestop)");
        ServiceRegistration<Object> failing = context.registerService(Object.class, new Failing(), properties);
        try {
            try (RestRuntime rest = new RestRuntime(context)) {
                rest.awaitServed("the failing resource",
                        Set.of((Long) failing.getReference().getProperty("service.id")), READY);
            }
            Http.Answer page = http.get("/it/failure");
            Http.Answer api = http.get("/api/it/failure");
            assertEquals(page.body(), 500, page.status());

            assertFalse(page.body().contains("secret internals"));
            assertFalse(page.body().contains("IllegalStateException"));
            assertTrue(page.body(), page.body().contains("服务器内部错误"));
            assertTrue("the shell's own error page", page.body().contains("class=\"masthead\""));
            assertEquals(500, api.status());
            assertEquals("application/problem+json", api.header("Content-Type"));
            assertFalse(api.body().contains("secret internals"));

            String pageId = errorId(page.body(), "<code>([0-9a-f]{10})</code>");
            String apiId = errorId(api.body(), "\"errorId\":\"([0-9a-f]{10})\"");
            Await.until("the error ids in the log", READY, () -> GatewayLog.text(context),
                    text -> text.contains(pageId) && text.contains(apiId) && text.contains("secret internals"));
        } finally {
            failing.unregister();
        }
    }

    @Test
    public void healthTellsAnyoneTheStateAndOperatorsEveryBundleAndTheDatabase() {
        Http.Answer open = http.get("/health");
        assertEquals(200, open.status());
        assertEquals("anyone learns the state, nothing more", "{\"status\":\"UP\"}", open.body());

        assertEquals(401, http.get("/api/ops/health").status());
        Browser operator = Browser.operator(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
        Http.Answer health = operator.get("/api/ops/health", "Accept", "application/json");
        assertEquals(200, health.status());
        assertTrue(health.body(), health.body().startsWith("{\"status\":\"UP\""));
        // inside the container: the test JVM's system property, not the server class of the testing jar
        String product = "postgresql".equalsIgnoreCase(System.getProperty(Gateway.DATABASE_PROPERTY)) ? "PostgreSQL"
                : "Apache Derby";
        assertTrue(health.body(), health.body().contains("\"database\":{\"status\":\"UP\",\"product\":\""
                + product + "\""));
        assertTrue(health.body().contains(
                "\"modules\":[\"info\",\"preexam\",\"assistance\",\"lookup\",\"training\",\"cnipa\",\"ticketing\",\"ratings\"]"));
        assertTrue(health.body().contains("\"symbolicName\":\"org.onestop.platform\""));
        // the node that answered, and the work it runs as the one node holding its lease (alone, it holds them all)
        String node = health.body().replaceAll("(?s).*\"node\":\"([^\"]+)\".*", "$1");
        assertTrue(health.body(), node.matches("[0-9a-f-]{36}"));
        assertTrue(health.body(), health.body().contains("{\"task\":\"cases.deadline-watch\",\"holder\":\""
                + node + "\",\"here\":true,"));
        assertFalse("the load balancers' answer names no node", open.body().contains(node));
        assertFalse("no bundle is merely installed or resolved: " + health.body(),
                health.body().matches(".*\"state\":\"(INSTALLED|RESOLVED)\",\"fragment\":false.*"));
    }

    private static String errorId(String body, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(body);
        assertTrue(body, m.find());
        return m.group(1);
    }

}

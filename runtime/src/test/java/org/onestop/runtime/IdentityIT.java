package org.onestop.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.MimeMessage;

/**
 * Accounts end to end, on the distribution started with {@code java -jar} and mail going to a real SMTP server
 * (GreenMail) inside the test ({@link MailedGateway}): the first operator, registration with the confirmation
 * mail, login and logout, password reset by mail, staff accounts, CSRF, throttling, the social credit code check,
 * security headers.
 */
class IdentityIT {

    static final String PASSWORD = MailedGateway.PASSWORD;

    @TempDir
    static Path home;
    static MailedGateway hall;
    static GatewayProcess gateway;
    static int port;
    static Browser operator;

    @BeforeAll
    static void start() throws Exception {
        hall = MailedGateway.start(home, Map.of());
        gateway = hall.process;
        port = hall.port;
        operator = hall.operator;
    }

    @AfterAll
    static void stop() throws Exception {
        if (hall != null) {
            hall.close();
        }
    }

    static Browser innovator(String email) {
        return hall.innovator(email);
    }

    static Http.Answer login(Browser browser, String email, String password, int expected) {
        return MailedGateway.login(browser, email, password, expected);
    }

    static MimeMessage mailTo(String to, String subject) {
        return hall.mailTo(to, subject);
    }

    static String linkIn(MimeMessage mail) {
        return MailedGateway.linkIn(mail);
    }

    static String path(String link) {
        return MailedGateway.path(link);
    }

    static String token(String link) {
        return MailedGateway.token(link);
    }

    @Test
    void anInnovatorRegistersConfirmsByMailAndLogsInWithANewSessionId() {
        Browser attacker = new Browser(port);
        attacker.get("/login");
        Browser browser = new Browser(port);
        browser.setCookie("onestop_session", "planted-by-an-attacker");
        Http.Answer registered = browser.submit("/register", "/register", Consent.onForm(browser, Map.of("email",
                "zhang.min@example.cn", "password", PASSWORD, "displayName", "张敏", "mobile", "")));
        assertEquals(200, registered.status(), registered.body());
        String link = linkIn(mailTo("zhang.min@example.cn", "确认"));
        login(browser, "zhang.min@example.cn", PASSWORD, 403);

        Http.Answer confirmPage = browser.get(path(link));
        Http.Answer confirmed = browser.postForm("/account/confirm", Map.of("token", token(link),
                "_csrf", Browser.csrfOf(confirmPage.body())));
        assertEquals("/login?notice=confirmed", Browser.location(confirmed));

        Http.Answer login = login(browser, "zhang.min@example.cn", PASSWORD, 303);
        assertEquals("/requests", Browser.location(login), "an innovator lands on its requests");
        String session = browser.cookie("onestop_session");
        assertNotNull(session);
        assertNotEquals("planted-by-an-attacker", session, "a new session id at login");
        String cookie = login.header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertTrue(browser.get("/account").body().contains("zhang.min@example.cn"));

        Http.Answer second = browser.postForm("/login", Map.of("email", "zhang.min@example.cn", "password", PASSWORD,
                "_csrf", Browser.csrfOf(browser.get("/account").body())));
        assertEquals(303, second.status(), second.body());
        assertNotEquals(session, browser.cookie("onestop_session"), "logging in again changes the id again");
        assertNotNull(second);
        String current = browser.cookie("onestop_session");
        Browser stale = new Browser(port);
        stale.setCookie("onestop_session", session);
        assertEquals(303, stale.get("/account").status(), "the replaced session ended");

        Http.Answer logout = browser.postForm("/logout", Map.of("_csrf", Browser.csrfOf(browser.get("/account")
                .body())));
        assertEquals(303, logout.status());
        Browser replay = new Browser(port);
        replay.setCookie("onestop_session", current);
        Http.Answer after = replay.get("/account");
        assertEquals(303, after.status(), "a logged-out session id opens nothing");
        assertTrue(Browser.location(after).startsWith("/login?next="));
    }

    @Test
    void aResetLinkWorksOnceAndEndsEverySession() {
        Browser first = innovator("li.na@example.cn");
        Browser other = new Browser(port);
        login(other, "li.na@example.cn", PASSWORD, 303);

        Browser forgetful = new Browser(port);
        Http.Answer asked = forgetful.submit("/account/forgot", "/account/forgot", Map.of("email", "li.na@example.cn"));
        assertEquals(200, asked.status());
        Http.Answer unknown = forgetful.submit("/account/forgot", "/account/forgot",
                Map.of("email", "nobody.here@example.cn"));
        assertEquals(asked.body().replace("li.na@example.cn", "X"), unknown.body()
                .replace("nobody.here@example.cn", "X"), "the same answer whether or not the email has an account");

        String link = linkIn(mailTo("li.na@example.cn", "密码"));
        Http.Answer form = forgetful.get(path(link));
        assertEquals(200, form.status());
        Http.Answer weak = forgetful.postForm("/account/reset", Map.of("token", token(link), "password", "short",
                "_csrf", Browser.csrfOf(form.body())));
        assertEquals(422, weak.status());
        assertTrue(weak.body().contains("10"), "says how long a password must be");
        Http.Answer reset = forgetful.postForm("/account/reset", Map.of("token", token(link),
                "password", "Steppe-Wind-2027", "_csrf", Browser.csrfOf(form.body())));
        assertEquals(303, reset.status(), reset.body());
        Http.Answer again = forgetful.postForm("/account/reset", Map.of("token", token(link),
                "password", "Another-One-2028", "_csrf", Browser.csrfOf(form.body())));
        assertEquals(410, again.status(), "the link works once");
        assertEquals(410, forgetful.get(path(link)).status());

        assertEquals(303, first.get("/account").status(), "sessions ended by the reset");
        assertEquals(303, other.get("/account").status());
        login(new Browser(port), "li.na@example.cn", PASSWORD, 401);
        login(new Browser(port), "li.na@example.cn", "Steppe-Wind-2027", 303);
    }

    @Test
    void changesWithoutTheVisitorsCsrfTokenAreRefused() {
        Browser browser = innovator("zhao.lei@example.cn");
        Map<String, String> profile = Map.of("displayName", "赵磊", "mobile", "", "language", "zh-CN");
        Http.Answer none = browser.postForm("/account", profile);
        assertEquals(403, none.status());
        assertTrue(none.body().contains("表单已过期"), none.body());
        Map<String, String> forged = new java.util.HashMap<>(profile);
        forged.put("_csrf", "forged-token");
        assertEquals(403, browser.postForm("/account", forged).status());
        Browser someoneElse = new Browser(port);
        someoneElse.get("/login");
        forged.put("_csrf", Browser.csrfOf(someoneElse.get("/login").body()));
        assertEquals(403, browser.postForm("/account", forged).status(), "another visitor's token is no good");
        forged.put("_csrf", Browser.csrfOf(browser.get("/account").body()));
        assertEquals(403, browser.postForm("/account", forged, "Origin", "http://evil.example").status(),
                "not from another site");
        assertEquals(303, browser.postForm("/account", forged).status(), "with its own token it goes through");

        Http.Answer me = browser.json("GET", "/api/account/me", null);
        String token = me.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        String body = "{\"displayName\":\"赵磊\",\"mobile\":\"13912345678\"}";
        assertEquals(403, browser.json("PUT", "/api/account/me", body).status(), "scripts send the header");
        Http.Answer withHeader = browser.json("PUT", "/api/account/me", body, "X-CSRF-Token", token);
        assertEquals(200, withHeader.status(), withHeader.body());
        assertTrue(withHeader.body().contains("\"mobile\":\"13912345678\""));
    }

    /**
     * Five wrong passwords are free (401 each); the sixth attempt is the first that must wait, 1 s, and every
     * further failure doubles the wait.
     */
    @Test
    void afterFiveWrongPasswordsTheSixthAttemptWaitsAndEachFurtherFailureDoublesTheWait() throws Exception {
        innovator("sun.li@example.cn");
        Browser guesser = new Browser(port);
        for (int i = 1; i <= 5; i++) {
            login(guesser, "sun.li@example.cn", "wrong-password-" + i, 401);
        }
        Http.Answer sixth = login(guesser, "sun.li@example.cn", PASSWORD, 429);
        assertEquals("1", sixth.header("Retry-After"));
        assertTrue(sixth.body().contains("请等待 1 秒"), "says how long to wait: " + sixth.body());
        waitAsTold(sixth);
        Http.Answer wrongAgain = login(guesser, "sun.li@example.cn", "wrong-password-6", 429);
        assertEquals("2", wrongAgain.header("Retry-After"), "the wait doubles");
        Http.Answer api = guesser.json("POST", "/api/account/login",
                "{\"email\":\"sun.li@example.cn\",\"password\":\"x\"}");
        assertEquals(429, api.status());
        assertTrue(api.header("Content-Type").startsWith("application/problem+json"));
        waitAsTold(wrongAgain);
        login(guesser, "sun.li@example.cn", PASSWORD, 303);
    }

    /** Waits as long as the answer's {@code Retry-After} says, as a well-behaved client does. */
    private static void waitAsTold(Http.Answer answer) throws InterruptedException {
        Thread.sleep(Long.parseLong(answer.header("Retry-After")) * 1000 + 100);
    }

    @Test
    void aCsrfTokenHandedOutBeforeSignInIsRefusedAfterIt() {
        Browser browser = innovator("wu.fang@example.cn");
        browser.postForm("/logout", Map.of("_csrf", Browser.csrfOf(browser.get("/account").body())));
        String anonymousToken = Browser.csrfOf(browser.get("/login").body());
        String visitorCookie = browser.cookie("onestop_visitor");
        assertNotNull(visitorCookie, "an anonymous visitor's token is bound to the visitor cookie");

        Http.Answer login = browser.postForm("/login", Map.of("email", "wu.fang@example.cn", "password", PASSWORD,
                "_csrf", anonymousToken));
        assertEquals(303, login.status(), login.body());
        assertTrue(login.response().headers().allValues("Set-Cookie").stream().map(String::toLowerCase)
                .anyMatch(c -> c.startsWith("onestop_visitor=") && c.contains("max-age=0")),
                "the visitor cookie is dropped at sign-in: " + login.response().headers().allValues("Set-Cookie"));
        assertNull(browser.cookie("onestop_visitor"));

        browser.setCookie("onestop_visitor", visitorCookie); // a client that kept the cookie all the same
        Map<String, String> profile = new java.util.HashMap<>(Map.of("displayName", "吴芳", "mobile", "",
                "language", "zh-CN", "_csrf", anonymousToken));
        assertEquals(403, browser.postForm("/account", profile).status(), "the anonymous token counts no more");
        assertEquals(403, browser.json("PUT", "/api/account/me", "{\"displayName\":\"吴芳\"}", "X-CSRF-Token",
                anonymousToken).status());
        profile.put("_csrf", Browser.csrfOf(browser.get("/account").body()));
        assertEquals(303, browser.postForm("/account", profile).status(), "the session's token does");
    }

    @Test
    void afterLoginEachLandsWhereTheirWorkIs() {
        innovator("he.ping@example.cn");
        assertEquals("/requests", Browser.location(login(new Browser(port), "he.ping@example.cn", PASSWORD, 303)));
        staffMember("landing.examiner@example.cn", "examiner");
        assertEquals("/staff", Browser.location(login(new Browser(port), "landing.examiner@example.cn", PASSWORD,
                303)));
        assertEquals("/ops", Browser.location(login(new Browser(port), "operator@onestop.local", PASSWORD, 303)),
                "an operator who works no queue lands on the console");
        Browser returning = new Browser(port);
        String next = Browser.location(returning.get("/account/password"));
        assertTrue(next.startsWith("/login?next="), next);
        Http.Answer back = returning.submit(next, "/login", Map.of("email", "he.ping@example.cn", "password",
                PASSWORD, "next", "/account/password"));
        assertEquals("/account/password", Browser.location(back), "a given next wins");
    }

    /**
     * Registration asks consent to the user agreement and the privacy notice (PIPL), both readable by anyone: without
     * the ticked box, or for texts that changed meanwhile, nothing is registered; with it, the versions and the time
     * are stored with the account and audited.
     */
    @Test
    void registeringTakesConsentToTheCurrentTermsAndPrivacyNoticeAndKeepsIt() {
        Browser visitor = new Browser(port);
        Http.Answer terms = visitor.get("/legal/terms");
        assertEquals(200, terms.status());
        assertTrue(terms.body().contains("<h1>用户协议</h1>") && terms.body().contains("版本：2026-12-01"),
                terms.body());
        Http.Answer privacy = visitor.get("/legal/privacy?lang=en");
        assertTrue(privacy.body().contains("<h1>Privacy Notice</h1>") && privacy.body().contains("Personal "
                + "Information Protection Law"), privacy.body());
        assertTrue(visitor.get("/").body().contains("href=\"/legal/privacy\""), "the footer links the notice");
        String form = visitor.get("/register").body();
        assertTrue(form.contains("href=\"/legal/terms\"") && form.contains("name=\"consent\" type=\"checkbox\""),
                form);

        Map<String, String> fields = new java.util.HashMap<>(Consent.onForm(visitor, Map.of("email",
                "qian.yu@example.cn", "password", PASSWORD, "displayName", "钱宇", "mobile", "")));
        fields.remove("consent");
        Http.Answer unticked = visitor.submit("/register", "/register", fields);
        assertEquals(422, unticked.status());
        assertTrue(unticked.body().contains("请阅读并勾选同意《用户协议》和《隐私政策》"), unticked.body());
        fields.put("consent", "yes");
        fields.put("termsVersion", "2025-01-01");
        Http.Answer outdated = visitor.submit("/register", "/register", fields);
        assertEquals(422, outdated.status());
        assertTrue(outdated.body().contains("已经更新"), outdated.body());
        Http.Answer api = visitor.json("POST", "/api/account/register", "{\"email\":\"qian.yu@example.cn\","
                + "\"password\":\"" + PASSWORD + "\",\"displayName\":\"钱宇\"}");
        assertEquals(422, api.status());
        assertTrue(api.body().contains("\"consent\":"), "the API names the missing consent: " + api.body());

        Browser qian = innovator("qian.yu@example.cn"); // registers as a new account: nothing was stored before
        String me = qian.json("GET", "/api/account/me", null).body();
        assertTrue(me.matches(".*\"consents\":\\[\\{\"document\":\"privacy\",\"version\":\"2026-12-03\","
                + "\"consentedAt\":\"20\\d\\d-.*"), me);
        assertTrue(me.contains("{\"document\":\"terms\",\"version\":\"2026-12-01\""), me);
        String trail = operator.get("/api/ops/audit?action=account.consented").body();
        assertTrue(trail.contains("\"detail\":\"terms 2026-12-01, privacy 2026-12-03\""), trail);
    }

    @Test
    void theOrganisationsCreditCodeMustCarryTheRightCheckCharacter() {
        Browser browser = innovator("chen.jie@example.cn");
        Map<String, String> organisation = new java.util.HashMap<>(Map.of("name", "内蒙古草原生物科技有限公司",
                "creditCode", "91350100M000100Y44", "address", "呼和浩特市赛罕区", "contactPerson", "陈杰",
                "contactPhone", "0471-1234567"));
        Http.Answer wrong = browser.submit("/account/organisation", "/account/organisation", organisation);
        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("校验码不符"), wrong.body());
        organisation.put("creditCode", "91350100M000100Y43");
        Http.Answer right = browser.submit("/account/organisation", "/account/organisation", organisation);
        assertEquals(303, right.status(), right.body());
        Http.Answer stored = browser.json("GET", "/api/account/organisation", null);
        assertTrue(stored.body().contains("\"creditCode\":\"91350100M000100Y43\""), stored.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/login", "/api/info/news", "/no/such/page", "/static/css/portal.css"}) {
            Http.Answer answer = new Browser(port).get(path);
            String csp = answer.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                    && !csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
            assertEquals("same-origin", answer.header("Referrer-Policy"), path);
            assertEquals("DENY", answer.header("X-Frame-Options"), path);
            assertEquals("same-origin", answer.header("Cross-Origin-Opener-Policy"), path);
        }
    }

    @Test
    void aPublicPageWithoutAFormSetsNoCookieAndAPageWithOneBindsItsTokenToTheVisitor() {
        Http.Answer home = new Browser(port).get("/");
        assertEquals(200, home.status());
        assertEquals(List.of(), home.response().headers().allValues("Set-Cookie"),
                "the home page has no form: nothing to bind a token to");

        Browser visitor = new Browser(port);
        String token = Browser.csrfOf(visitor.get("/login").body());
        assertNotNull(visitor.cookie("onestop_visitor"), "the login form's token is bound to a new visitor cookie");
        Http.Answer wrong = visitor.postForm("/login", Map.of("email", "nobody@example.cn", "password", "wrong-one",
                "_csrf", token));
        assertTrue(wrong.status() != 403, "the token of the form counts: " + wrong.status());
    }

    @Test
    void registeringAKnownEmailTellsTheVisitorNothingAndTheOwnerByMail() {
        innovator("zhou.xun@example.cn");
        Browser stranger = new Browser(port);
        Http.Answer again = stranger.submit("/register", "/register", Consent.onForm(stranger, Map.of("email",
                "zhou.xun@example.cn", "password", "Some-Other-Pass-1", "displayName", "冒名者", "mobile", "")));
        assertEquals(200, again.status());
        assertTrue(again.body().contains("请查收邮件"), "the same page as a new registration");
        assertNotNull(mailTo("zhou.xun@example.cn", "有人使用您的邮箱注册"));
        assertFalse(gateway.output.toString().contains("Some-Other-Pass-1"), "passwords are never logged");
    }

    static Browser staffMember(String email, String... roles) {
        return hall.staffMember(email, roles);
    }

    static String csrfOf(Browser browser) {
        return MailedGateway.csrfOf(browser);
    }

    /**
     * Every route of the platform and the default modules, asked by an anonymous visitor, an innovator, an
     * examiner and an operator: pages send anonymous visitors to the login page, the API answers 401; a
     * signed-in caller outside the route's audience gets 403.
     */
    @Test
    void eachRouteAnswersEachKindOfCallerAsDeclared() {
        Map<String, Browser> callers = new java.util.LinkedHashMap<>();
        callers.put("anonymous", new Browser(port));
        callers.put("innovator", innovator("matrix.innovator@example.cn"));
        callers.put("examiner", staffMember("matrix.examiner@example.cn", "examiner"));
        callers.put("operator", operator);
        //            route                               anonymous innovator examiner operator
        String[][] matrix = {
            {"GET /",                                       "200", "200", "200", "200"},
            {"GET /info",                                   "200", "200", "200", "200"},
            {"GET /api/info/news",                          "200", "200", "200", "200"},
            {"GET /api/portal/modules",                     "200", "200", "200", "200"},
            {"GET /health",                                 "200", "200", "200", "200"},
            {"GET /api/ops/health",                         "401", "403", "403", "200"},
            {"GET /legal/terms",                            "200", "200", "200", "200"},
            {"GET /legal/privacy",                          "200", "200", "200", "200"},
            {"GET /api/legal",                              "200", "200", "200", "200"},
            {"GET /static/css/portal.css",                  "200", "200", "200", "200"},
            {"GET /login",                                  "200", "303", "303", "303"},
            {"GET /register",                               "200", "200", "200", "200"},
            {"GET /account/forgot",                         "200", "200", "200", "200"},
            {"GET /account",                                "303", "200", "200", "200"},
            {"GET /account/password",                       "303", "200", "200", "200"},
            {"GET /account/organisation",                   "303", "200", "403", "403"},
            {"GET /api/account/me",                         "401", "200", "200", "200"},
            {"GET /api/account/organisation",               "401", "404", "403", "403"},
            {"GET /staff",                                  "303", "403", "200", "200"},
            {"GET /ops",                                    "303", "403", "403", "200"},
            {"GET /ops/accounts",                           "303", "403", "403", "200"},
            {"GET /api/ops/accounts",                       "401", "403", "403", "200"},
            {"POST /api/ops/accounts",                      "401", "403", "403", "422"},
            {"GET /ops/audit",                              "303", "403", "403", "200"},
            {"GET /ops/audit/verification",                 "303", "403", "403", "200"},
            {"GET /api/ops/audit",                          "401", "403", "403", "200"},
            {"GET /api/ops/audit/verification",             "401", "403", "403", "200"},
            {"GET /ops/outbox",                             "303", "403", "403", "200"},
            {"GET /api/ops/outbox",                         "401", "403", "403", "200"},
            // the console's bundles: operators only
            {"GET /ops/bundles",                            "303", "403", "403", "200"},
            {"GET /ops/bundles/org.onestop.info/stop",      "303", "403", "403", "200"},
            {"GET /api/ops/bundles",                        "401", "403", "403", "200"},
            {"GET /api/ops/bundles/org.onestop.info",       "401", "403", "403", "200"},
            {"POST /api/ops/bundles/org.onestop.nosuch/start", "401", "403", "403", "404"},
            {"POST /api/ops/bundles/org.onestop.nosuch/stop", "401", "403", "403", "404"},
            {"POST /api/ops/bundles/org.onestop.nosuch/uninstall", "401", "403", "403", "404"},
            {"POST /api/ops/bundles/org.onestop.nosuch/rollback", "401", "403", "403", "404"},
            {"POST /api/ops/bundles/uploads/0123456789abcdef0123456789abcdef", "401", "403", "403", "404"},
            {"GET /ops/config",                             "303", "403", "403", "200"},
            {"GET /ops/config/org.onestop.portal",          "303", "403", "403", "200"},
            {"GET /ops/config/org.onestop.nosuch",          "303", "403", "403", "404"},
            {"GET /api/ops/config",                         "401", "403", "403", "200"},
            {"GET /api/ops/config/org.onestop.portal",      "401", "403", "403", "200"},
            {"PUT /api/ops/config/org.onestop.nosuch",      "401", "403", "403", "404"},
            {"POST /api/ops/config/org.onestop.nosuch",     "401", "403", "403", "404"},
            // the console's backups: operators only; the local command's route wants the data folder's token (BackupIT)
            {"GET /ops/backups",                            "303", "403", "403", "200"},
            {"GET /api/ops/backups",                        "401", "403", "403", "200"},
            {"POST /api/ops/backup",                        "401", "401", "401", "401"},
            // the metrics bundle: /metrics hidden (404) from all but operators unless configured; health for operators
            {"GET /metrics",                                "404", "404", "404", "200"},
            {"GET /ops/health",                             "303", "403", "403", "200"},
            {"GET /api/ops/health/figures",                 "401", "403", "403", "200"},
            {"GET /lookup",                                 "200", "200", "200", "200"},
            {"GET /api/lookup/patents?q=C12N",              "200", "200", "200", "200"},
            {"GET /lookup/gi",                              "200", "200", "200", "200"},
            {"GET /lookup/gi/new",                          "303", "403", "403", "403"},
            {"GET /lookup/statistics/new",                  "303", "403", "403", "403"},
            {"POST /api/lookup/gi",                         "401", "403", "403", "403"},
            {"GET /lookup/statistics",                      "200", "200", "200", "200"},
            {"GET /lookup/patents/import",                  "303", "403", "403", "403"},
            {"GET /api/lookup/patents/imports",             "401", "403", "403", "403"},
            {"POST /api/lookup/patents/index/rebuild",      "401", "403", "403", "403"},
            {"POST /api/lookup/indicators/values",          "401", "403", "403", "403"},
            {"GET /ticketing/appointments",                 "303", "200", "200", "200"},
            {"GET /ticketing/appointments/new",             "303", "200", "200", "200"},
            {"GET /ticketing/appointments/999999",          "303", "404", "404", "404"},
            {"GET /api/ticketing/appointments",             "401", "200", "200", "200"},
            {"POST /api/ticketing/appointments",            "401", "400", "400", "400"},
            {"GET /api/ticketing/appointments/999999",      "401", "404", "404", "404"},
            {"POST /api/ticketing/appointments/999999/cancel", "401", "404", "404", "404"},
            {"POST /api/ticketing/appointments/check-in",   "400", "400", "400", "400"},
            {"GET /api/ticketing/services/preexam/slots",   "200", "200", "200", "200"},
            {"GET /ticketing/kiosk/check-in",               "200", "200", "200", "200"},
            {"GET /ticketing",                              "200", "200", "200", "200"},
            {"GET /ticketing/kiosk",                        "200", "200", "200", "200"},
            {"GET /ticketing/mine",                         "303", "200", "200", "200"},
            {"GET /ticketing/reception",                    "303", "403", "403", "403"},
            {"GET /ticketing/tickets/no-such-key",          "404", "404", "404", "404"},
            {"GET /api/ticketing/services",                 "200", "200", "200", "200"},
            {"POST /api/ticketing/tickets",                 "400", "400", "400", "400"},
            {"GET /api/ticketing/tickets/no-such-key",      "404", "404", "404", "404"},
            {"POST /api/ticketing/tickets/no-such-key/cancel", "404", "404", "404", "404"},
            {"GET /api/ticketing/counters",                 "401", "403", "403", "403"},
            {"GET /api/ticketing/counters/1",               "401", "403", "403", "403"},
            {"POST /api/ticketing/counters/1/call-next",    "401", "403", "403", "403"},
            {"GET /ticketing/counters",                     "303", "403", "403", "403"},
            {"GET /ticketing/counters/1",                   "303", "403", "403", "403"},
            {"GET /ticketing/counters/1/screen",            "200", "200", "200", "200"},
            {"GET /ticketing/tickets/no-such-key/rate",     "303", "404", "404", "404"},
            {"GET /ticketing/hall",                         "303", "403", "403", "403"},
            {"GET /api/ticketing/hall/services",            "401", "403", "403", "403"},
            {"POST /api/ticketing/hall/services",           "401", "403", "403", "403"},
            {"GET /api/ticketing/hall/counters",            "401", "403", "403", "403"},
            {"POST /api/ticketing/hall/counters",           "401", "403", "403", "403"},
            // the hall's display board is public; its statistics are the supervisors'. The board's event stream
            // (/api/ticketing/board/events) never ends, so it is not read here: TicketingBoardIT reads it anonymously
            {"GET /ticketing/board",                        "200", "200", "200", "200"},
            {"GET /api/ticketing/board",                    "200", "200", "200", "200"},
            {"GET /ticketing/statistics",                   "303", "403", "403", "403"},
            {"GET /ticketing/statistics.csv",               "303", "403", "403", "403"},
            {"GET /api/ticketing/statistics",               "401", "403", "403", "403"},
            // the patent office's service catalogue and routing guide are public; editing and history are the clerks'
            {"GET /cnipa",                                  "200", "200", "200", "200"},
            {"GET /cnipa/guide",                            "200", "200", "200", "200"},
            {"GET /cnipa/guide/patent",                     "200", "200", "200", "200"},
            {"GET /cnipa/catalogue/patent-pledge",          "200", "200", "200", "200"},
            {"GET /cnipa/catalogue/patent-pledge/edit",     "303", "403", "403", "403"},
            {"GET /cnipa/catalogue/patent-pledge/history",  "303", "403", "403", "403"},
            {"GET /api/cnipa/catalogue",                    "200", "200", "200", "200"},
            {"GET /api/cnipa/catalogue/patent-pledge",      "200", "200", "200", "200"},
            {"PUT /api/cnipa/catalogue/patent-pledge",      "401", "403", "403", "403"},
            {"GET /api/cnipa/catalogue/patent-pledge/versions", "401", "403", "403", "403"},
            {"GET /cnipa/catalogue/patent-pledge/templates", "303", "403", "403", "403"},
            {"GET /cnipa/catalogue/patent-pledge/templates/999999", "404", "404", "404", "404"},
            {"GET /api/cnipa/guide",                        "200", "200", "200", "200"},
            // the patent fee calculator: open to everyone; the schedule kept by supervisors
            {"GET /cnipa/fees",                             "200", "200", "200", "200"},
            {"GET /cnipa/fees?type=design&fee=application", "200", "200", "200", "200"},
            {"GET /cnipa/fees/schedule",                    "200", "200", "200", "200"},
            {"GET /cnipa/fees/schedule/edit",               "303", "403", "403", "403"},
            {"GET /api/cnipa/fees/schedule",                "200", "200", "200", "200"},
            {"GET /api/cnipa/fees/calculate?type=design&fee=application", "200", "200", "200", "200"},
            {"POST /api/cnipa/fees/calculate",              "400", "400", "400", "400"},
            // pre-checked window visits: started by innovators, answered and received by window clerks; their
            // statistics are the supervisors'
            {"GET /cnipa/visits",                           "303", "200", "403", "403"},
            {"GET /cnipa/visits/CN-2026-999999/correction", "303", "404", "403", "403"},
            {"GET /cnipa/visits/CN-2026-999999/answer",     "303", "403", "403", "403"},
            {"GET /cnipa/visits/CN-2026-999999/receipt",    "303", "403", "403", "403"},
            {"GET /api/cnipa/visits/CN-2026-999999",        "401", "404", "404", "404"},
            {"POST /api/cnipa/visits/CN-2026-999999/answer", "401", "403", "403", "403"},
            {"POST /api/cnipa/visits/CN-2026-999999/receipt", "401", "403", "403", "403"},
            {"GET /cnipa/visits/CN-2026-999999/close",      "303", "403", "403", "403"},
            {"POST /api/cnipa/visits/CN-2026-999999/close", "401", "403", "403", "403"},
            {"GET /cnipa/statistics",                       "303", "403", "403", "403"},
            {"GET /cnipa/statistics.csv",                   "303", "403", "403", "403"},
            {"GET /api/cnipa/statistics",                   "401", "403", "403", "403"},
        };
        StringBuilder wrong = new StringBuilder();
        for (String[] row : matrix) {
            String[] route = row[0].split(" ");
            int column = 1;
            for (Map.Entry<String, Browser> caller : callers.entrySet()) {
                Browser browser = caller.getValue();
                Http.Answer answer = route[0].equals("GET")
                        ? browser.get(route[1], "Accept", route[1].startsWith("/api") || route[1].equals("/health")
                                ? "application/json" : "text/html")
                        : browser.json(route[0], route[1], "{}", "X-CSRF-Token", caller.getKey().equals("anonymous")
                                ? "" : csrfOf(browser));
                if (answer.status() != Integer.parseInt(row[column])) {
                    wrong.append(row[0]).append(" as ").append(caller.getKey()).append(": ")
                            .append(answer.status()).append(", expected ").append(row[column]).append('\n');
                }
                column++;
            }
        }
        assertEquals("", wrong.toString());
        assertFalse(gateway.output.toString().contains("declares no @Access"), gateway.output.toString());
    }
}

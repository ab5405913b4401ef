package org.onestop.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * The distribution started with {@code java -jar} in a folder of the test's, its mail going to a real SMTP server
 * (GreenMail) inside the test, and the people a test needs: the first operator (signed in, password chosen),
 * innovators who registered and confirmed by the mailed link, staff whom the operator created and who chose their
 * password through the invitation mail.
 */
final class MailedGateway implements AutoCloseable {

    static final String PASSWORD = "Grassland-2026!";
    /** The names staff members and innovators get. */
    static final String STAFF_NAME = "审查员";
    static final String INNOVATOR_NAME = "王工程师";
    private static final Pattern FIRST_PASSWORD = Pattern.compile("one-time password (\\S+) ");

    final GreenMail smtp;
    final GatewayProcess process;
    final int port;
    final Browser operator;

    private MailedGateway(GreenMail smtp, GatewayProcess process, int port, boolean signInOperator) {
        this.smtp = smtp;
        this.process = process;
        this.port = port;
        this.operator = signInOperator ? firstOperator() : null;
    }

    /**
     * Starts a gateway whose configuration (the distribution's, with mail to GreenMail) and data live under
     * {@code home}; {@code environment} adds or replaces {@code ONESTOP_*} variables, e.g. {@code ONESTOP_DEPLOY}.
     */
    static MailedGateway start(Path home, Map<String, String> environment) throws Exception {
        return start(home, environment, true);
    }

    /**
     * As {@link #start(Path, Map)}; without {@code signInOperator} the first operator is left as the first start
     * made it (its one-time password in {@link #firstPassword()}) and {@link #operator} is null.
     */
    static MailedGateway start(Path home, Map<String, String> environment, boolean signInOperator) throws Exception {
        return start(home, environment, signInOperator, Map.of());
    }

    /**
     * As {@link #start(Path, Map, boolean)}, with settings of the distribution changed before the start:
     * {@code edits} maps a file of the config folder to how its text is rewritten.
     */
    static MailedGateway start(Path home, Map<String, String> environment, boolean signInOperator,
            Map<String, java.util.function.UnaryOperator<String>> edits) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(GatewayProcess.freePort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int port = GatewayProcess.freePort();
        Path config = Files.createDirectories(home.resolve("config"));
        try (var files = Files.list(GatewayProcess.DIST.resolve("config"))) {
            for (Path file : files.toList()) {
                Files.copy(file, config.resolve(file.getFileName()));
            }
        }
        for (Map.Entry<String, java.util.function.UnaryOperator<String>> edit : edits.entrySet()) {
            Path file = config.resolve(edit.getKey());
            Files.writeString(file, edit.getValue().apply(Files.readString(file)));
        }
        Files.writeString(config.resolve("org.onestop.platform.mail.cfg"), "smtp.host=127.0.0.1\nsmtp.port="
                + smtp.getSmtp().getPort() + "\nsmtp.starttls=false\nsender.address=hall@onestop.test\ninterval.seconds=1\n");
        Files.writeString(config.resolve("org.onestop.platform.identity.cfg"),
                "public.url=http://127.0.0.1:" + port + "\nregistrations.per.hour=50\nreset.requests.per.hour=50\n");
        Map<String, String> env = new HashMap<>(Map.of("ONESTOP_PORT", String.valueOf(port), "ONESTOP_DATA",
                home.resolve("data").toString(), "ONESTOP_CONFIG", config.toString()));
        env.putAll(environment);
        GatewayProcess process;
        try {
            process = new GatewayProcess(env);
        } catch (Exception e) {
            smtp.stop();
            throw e;
        }
        try {
            process.awaitOutput("OneStop is ready at");
            return new MailedGateway(smtp, process, port, signInOperator);
        } catch (Exception | AssertionError e) {
            // a gateway that did not come up (or whose operator could not sign in) is not left running
            process.process.destroyForcibly();
            smtp.stop();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            process.stop();
        } finally {
            smtp.stop();
        }
    }

    /** The one-time password of the first operator, as the first start printed it. */
    String firstPassword() {
        String output = process.awaitOutput("one-time password");
        Matcher printed = FIRST_PASSWORD.matcher(output);
        assertTrue(printed.find(), output);
        return printed.group(1);
    }

    /** The operator made on first start: its printed one-time password works once, for choosing a new one. */
    private Browser firstOperator() {
        String once = firstPassword();
        Browser browser = new Browser(port);
        Http.Answer login = browser.submit("/login", "/login", Map.of("email", "operator@onestop.local",
                "password", once));
        assertEquals(303, login.status(), login.body());
        assertEquals("/account/password", Browser.location(login));
        Http.Answer elsewhere = browser.get("/ops/accounts");
        assertEquals(303, elsewhere.status(), "nothing but the password page until it is changed");
        assertEquals("/account/password", Browser.location(elsewhere));
        assertEquals(403, browser.get("/api/ops/accounts", "Accept", "application/json").status());

        Http.Answer changed = browser.submit("/account/password", "/account/password",
                Map.of("current", once, "password", PASSWORD));
        assertEquals(303, changed.status(), changed.body());
        assertEquals(200, browser.get("/ops/accounts").status());
        return browser;
    }

    /** Registers {@code email}, confirms it through the mailed link, and logs in: a signed-in innovator. */
    Browser innovator(String email) {
        Browser browser = new Browser(port);
        Http.Answer registered = browser.submit("/register", "/register", Consent.onForm(browser, Map.of("email",
                email, "password", PASSWORD, "displayName", INNOVATOR_NAME, "mobile", "13812345678")));
        assertEquals(200, registered.status(), registered.body());
        assertTrue(registered.body().contains(email), "the page names the mailbox");
        String link = linkIn(mailTo(email, "确认"));
        Http.Answer confirmPage = browser.get(path(link));
        assertEquals(200, confirmPage.status());
        Http.Answer confirmed = browser.postForm("/account/confirm", Map.of("token", token(link),
                "_csrf", Browser.csrfOf(confirmPage.body())));
        assertEquals(303, confirmed.status(), confirmed.body());
        login(browser, email, PASSWORD, 303);
        return browser;
    }

    /** A staff member created by the operator, who set a password through the invitation mail and logged in. */
    Browser staffMember(String email, String... roles) {
        String json = "{\"email\":\"" + email + "\",\"displayName\":\"" + STAFF_NAME + "\",\"roles\":[\""
                + String.join("\",\"", roles) + "\"]}";
        Http.Answer created = operator.json("POST", "/api/ops/accounts", json, "X-CSRF-Token", csrfOf(operator));
        assertEquals(201, created.status(), created.body());
        String link = linkIn(mailTo(email, "工作人员"));
        Browser browser = new Browser(port);
        Http.Answer form = browser.get(path(link));
        assertEquals(200, form.status(), form.body());
        Http.Answer set = browser.postForm("/account/reset", Map.of("token", token(link), "password", PASSWORD,
                "_csrf", Browser.csrfOf(form.body())));
        assertEquals(303, set.status(), set.body());
        assertEquals("/staff", Browser.location(login(browser, email, PASSWORD, 303)));
        return browser;
    }

    static Http.Answer login(Browser browser, String email, String password, int expected) {
        Http.Answer login = browser.submit("/login", "/login", Map.of("email", email, "password", password));
        assertEquals(expected, login.status(), login.body());
        return login;
    }

    /** Waits for the newest mail to {@code to} whose subject contains {@code subject}. */
    MimeMessage mailTo(String to, String subject) {
        return Await.until("a mail to " + to + " about " + subject, Duration.ofSeconds(30),
                () -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, to) && subject(m)
                        .contains(subject)).reduce((a, b) -> b).orElse(null), m -> m != null);
    }

    static String linkIn(MimeMessage mail) {
        return MailLinks.in(textOf(mail));
    }

    /** The decoded plain text of a mail, as a mail program shows it. */
    static String textOf(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    static String path(String link) {
        return MailLinks.path(link);
    }

    static String token(String link) {
        return MailLinks.token(link);
    }

    /** The CSRF token of a browser's session, as scripts get it. */
    static String csrfOf(Browser browser) {
        return browser.csrfToken();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static boolean sentTo(MimeMessage m, String to) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString()
                    .equalsIgnoreCase(to));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}

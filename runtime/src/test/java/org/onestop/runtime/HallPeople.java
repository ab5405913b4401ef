package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.onestop.runtime.CaseClient.json;
import static org.onestop.runtime.CaseClient.text;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The people of a test gateway without SMTP, each as a signed-in {@link Browser}: staff members the operator
 * created, who set their password from the invitation the operator reads in the outbox, and innovators who
 * registered over the JSON API, confirmed their email from the link in the outbox and logged in; an innovator's
 * organisation as the profile API stores it.
 */
final class HallPeople {

    static final String PASSWORD = "Meadow-Lark-2026!";
    private static final Duration SOON = Duration.ofSeconds(60);

    private final int port;
    private final Browser operator;

    HallPeople(int port) {
        this.port = port;
        this.operator = Browser.operator(port);
    }

    /** A staff member with {@code role}, signed in. */
    Browser staffMember(String email, String name, String role) {
        Http.Answer created = operator.json("POST", "/api/ops/accounts", text(Map.of("email", email, "displayName",
                name, "roles", List.of(role))), "X-CSRF-Token", operator.csrfToken());
        assertEquals(created.body(), 201, created.status());
        Browser browser = new Browser(port);
        Http.Answer set = browser.json("POST", "/api/account/password-reset", text(Map.of("token",
                MailLinks.token(linkMailedTo(email)), "password", PASSWORD)));
        assertEquals(set.body(), 200, set.status());
        return loggedIn(browser, email);
    }

    /** An innovator who registered, confirmed the email from the link in the outbox and logged in. */
    Browser innovator(String email, String name, String mobile) {
        Browser browser = new Browser(port);
        Http.Answer registered = browser.json("POST", "/api/account/register", text(Consent.overApi(browser,
                Map.of("email", email, "password", PASSWORD, "displayName", name, "mobile", mobile))));
        assertEquals(registered.body(), 202, registered.status());
        Http.Answer confirmed = browser.json("POST", "/api/account/confirm", text(Map.of("token",
                MailLinks.token(linkMailedTo(email)))));
        assertEquals(confirmed.body(), 200, confirmed.status());
        return loggedIn(browser, email);
    }

    /** Creates the innovator's organisation in the profile; returns the organisation's id from the account. */
    static long organisation(Browser innovator, String name, String creditCode, String address, String person,
            String phone) {
        Http.Answer saved = innovator.json("PUT", "/api/account/organisation", text(Map.of("name", name,
                "creditCode", creditCode, "address", address, "contactPerson", person, "contactPhone", phone)),
                "X-CSRF-Token", innovator.csrfToken());
        assertEquals(saved.body(), 200, saved.status());
        assertEquals(creditCode, json(saved).path("creditCode").asText());
        JsonNode me = json(innovator.json("GET", "/api/account/me", null));
        assertEquals(me.toString(), false, me.path("organisationId").isNull() || me.path("organisationId")
                .isMissingNode());
        return me.path("organisationId").asLong();
    }

    private Browser loggedIn(Browser browser, String email) {
        Http.Answer login = browser.json("POST", "/api/account/login", text(Map.of("email", email, "password",
                PASSWORD)));
        assertEquals(login.body(), 200, login.status());
        return browser;
    }

    /** The account link of the newest mail to {@code email}, as the operator reads it in the outbox. */
    private String linkMailedTo(String email) {
        JsonNode mail = Await.until("a mail to " + email + " in the outbox", SOON, () -> {
            JsonNode outbox = json(operator.get("/api/ops/outbox?size=50", "Accept", "application/json"));
            return StreamSupport.stream(outbox.path("items").spliterator(), false)
                    .filter(m -> email.equals(m.path("recipient").asText())).findFirst().orElse(null);
        }, found -> found != null);
        return MailLinks.in(mail.path("body").asText());
    }
}

package org.onestop.platform.internal.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.mail.Mail;
import org.onestop.api.mail.Outbox;

/**
 * The mails of the account lifecycle (confirm your email, reset your password, set your staff password, someone
 * tried to register with your email), in the account's language, put in the outbox inside the caller's
 * transaction. Links point at the hall's public address.
 */
public final class AccountMail {

    private final Outbox outbox;
    private final Messages messages;
    private final String publicUrl;

    public AccountMail(Outbox outbox, Messages messages, String publicUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The public address of the hall, from configuration or, when none is set, the local port. */
    public static String publicUrl(IdentityConfig config, String port) {
        return publicUrl(config.public_url(), port);
    }

    /** The public address {@code configured} (blank for none) of a gateway listening on {@code port}. */
    static String publicUrl(String configured, String port) {
        String address = configured.trim();
        return address.isEmpty() ? "http://localhost:" + (port == null ? "8080" : port) : address;
    }

    public void confirmation(Connection c, String email, Language language, String token) throws SQLException {
        send(c, email, language, "confirm", link("/account/confirm", token));
    }

    public void reset(Connection c, String email, Language language, String token) throws SQLException {
        send(c, email, language, "reset", link("/account/reset", token));
    }

    public void invitation(Connection c, String email, Language language, String token) throws SQLException {
        send(c, email, language, "invitation", link("/account/reset", token));
    }

    /** Tells the owner of an existing account that someone tried to register with it. */
    public void alreadyRegistered(Connection c, String email, Language language) throws SQLException {
        send(c, email, language, "existing", publicUrl + "/account/forgot");
    }

    private void send(Connection c, String email, Language language, String kind, String link)
            throws SQLException {
        String subject = messages.text(language, "identity.mail." + kind + ".subject");
        String text = messages.text(language, "identity.mail." + kind + ".body", link, publicUrl);
        outbox.post(c, new Mail(email, subject, text));
    }

    private String link(String path, String token) {
        return publicUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}

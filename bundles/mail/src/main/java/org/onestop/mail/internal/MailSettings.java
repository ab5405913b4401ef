package org.onestop.mail.internal;

import java.time.Duration;

/**
 * The mail configuration as the courier uses it, with out-of-range values replaced by the nearest sensible ones.
 * Its text form never shows the password.
 *
 * @param host          SMTP host; empty when no server is configured
 * @param port          SMTP port
 * @param startTls      whether STARTTLS is required
 * @param username      SMTP user; empty for no authentication
 * @param password      SMTP password
 * @param senderAddress the From address
 * @param senderName    the From name
 * @param interval      time between two runs of the courier
 * @param maxAttempts   attempts before a mail is FAILED
 */
public record MailSettings(String host, int port, boolean startTls, String username, String password,
        String senderAddress, String senderName, Duration interval, int maxAttempts) {

    public static MailSettings of(MailConfig config) {
        int port = config.smtp_port() >= 1 && config.smtp_port() <= 65535 ? config.smtp_port() : 587;
        return new MailSettings(config.smtp_host().strip(), port, config.smtp_starttls(),
                config.smtp_username().strip(), config.smtp_password(), config.sender_address().strip(),
                config.sender_name().strip(), Duration.ofSeconds(Math.max(1, config.interval_seconds())),
                Math.max(1, config.max_attempts()));
    }

    /** Whether an SMTP server is configured; without one nothing is sent. */
    public boolean configured() {
        return !host.isEmpty();
    }

    /** Whether the courier signs in to the server. */
    public boolean authenticates() {
        return !username.isEmpty();
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + (startTls ? " STARTTLS" : "") + (authenticates()
                ? " as " + username : "") + ", from " + senderAddress + ", every " + interval.toSeconds()
                + " s, " + maxAttempts + " attempts]";
    }
}

package org.onestop.mail.internal;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Hands one plain-text message in UTF-8 to the configured SMTP server, with Jakarta Mail and Eclipse Angus Mail.
 * Both are embedded in the mail bundle; they find their providers through the thread's context class loader,
 * which is this bundle's while a message is built and sent.
 */
final class SmtpDelivery {

    private static final String TIMEOUT_MILLIS = "30000";

    private final MailSettings settings;

    SmtpDelivery(MailSettings settings) {
        this.settings = settings;
    }

    void send(String to, String subject, String text, Instant date) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SmtpDelivery.class.getClassLoader());
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties()));
            message.setFrom(new InternetAddress(settings.senderAddress(), settings.senderName(), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(Date.from(date));
            message.setHeader("Auto-Submitted", "auto-generated");
            if (settings.authenticates()) {
                Transport.send(message, settings.username(), settings.password());
            } else {
                Transport.send(message);
            }
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.auth", String.valueOf(settings.authenticates()));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        p.setProperty("mail.mime.charset", "UTF-8");
        return p;
    }
}

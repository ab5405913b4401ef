package org.onestop.cases.internal.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Person;
import org.onestop.api.i18n.Messages;
import org.onestop.api.mail.Mail;
import org.onestop.api.mail.Outbox;
import org.onestop.api.schema.UtcColumns;
import org.onestop.api.view.LocalPath;
import org.onestop.api.view.PublicAddress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sends in-app notifications: a row in {@code CASES.NOTIFICATION} in the recipient's preferred language, and the
 * same as mail through the outbox (to an active account), both in the caller's transaction, so that they exist if
 * and only if it commits. The caller's connection may use any schema: every table is named with its own. The
 * mailed link is the notice's path on the hall's {@link PublicAddress public address}. A subject or text longer than its column is cut short with an ellipsis.
 */
@Component(service = {Notifications.class, NotificationCentre.class}, immediate = true)
public final class NotificationCentre implements Notifications {

    static final int SUBJECT_MAX = 300;
    static final int TEXT_MAX = 4000;
    static final int LINK_MAX = 300;

    private final Outbox outbox;
    private final Messages messages;
    private final PublicAddress address;
    private final People people;
    private final Clock clock;

    @Activate
    public NotificationCentre(@Reference Outbox outbox, @Reference Messages messages,
            @Reference PublicAddress address, @Reference People people) {
        this(outbox, messages, address, people, Clock.systemUTC());
    }

    public NotificationCentre(Outbox outbox, Messages messages, PublicAddress address, People people, Clock clock) {
        this.outbox = outbox;
        this.people = people;
        this.messages = messages;
        this.address = address;
        this.clock = clock;
    }

    @Override
    public void notify(Connection transaction, long accountId, Notice notice) throws SQLException {
        String link = notice.link() == null || notice.link().isBlank() ? null : notice.link().strip();
        if (link != null && (link.length() > LINK_MAX || !LocalPath.orHome(link).equals(link))) {
            throw new IllegalArgumentException("A notification links to a path of this site (such as "
                    + "/requests/YS-2026-000123) of at most " + LINK_MAX + " characters, not " + link);
        }
        Person recipient = people.find(transaction, accountId).orElseThrow(
                () -> new IllegalArgumentException("There is no account " + accountId + " to notify"));
        String subject = cut(oneLine(notice.subject().in(recipient.language())), SUBJECT_MAX);
        String text = cut(notice.text().in(recipient.language()), TEXT_MAX);
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO CASES.NOTIFICATION"
                + " (ACCOUNT_ID, CREATED_AT, SUBJECT, BODY, LINK) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, accountId);
            UtcColumns.set(insert, 2, clock.instant());
            insert.setString(3, subject);
            insert.setString(4, text);
            insert.setString(5, link);
            insert.executeUpdate();
        }
        if (recipient.active()) {
            outbox.post(transaction, new Mail(recipient.email(), subject, mailText(recipient.language(), text,
                    link)));
        }
    }

    /** The mail's text: the notice, the link to open on the hall's public address, and where to read them all. */
    String mailText(Language language, String text, String link) {
        String publicUrl = address.url();
        String all = publicUrl + "/notifications";
        return link == null ? messages.text(language, "notification.mail.body", text, all)
                : messages.text(language, "notification.mail.bodyWithLink", text, publicUrl + link, all);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

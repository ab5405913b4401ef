package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the people concerned what happened to a case, in the app and by mail, inside the transaction of the change:
 * the applicant of every status change staff or the gateway made and of comments meant for them; the assignee of
 * what the applicant did and of an assignment; the assignee and the supervisors of a deadline about to run out or
 * run out.
 */
@Component(service = CaseNews.class, immediate = true)
public final class CaseNews {

    private final Notifications notifications;
    private final Messages messages;

    @Activate
    public CaseNews(@Reference Notifications notifications, @Reference Messages messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** The catalogue the notices are written from. */
    public Messages messages() {
        return messages;
    }

    /** After a move from {@code fromStatus} along {@code transition}; {@code actor} null for the gateway. */
    public void moved(Connection tx, CaseFile after, Workflow workflow, String fromStatus, Transition transition,
            String comment, Caller actor) throws SQLException {
        boolean byApplicant = actor != null && actor.accountId() == after.applicantId();
        if (!byApplicant && !fromStatus.equals(after.status())) {
            Status status = workflow.status(after.status()).orElseThrow();
            String extra = comment == null ? "" : comment;
            notifications.notify(tx, after.applicantId(), notice(forApplicant(after),
                    l -> text(l, "case.notice.moved.subject", after.trackingNumber(), status.publicLabel().in(l)),
                    l -> text(l, "case.notice.moved.text", after.trackingNumber(), after.title(),
                            status.publicLabel().in(l), extra)));
        }
        if (byApplicant && after.assigneeId() != null) {
            notifications.notify(tx, after.assigneeId(), notice(forStaff(after),
                    l -> text(l, "case.notice.applicantMoved.subject", after.trackingNumber(),
                            transition.label().in(l)),
                    l -> text(l, "case.notice.applicantMoved.text", after.trackingNumber(), after.title(),
                            transition.label().in(l), comment == null ? "" : comment)));
        }
    }

    /** After a comment; the applicant hears of staff comments meant for them, the assignee of the applicant's. */
    public void commented(Connection tx, CaseFile file, Caller actor, String text, boolean forApplicant)
            throws SQLException {
        if (actor.accountId() == file.applicantId()) {
            if (file.assigneeId() != null) {
                notifications.notify(tx, file.assigneeId(), notice(forStaff(file),
                        l -> text(l, "case.notice.comment.subject", file.trackingNumber()),
                        l -> text(l, "case.notice.comment.text", file.trackingNumber(), file.title(), text)));
            }
        } else if (forApplicant) {
            notifications.notify(tx, file.applicantId(), notice(forApplicant(file),
                    l -> text(l, "case.notice.comment.subject", file.trackingNumber()),
                    l -> text(l, "case.notice.comment.text", file.trackingNumber(), file.title(), text)));
        }
    }

    /** After a supervisor gave the case to {@code assigneeId}. */
    public void assigned(Connection tx, CaseFile file, long assigneeId, Caller supervisor) throws SQLException {
        if (!Objects.equals(assigneeId, supervisor.accountId())) {
            notifications.notify(tx, assigneeId, notice(forStaff(file),
                    l -> text(l, "case.notice.assigned.subject", file.trackingNumber()),
                    l -> text(l, "case.notice.assigned.text", file.trackingNumber(), file.title(),
                            supervisor.displayName())));
        }
    }

    /** A deadline of the case is due within a working day ({@code overdue} false) or has run out. */
    public void escalated(Connection tx, CaseFile file, Deadline deadline, boolean overdue, long recipient)
            throws SQLException {
        String key = overdue ? "case.notice.overdue" : "case.notice.dueSoon";
        notifications.notify(tx, recipient, notice(forStaff(file),
                l -> text(l, key + ".subject", file.trackingNumber(), deadline.label().in(l)),
                l -> text(l, key + ".text", file.trackingNumber(), file.title(), deadline.label().in(l),
                        String.valueOf(file.dueOn()))));
    }

    /** A deadline of the applicant's is due within a working day. */
    public void reminded(Connection tx, CaseFile file, Deadline deadline, java.time.LocalDate due)
            throws SQLException {
        notifications.notify(tx, file.applicantId(), notice(forApplicant(file),
                l -> text(l, "case.notice.reminder.subject", file.trackingNumber(), deadline.label().in(l)),
                l -> text(l, "case.notice.reminder.text", file.trackingNumber(), file.title(),
                        deadline.label().in(l), due.toString())));
    }

    private static String forApplicant(CaseFile file) {
        return "/requests/" + file.trackingNumber();
    }

    private static String forStaff(CaseFile file) {
        return "/staff/cases/" + file.trackingNumber();
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }

    private static Notice notice(String link, Function<Language, String> subject, Function<Language, String> text) {
        return new Notice(new Label(subject.apply(Language.ZH_CN), subject.apply(Language.EN)),
                new Label(text.apply(Language.ZH_CN), text.apply(Language.EN)), link);
    }
}

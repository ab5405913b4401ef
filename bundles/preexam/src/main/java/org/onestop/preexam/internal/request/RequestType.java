package org.onestop.preexam.internal.request;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.Notice;
import org.onestop.api.cases.Notifications;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.PreexamConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers pre-examination requests as a case type. In each move's transaction it keeps the module's row in step:
 * the status, the corrections counted, the decision with its working days, the pre-examination number and filing
 * deadline of a qualification; a rejection or a filing is taken only through the module's forms, which store the
 * reasons or the application number first. Applicants are told of their own moves too (the platform tells them of
 * everyone else's). Registered again when the configuration changes, so that new time limits apply.
 */
@Component(service = CaseType.class, configurationPid = PreexamConfig.PID)
public final class RequestType implements CaseType {

    private final RequestStore store;
    private final WorkingCalendar calendar;
    private final Notifications notifications;
    private final Messages messages;
    private final CentreSettings settings;
    private final Workflow workflow;
    private final HallVisits hall;

    @Activate
    public RequestType(@Reference RequestStore store, @Reference WorkingCalendar calendar,
            @Reference Notifications notifications, @Reference Messages messages,
            @Reference HallVisits hall, PreexamConfig config) {
        this.store = store;
        this.hall = hall;
        this.calendar = calendar;
        this.notifications = notifications;
        this.messages = messages;
        this.settings = Centre.read(config, null);
        this.workflow = RequestWorkflow.of(settings.examinationDays(), settings.correctionDays(),
                settings.filingDays());
    }

    @Override
    public Workflow workflow() {
        return workflow;
    }

    @Override
    public void moving(Connection tx, CaseMove move) throws SQLException {
        CaseFile file = move.before();
        RequestRecord request = store.find(tx, file.id())
                .orElseThrow(() -> CaseRefusal.conflict("preexam.refused.noRequest", file.trackingNumber()));
        Transition transition = move.transition();
        LocalDate today = calendar.today();
        switch (transition.code()) {
            case RequestWorkflow.REQUEST_CORRECTION -> store.correctionRequested(tx, file.id());
            case RequestWorkflow.QUALIFY -> {
                String number = settings.numberPrefix() + today.getYear()
                        + String.format("%06d", store.nextSerial(tx, today.getYear()));
                store.qualified(tx, file.id(), number, today, calendar.addCalendarDays(today, settings.filingDays()));
                store.decided(tx, file.id(), "qualified", today, workingDays(request, today));
            }
            case RequestWorkflow.REJECT -> {
                if (request.rejectionReasons().isEmpty()) {
                    throw CaseRefusal.conflict("preexam.refused.rejectWithReasons", file.trackingNumber());
                }
                store.decided(tx, file.id(), "rejected", today, workingDays(request, today));
            }
            case RequestWorkflow.RECORD_FILING -> {
                if (request.applicationNumber() == null) {
                    throw CaseRefusal.conflict("preexam.refused.fileWithNumber", file.trackingNumber());
                }
                store.filed(tx, file.id(), today);
            }
            default -> {
                // the status is all that changes
            }
        }
        store.status(tx, file.id(), transition.to());
        if (move.actor().accountId() == file.applicantId()) {
            Label status = RequestWorkflow.label(transition.to(), false);
            notifications.notify(tx, file.applicantId(), new Notice(
                    both("preexam.notice.own.subject", file.trackingNumber(), transition.label()),
                    both("preexam.notice.own.text", file.title(), status), "/requests/" + file.trackingNumber()));
        }
    }

    @Override
    public Optional<View> details(CaseFile file, Caller viewer, Language language) {
        try {
            Optional<RequestRecord> request = store.find(file.id());
            String hallLink = viewer.accountId() == file.applicantId()
                    ? hall.link(file.trackingNumber()).orElse("") : "";
            return request.map(r -> RequestSheet.view(r, viewer, language, calendar.today(), hallLink));
        } catch (SQLException e) {
            throw new IllegalStateException("The request of case " + file.trackingNumber() + " cannot be read", e);
        }
    }

    /** The applicant rates the service (好差评) once the request is filed, rejected or has expired. */
    @Override
    public Optional<org.onestop.api.cases.RatingInvitation> rating() {
        return Optional.of(RequestWorkflow.RATING);
    }

    /** A message in both languages, with a label as its second argument in the same language. */
    private Label both(String key, String first, Label second) {
        return Label.of(messages.text(Language.ZH_CN, key, first, second.zh()),
                messages.text(Language.EN, key, first, second.en()));
    }

    /** Working days from submission to {@code today}, the examination's length (corrections included). */
    private int workingDays(RequestRecord request, LocalDate today) {
        return Math.max(0, calendar.workingDaysBetween(request.submittedOn(), today));
    }
}

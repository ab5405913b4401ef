package org.onestop.cases.internal.casework;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseEvent;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.DayCount;
import org.onestop.api.cases.Party;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.OrganisationProfile;
import org.onestop.api.identity.Organisations;
import org.onestop.api.identity.Role;
import org.onestop.api.view.View;
import org.onestop.cases.internal.cases.CaseClocks;
import org.onestop.cases.internal.cases.CaseEngine;
import org.onestop.cases.internal.cases.ClockState;
import org.onestop.cases.internal.cases.RegisteredType;
import org.onestop.cases.internal.cases.WorkflowRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts together what a case page shows, for staff who may see the case or for its applicant: the envelope in the
 * reader's words, the clocks, the timeline, the files, the reader's moves, and the module's own part.
 */
@Component(service = CaseSheets.class, immediate = true)
public final class CaseSheets {

    private static final Logger LOG = LoggerFactory.getLogger(CaseSheets.class);

    private final CaseEngine engine;
    private final WorkflowRegistry workflows;
    private final Attachments attachments;
    private final WorkingCalendar calendar;
    private final Messages messages;
    private final Organisations organisations;

    @Activate
    public CaseSheets(@Reference CaseEngine engine, @Reference WorkflowRegistry workflows,
            @Reference Attachments attachments, @Reference WorkingCalendar calendar, @Reference Messages messages,
            @Reference Organisations organisations) {
        this.engine = engine;
        this.workflows = workflows;
        this.attachments = attachments;
        this.calendar = calendar;
        this.messages = messages;
        this.organisations = organisations;
    }

    /** The case, if {@code viewer} may see it. */
    public Optional<CaseFile> find(String trackingNumber, Caller viewer) throws SQLException {
        Optional<String> number = TrackingNumber.parse(trackingNumber);
        return number.isEmpty() ? Optional.empty() : engine.find(number.get(), viewer);
    }

    /** The words of a case's type in {@code language}. */
    public CaseLabels labels(String module, String caseType, Language language) {
        return CaseLabels.of(workflows, module, caseType, language);
    }

    /** The case's page for staff, or for its applicant when {@code viewer} is not staff. */
    public CaseSheet sheet(CaseFile file, Caller viewer, Language language) throws SQLException {
        boolean staff = viewer.staff();
        String number = file.trackingNumber();
        CaseLabels labels = labels(file.module(), file.caseType(), language);
        boolean closed = labels.isClosed(file.status());
        LocalDate today = calendar.today();
        List<CaseSheet.Clock> clocks = engine.clocks(number, viewer).stream()
                .filter(c -> staff || c.deadline().party() == Party.APPLICANT)
                .map(c -> clock(c, labels, today)).toList();
        List<CaseEvent> events = engine.timeline(number, viewer);
        Map<Long, Integer> step = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            for (Attachment a : events.get(i).attachments()) {
                step.put(a.id(), i);
            }
        }
        CaseDocuments files = CaseDocuments.of(file.module(), attachments.of(number, viewer), step, messages,
                language);
        List<CaseSheet.Event> timeline = events.stream().filter(e -> staff || e.forApplicant())
                .map(e -> event(e, labels, staff, files)).toList();
        List<CaseSheet.Choice> choices = engine.choices(number, viewer).stream()
                .filter(t -> staff ? t.party() == Party.STAFF : t.party() == Party.APPLICANT)
                .map(t -> new CaseSheet.Choice(t.code(), labels.transition(t.code()), t.commentRequired(),
                        t.attachmentRequired(), t.formFor(number), labels.isClosed(t.to()), t.adverse())).toList();
        String publicLabel = labels.publicStatus(file.status());
        return new CaseSheet(number, file.module(), file.caseType(), labels.title(file.module(), file.caseType()),
                file.title(), file.status(), staff ? labels.staffStatus(file.status()) : publicLabel, publicLabel,
                file.applicantName(), organisation(file.organisationId()), staff ? file.assigneeId() : null,
                staff ? file.assigneeName() : null, file.openedAt(), staff ? file.dueOn() : null,
                staff && !closed ? CaseRow.dueMark(file.dueOn(), today, calendar.addWorkingDays(today, 1)) : "",
                closed, clocks, timeline, files.all(), choices);
    }

    /** The module's own part of the case page, if it has one and can give it now. */
    public Optional<View> details(CaseFile file, Caller viewer, Language language) {
        Optional<RegisteredType> type = workflows.find(file.module(), file.caseType());
        try {
            return type.flatMap(t -> t.service().details(file, viewer, language));
        } catch (RuntimeException e) {
            LOG.error("Module {} could not give the details of case {}", file.module(), file.trackingNumber(), e);
            return Optional.empty();
        }
    }

    /**
     * Refuses a move the case pages take only once its box was ticked ({@code confirmed} is {@code yes}): one that
     * closes the case or goes against the other party.
     */
    public void requireConfirmation(String trackingNumber, String transition, String confirmed, Caller viewer)
            throws SQLException {
        if ("yes".equals(confirmed)) {
            return;
        }
        Optional<CaseFile> file = find(trackingNumber, viewer);
        if (file.isPresent() && asksConfirmation(file.get(), transition)) {
            throw new CaseRefusal(422, "casework.refused.confirm");
        }
    }

    private boolean asksConfirmation(CaseFile file, String transition) {
        CaseLabels labels = labels(file.module(), file.caseType(), Language.ZH_CN);
        return workflows.find(file.module(), file.caseType()).stream()
                .flatMap(t -> t.workflow().transitions().stream()).filter(t -> t.code().equals(transition))
                .anyMatch(t -> t.adverse() || labels.isClosed(t.to()));
    }

    /** The staff roles of the case's workflow, for choosing an assignee. */
    public Set<Role> staffRoles(CaseFile file) {
        return workflows.find(file.module(), file.caseType()).map(t -> t.workflow().staffRoles())
                .orElse(Set.of());
    }

    private CaseSheet.Clock clock(ClockState clock, CaseLabels labels, LocalDate today) {
        String state = clock.state().toLowerCase(Locale.ROOT);
        Integer left = clock.running() && clock.dueOn() != null
                ? Integer.valueOf(CaseClocks.daysBetween(calendar, clock.deadline(), today, clock.dueOn()))
                : clock.daysLeft();
        return new CaseSheet.Clock(clock.deadline().code(), labels.deadline(clock.deadline().code()),
                clock.deadline().party().name().toLowerCase(Locale.ROOT), state, clock.dueOn(), left,
                clock.deadline().count() == DayCount.CALENDAR);
    }

    private static CaseSheet.Event event(CaseEvent event, CaseLabels labels, boolean staff, CaseDocuments files) {
        return new CaseSheet.Event(event.at(), event.kind(), event.actorName(),
                event.transition() == null ? null : labels.transition(event.transition()),
                status(event.fromStatus(), labels, staff), status(event.toStatus(), labels, staff), event.comment(),
                event.forApplicant(), files.of(event.attachments()));
    }

    private static String status(String code, CaseLabels labels, boolean staff) {
        return code == null ? null : staff ? labels.staffStatus(code) : labels.publicStatus(code);
    }

    private String organisation(Long id) throws SQLException {
        return id == null ? null : organisations.find(id).map(OrganisationProfile::name).orElse(null);
    }
}

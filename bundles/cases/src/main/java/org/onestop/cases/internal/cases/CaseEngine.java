package org.onestop.cases.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.CaseEvent;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.cases.Deadline;
import org.onestop.api.cases.Move;
import org.onestop.api.cases.NewCase;
import org.onestop.api.cases.Receipt;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.People;
import org.onestop.api.schema.UnitOfWork;
import org.onestop.api.schema.UtcColumns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The case engine: opens cases with a tracking number (once per idempotency key), moves them only along their
 * workflow's transitions by the parties and roles it allows, runs their deadline clocks and keeps the timeline.
 * Every change writes its timeline event and audit entry in the transaction of the change; {@link CaseNews} tells
 * the people concerned. Staff actions that are not transitions (claim, release, assign, comment) are in
 * {@link CaseDesk}.
 */
@Component(service = {Cases.class, CaseEngine.class}, immediate = true)
public final class CaseEngine implements Cases {

    private static final int TITLE_MAX = 200;

    private final DataSource database;
    private final CaseRules rules;
    private final CaseClocks clocks;
    private final Timeline timeline;
    private final TrackingNumbers numbers;
    private final WorkingCalendar calendar;
    private final AuditTrail trail;
    private final CaseFileLinks files;
    private final CaseNews news;
    private final CaseDesk desk;
    private final CaseRows rows;
    private final Clock clock;
    private final TransitionStep step;

    @Activate
    public CaseEngine(@Reference(target = CaseTables.DATA_SOURCE) DataSource database,
            @Reference WorkflowRegistry registry, @Reference WorkingCalendar calendar, @Reference AuditTrail trail,
            @Reference CaseFileLinks files, @Reference CaseNews news, @Reference People people) {
        this(database, registry, calendar, trail, files, news, people, Clock.systemUTC());
    }

    public CaseEngine(DataSource database, WorkflowRegistry registry, WorkingCalendar calendar, AuditTrail trail,
            CaseFileLinks files, CaseNews news, People people, Clock clock) {
        this.database = database;
        this.rules = new CaseRules(registry, news.messages());
        this.clocks = new CaseClocks(calendar);
        this.timeline = new Timeline(clock);
        this.numbers = new TrackingNumbers(database);
        this.calendar = calendar;
        this.trail = trail;
        this.files = files;
        this.news = news;
        this.rows = new CaseRows(people);
        this.desk = new CaseDesk(database, this, timeline, trail, news, people);
        this.step = new TransitionStep(rules, clocks, timeline, files, trail, news, rows);
        this.clock = clock;
    }

    @Override
    public Receipt open(Connection tx, NewCase request, Caller applicant) throws SQLException {
        if (!applicant.innovator()) {
            throw new CaseRefusal(403, "case.refused.notApplicant");
        }
        RegisteredType type = rules.registry().find(request.module(), request.caseType())
                .orElseThrow(() -> CaseRefusal.conflict("case.refused.typeUnavailable", request.module(),
                        request.caseType()));
        Workflow workflow = type.workflow();
        String title = request.title().strip();
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            throw new CaseRefusal(422, "case.refused.title", TITLE_MAX);
        }
        String key = request.idempotencyKey();
        if (key != null) {
            Optional<Receipt> first = earlier(tx, workflow, key, applicant);
            if (first.isPresent()) {
                return first.get();
            }
        }
        String tracking = numbers.next(workflow.prefix(), calendar.today().getYear());
        Instant now = clock.instant();
        Status initial = workflow.status(workflow.initialStatus()).orElseThrow();
        long id;
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO CASES.CASE_FILE (TRACKING_NUMBER, MODULE,"
                + " CASE_TYPE, TITLE, STATUS, CLOSED, APPLICANT_ID, ORGANISATION_ID, OPENED_AT, UPDATED_AT, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, tracking);
            insert.setString(2, workflow.module());
            insert.setString(3, workflow.caseType());
            insert.setString(4, title);
            insert.setString(5, initial.code());
            insert.setBoolean(6, initial.closed());
            insert.setLong(7, applicant.accountId());
            insert.setObject(8, applicant.organisationId(), java.sql.Types.BIGINT);
            UtcColumns.set(insert, 9, now);
            UtcColumns.set(insert, 10, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        long event = timeline.append(tx, id, new Timeline.Entry("opened", null, null, initial.code(), null, true),
                applicant);
        clocks.apply(tx, id, workflow, workflow.onOpen());
        if (key != null) {
            IdempotencyKeys.remember(tx, applicant.accountId(), key, id, now);
        }
        if (!request.attachmentIds().isEmpty()) {
            files.link(tx, id, event, request.attachmentIds(), applicant);
        }
        if (request.draftId() != null) {
            DraftStore.delete(tx, request.draftId(), applicant);
        }
        trail.record(tx, AuditEntry.by(applicant, "case.opened", "case:" + tracking,
                workflow.module() + "/" + workflow.caseType()));
        return new Receipt(id, tracking, initial.code(), UtcColumns.storable(now), false);
    }

    @Override
    public CaseFile move(Connection tx, String trackingNumber, Move move, Caller actor) throws SQLException {
        CaseFile file = visible(tx, trackingNumber, actor).orElseThrow(CaseEngine::notFound);
        RegisteredType type = available(file);
        Transition transition = type.workflow().transition(move.transition())
                .orElseThrow(() -> CaseRefusal.conflict("case.refused.unknownTransition", move.transition()));
        String comment = move.comment() == null || move.comment().isBlank() ? null : move.comment().strip();
        int files = move.attachmentIds().size();
        if (transition.attachmentRequired() && files == 0) {
            files = attachedSinceLastMove(tx, file, actor);
        }
        rules.checkMove(file, type.workflow(), transition, actor, comment, files);
        return step.take(tx, file, type, transition, comment, move.attachmentIds(), actor);
    }

    @Override
    public CaseFile move(String trackingNumber, Move move, Caller actor) throws SQLException {
        return new UnitOfWork(database).call(tx -> move(tx, trackingNumber, move, actor));
    }

    /**
     * The gateway takes the expiry transition of a clock that ran out: the clock is marked expired and the case
     * moved, in one transaction. Returns false when the case's status no longer allows it (nothing changed).
     */
    public boolean expire(long caseId, Deadline deadline) throws SQLException {
        return new UnitOfWork(database).call(tx -> {
            CaseFile file = rows.byId(tx, caseId).orElseThrow();
            Optional<RegisteredType> type = rules.typeOf(file);
            Optional<Transition> transition = type.flatMap(t -> t.workflow().transition(deadline.onExpiry()));
            if (transition.isEmpty() || !transition.get().from().contains(file.status())) {
                return false;
            }
            clocks.expire(tx, caseId, deadline.code());
            step.take(tx, file, type.get(), transition.get(), null, List.of(), null);
            return true;
        });
    }

    @Override
    public Optional<Receipt> replay(String module, String caseType, String idempotencyKey, Caller applicant)
            throws SQLException {
        Optional<RegisteredType> type = rules.registry().find(module, caseType);
        if (idempotencyKey == null || !applicant.innovator() || type.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = database.getConnection()) {
            return earlier(connection, type.get().workflow(), idempotencyKey, applicant);
        }
    }

    /**
     * The first receipt of the case the applicant opened with {@code key} (marked replayed); refused when that case
     * is of another type than {@code workflow}'s.
     */
    private Optional<Receipt> earlier(Connection connection, Workflow workflow, String key, Caller applicant)
            throws SQLException {
        Optional<CaseFile> seen = IdempotencyKeys.seen(connection, rows, applicant.accountId(), key);
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        CaseFile first = seen.get();
        if (!first.module().equals(workflow.module()) || !first.caseType().equals(workflow.caseType())) {
            throw new CaseRefusal(422, "case.refused.idempotencyKeyReused", first.trackingNumber());
        }
        return Optional.of(new Receipt(first.id(), first.trackingNumber(), workflow.initialStatus(),
                first.openedAt(), true));
    }

    @Override
    public Optional<CaseFile> find(String trackingNumber, Caller viewer) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return visible(connection, trackingNumber, viewer);
        }
    }

    @Override
    public List<CaseEvent> timeline(String trackingNumber, Caller viewer) throws SQLException {
        try (Connection connection = database.getConnection()) {
            CaseFile file = visible(connection, trackingNumber, viewer).orElseThrow(CaseEngine::notFound);
            boolean applicantView = !viewer.staff();
            Map<Long, List<org.onestop.api.cases.Attachment>> attachments = files.byEvent(connection, file.id());
            return timeline.read(connection, file.id(), applicantView, attachments);
        }
    }

    @Override
    public List<Transition> choices(String trackingNumber, Caller viewer) throws SQLException {
        Optional<CaseFile> file = find(trackingNumber, viewer);
        if (file.isEmpty()) {
            return List.of();
        }
        return rules.typeOf(file.get()).map(t -> rules.choices(file.get(), t.workflow(), viewer)).orElse(List.of());
    }

    /** The case if {@code viewer} may see it, read on {@code connection}. */
    public Optional<CaseFile> visible(Connection connection, String trackingNumber, Caller viewer)
            throws SQLException {
        if (trackingNumber == null || !TrackingNumbers.FORMAT.matcher(trackingNumber).matches()) {
            return Optional.empty();
        }
        return rows.byTrackingNumber(connection, trackingNumber).filter(f -> rules.maySee(f, viewer));
    }

    /** Whether {@code viewer} may see the case. */
    public boolean maySee(CaseFile file, Caller viewer) {
        return rules.maySee(file, viewer);
    }

    /** Whether {@code staff} works the case's queue (holds one of its staff roles, or is a supervisor). */
    public boolean mayWork(CaseFile file, Caller staff) {
        return rules.mayWork(file, staff);
    }

    /** Appends a timeline event inside the transaction and returns its id. */
    public long recordEvent(Connection tx, CaseFile file, String kind, Caller actor, String comment,
            boolean forApplicant) throws SQLException {
        return timeline.append(tx, file.id(), Timeline.Entry.of(kind, comment, forApplicant), actor);
    }

    /**
     * Records files coming to a case outside a move, inside the transaction: refused for a closed case; the
     * timeline event (its id returned, to link the files with) and the audit entry say who added how many.
     */
    public long filesAdded(Connection tx, CaseFile file, int count, Caller actor) throws SQLException {
        boolean closed = available(file).workflow().status(file.status()).map(Status::closed).orElse(true);
        if (closed) {
            throw CaseRefusal.conflict("case.refused.closedForFiles", file.trackingNumber());
        }
        trail.record(tx, AuditEntry.by(actor, "case.files-added", "case:" + file.trackingNumber(),
                count + " file(s)"));
        return timeline.append(tx, file.id(), Timeline.Entry.of("attachment", null, true), actor);
    }

    /** The deadline clocks of the case, if {@code viewer} may see it. */
    public List<ClockState> clocks(String trackingNumber, Caller viewer) throws SQLException {
        try (Connection connection = database.getConnection()) {
            Optional<CaseFile> file = visible(connection, trackingNumber, viewer);
            Optional<RegisteredType> type = file.flatMap(rules::typeOf);
            return type.isEmpty() ? List.of() : clocks.of(connection, file.get().id(), type.get().workflow());
        }
    }

    /** Staff take an unassigned case (a supervisor also one assigned to someone else). */
    public CaseFile claim(String trackingNumber, Caller staff) throws SQLException {
        return desk.claim(trackingNumber, staff);
    }

    /** The assignee (or a supervisor) puts the case back in the queue. */
    public CaseFile release(String trackingNumber, Caller staff) throws SQLException {
        return desk.release(trackingNumber, staff);
    }

    /** A supervisor gives the case to a staff member who works its queue. */
    public CaseFile assign(String trackingNumber, long assigneeId, Caller supervisor) throws SQLException {
        return desk.assign(trackingNumber, assigneeId, supervisor);
    }

    /** A comment: a staff note, or words for the applicant ({@code forApplicant}); the applicant's are always seen. */
    public CaseFile comment(String trackingNumber, String text, boolean forApplicant, Caller actor)
            throws SQLException {
        return desk.comment(trackingNumber, text, forApplicant, actor);
    }

    /**
     * The files {@code actor} attached to the case since its last move: a page uploads the corrected documents
     * first and then takes the step that needs them.
     */
    private static int attachedSinceLastMove(Connection tx, CaseFile file, Caller actor) throws SQLException {
        try (PreparedStatement count = tx.prepareStatement("SELECT COUNT(*) FROM CASES.CASE_ATTACHMENT"
                + " WHERE CASE_ID = ? AND UPLOADER_ID = ? AND EVENT_ID > (SELECT MAX(e.ID) FROM CASES.CASE_EVENT e"
                + " WHERE e.CASE_ID = ? AND e.KIND IN ('opened', 'moved'))")) {
            count.setLong(1, file.id());
            count.setLong(2, actor.accountId());
            count.setLong(3, file.id());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The rules in force, for the other parts of case work. */
    public CaseRules rules() {
        return rules;
    }

    RegisteredType available(CaseFile file) {
        return rules.typeOf(file).orElseThrow(() -> CaseRefusal.conflict("case.refused.typeUnavailable",
                file.module(), file.caseType()));
    }

    static CaseRefusal notFound() {
        return new CaseRefusal(404, "case.refused.notFound");
    }
}

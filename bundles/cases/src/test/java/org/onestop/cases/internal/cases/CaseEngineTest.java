package org.onestop.cases.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Move;
import org.onestop.api.cases.NewCase;
import org.onestop.api.cases.Receipt;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.cases.internal.casework.CaseAuditWords;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.platform.internal.identity.PeopleDirectory;
import org.onestop.platform.internal.shell.MessageCatalog;

/** The case engine against the platform's real schema in Derby, with the calendar of February 2026. */
class CaseEngineTest {

    /** Thursday 12 February 2026, 10:00 in Beijing: two days before the Spring Festival holidays. */
    private static final Instant THURSDAY = Instant.parse("2026-02-12T02:00:00Z");

    @TempDir
    Path folder;

    private CaseBench bench;
    private Caller applicant;
    private Caller examiner;
    private Caller supervisor;

    @BeforeEach
    void start() throws Exception {
        bench = new CaseBench(folder, THURSDAY);
        applicant = bench.account("applicant", AccountKind.INNOVATOR);
        examiner = bench.account("examiner", AccountKind.STAFF, Role.EXAMINER);
        supervisor = bench.account("supervisor", AccountKind.STAFF, Role.SUPERVISOR);
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    private Receipt open(Caller who, String key) throws SQLException {
        return Transaction.run(bench.database.gateway(), tx -> bench.engine.open(tx,
                new NewCase("sample", "request", "A request", key, null, List.of()), who));
    }

    private CaseFile find(String number) throws SQLException {
        return bench.engine.find(number, supervisor).orElseThrow();
    }

    private void at(String instant) {
        bench.clock.advance(Duration.between(bench.clock.instant(), Instant.parse(instant)));
    }

    @Test
    void openingGivesATrackingNumberAndCountsTheTimeLimitInWorkingDays() throws Exception {
        Receipt receipt = open(applicant, null);

        assertEquals("SP-2026-000001", receipt.trackingNumber());
        CaseFile file = find(receipt.trackingNumber());
        assertEquals("submitted", file.status());
        // Fri 13, the make-up Saturday 14, then the holidays 15–23 are skipped: the third working day is Tue 24
        assertEquals(LocalDate.of(2026, 2, 24), file.dueOn());
        assertEquals(List.of("opened"), bench.engine.timeline(receipt.trackingNumber(), applicant).stream()
                .map(e -> e.kind()).toList());
        assertEquals(1, bench.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = 'case.opened'"
                + " AND TARGET = 'case:SP-2026-000001'"));
    }

    @Test
    void aMoveTheWorkflowDoesNotAllowIsRefusedAndChangesNothing() throws Exception {
        String number = open(applicant, null).trackingNumber();
        Caller trainer = bench.account("trainer", AccountKind.STAFF, Role.TRAINER);
        Caller otherApplicant = bench.account("other", AccountKind.INNOVATOR);
        CaseFile before = find(number);
        long audit = bench.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY");

        assertRefused(403, "case.refused.staffOnly",
                () -> bench.engine.move(number, Move.of("start", null), applicant));
        Caller clerk = bench.account("clerk", AccountKind.STAFF, Role.COUNTER_CLERK);
        assertRefused(403, "case.refused.role", () -> bench.engine.move(number, Move.of("start", null), clerk));
        assertEquals(List.of(), bench.engine.choices(number, clerk));
        assertRefused(403, "case.refused.applicantOnly",
                () -> bench.engine.move(number, Move.of("answer", null), examiner));
        assertRefused(409, "case.refused.fromStatus",
                () -> bench.engine.move(number, Move.of("decide", "done"), examiner));
        assertRefused(403, "case.refused.systemOnly",
                () -> bench.engine.move(number, Move.of("lapse", null), supervisor));
        assertRefused(409, "case.refused.unknownTransition",
                () -> bench.engine.move(number, Move.of("approve", null), examiner));
        assertRefused(404, "case.refused.notFound",
                () -> bench.engine.move(number, Move.of("start", null), trainer));
        assertRefused(404, "case.refused.notFound",
                () -> bench.engine.move(number, Move.of("answer", null), otherApplicant));

        CaseFile after = find(number);
        assertEquals(before, after);
        assertEquals(1, bench.engine.timeline(number, supervisor).size());
        assertEquals(audit, bench.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY"));
    }

    @Test
    void aTransitionNeedingACommentIsRefusedWithoutOne() throws Exception {
        String number = open(applicant, null).trackingNumber();
        bench.engine.move(number, Move.of("start", null), examiner);

        assertRefused(422, "case.refused.commentRequired",
                () -> bench.engine.move(number, Move.of("ask", "   "), examiner));
        assertEquals("review", find(number).status());
    }

    @Test
    void manyThreadsOpeningAtOnceGetDistinctNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String key = "burst-" + i;
            numbers.add(pool.submit(() -> openRetrying(key)));
        }
        Set<String> distinct = new HashSet<>();
        for (Future<String> number : numbers) {
            distinct.add(number.get());
        }
        pool.shutdown();

        assertEquals(90, distinct.size());
        assertTrue(distinct.stream().allMatch(n -> TrackingNumbers.FORMAT.matcher(n).matches()
                && n.startsWith("SP-2026-")), distinct::toString);
        assertEquals(90, bench.count("SELECT COUNT(*) FROM CASES.CASE_FILE"));
        assertEquals(90, bench.count("SELECT COUNT(DISTINCT TRACKING_NUMBER) FROM CASES.CASE_FILE"));
    }

    /**
     * Opens as a client does: a transaction the database rolls back for a lock conflict (answered 503 over HTTP)
     * is sent again with the same idempotency key.
     */
    private String openRetrying(String key) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return open(applicant, key).trackingNumber();
            } catch (java.sql.SQLTransactionRollbackException busy) {
                if (attempt == 5) {
                    throw busy;
                }
            }
        }
    }

    @Test
    void theSameIdempotencyKeyTwiceGivesOneCaseAndTheSameReceipt() throws Exception {
        Receipt first = open(applicant, "7d1c-42");
        bench.clock.advance(Duration.ofSeconds(30));
        Receipt again = open(applicant, "7d1c-42");

        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.trackingNumber(), again.trackingNumber());
        assertEquals(first.openedAt(), again.openedAt());
        assertEquals(first.status(), again.status());
        assertEquals(1, bench.count("SELECT COUNT(*) FROM CASES.CASE_FILE"));

        Caller someoneElse = bench.account("someone", AccountKind.INNOVATOR);
        assertEquals("SP-2026-000002", open(someoneElse, "7d1c-42").trackingNumber());
    }

    @Test
    void aCorrectionPausesTheExaminationClockAndTheAnswerResumesIt() throws Exception {
        String number = open(applicant, null).trackingNumber();
        bench.engine.move(number, Move.of("start", null), examiner);
        at("2026-02-13T02:00:00Z");
        bench.engine.move(number, Move.of("ask", "Page 3 of the claims is missing"), examiner);

        List<ClockState> asked = bench.engine.clocks(number, examiner);
        assertEquals("PAUSED", asked.get(0).state());
        assertEquals(2, asked.get(0).daysLeft()); // Sat 14 (made a working day) and Tue 24 were left
        assertEquals(LocalDate.of(2026, 2, 24), asked.get(1).dueOn());
        assertEquals(LocalDate.of(2026, 2, 24), find(number).dueOn());

        at("2026-02-24T03:00:00Z");
        CaseFile answered = bench.engine.move(number, Move.of("answer", "Here it is"), applicant);

        assertEquals("review", answered.status());
        assertEquals(LocalDate.of(2026, 2, 26), answered.dueOn());
        List<ClockState> resumed = bench.engine.clocks(number, examiner);
        assertEquals("RUNNING", resumed.get(0).state());
        assertEquals("STOPPED", resumed.get(1).state());
        assertEquals(examiner.accountId(), answered.assigneeId());
        assertTrue(bench.sent().stream().anyMatch(s -> s.accountId() == examiner.accountId()),
                "the examiner hears of the answer");
    }

    @Test
    void anExtensionMovesARunningClocksDueDateOnAndAPausedClockKeepsTheDays() throws Exception {
        String number = open(applicant, null).trackingNumber();
        bench.engine.move(number, Move.of("start", null), examiner);
        LocalDate due = find(number).dueOn();

        CaseFile extended = bench.engine.move(number, Move.of("extend", "A difficult case"), examiner);

        assertEquals(bench.calendar.addWorkingDays(due, 2), extended.dueOn());
        assertEquals("review", extended.status());
        bench.engine.move(number, Move.of("ask", "Page 3 is missing"), examiner);
        int left = bench.engine.clocks(number, examiner).get(0).daysLeft();
        bench.engine.move(number, Move.of("answer", "Here it is"), applicant);
        bench.engine.move(number, Move.of("extend", "Still difficult"), examiner);
        bench.engine.move(number, Move.of("ask", "Page 4 too"), examiner);
        assertEquals(left + 2, bench.engine.clocks(number, examiner).get(0).daysLeft());
    }

    @Test
    void theApplicantSeesTheMovesButNotTheStaffNotes() throws Exception {
        String number = open(applicant, null).trackingNumber();
        bench.engine.move(number, Move.of("start", null), examiner);
        bench.engine.comment(number, "Looks like prior art exists", false, examiner);
        bench.engine.comment(number, "We are on it", true, examiner);

        assertEquals(List.of("opened", "moved", "comment"), bench.engine.timeline(number, applicant).stream()
                .map(e -> e.kind()).toList());
        assertEquals(4, bench.engine.timeline(number, examiner).size());
        assertTrue(bench.sent().stream().anyMatch(s -> s.accountId() == applicant.accountId()
                && s.subject().contains("审查中")));
    }

    @Test
    void claimAssignAndRelease() throws Exception {
        String number = open(applicant, null).trackingNumber();
        Caller colleague = bench.account("colleague", AccountKind.STAFF, Role.EXAMINER);

        assertEquals(examiner.accountId(), bench.engine.claim(number, examiner).assigneeId());
        assertRefused(409, "case.refused.assignedToOther", () -> bench.engine.claim(number, colleague));
        assertRefused(409, "case.refused.assignedToOther",
                () -> bench.engine.move(number, Move.of("start", null), colleague));
        assertEquals(colleague.accountId(),
                bench.engine.assign(number, colleague.accountId(), supervisor).assigneeId());
        assertRefused(422, "case.refused.assignee",
                () -> bench.engine.assign(number, applicant.accountId(), supervisor));
        assertEquals(null, bench.engine.release(number, colleague).assigneeId());
        assertEquals(List.of("opened", "claimed", "assigned", "released"),
                bench.engine.timeline(number, supervisor).stream().map(e -> e.kind()).toList());
    }

    @Test
    void theWatchWarnsOnceWhenDueSoonAndOnceWhenOverdue() throws Exception {
        String number = open(applicant, null).trackingNumber();
        bench.engine.move(number, Move.of("start", null), examiner);

        at("2026-02-20T02:00:00Z"); // a holiday; the next working day is Tue 24, the due date
        assertEquals(new DeadlineWatch.Sweep(1, 0, 0), bench.watch.sweep());
        assertEquals(new DeadlineWatch.Sweep(0, 0, 0), bench.watch.sweep());
        Set<Long> told = new HashSet<>();
        bench.sent().forEach(s -> told.add(s.accountId()));
        assertEquals(Set.of(applicant.accountId(), examiner.accountId(), supervisor.accountId()), told);

        at("2026-02-25T02:00:00Z");
        assertEquals(new DeadlineWatch.Sweep(0, 1, 0), bench.watch.sweep());
        assertEquals(new DeadlineWatch.Sweep(0, 0, 0), bench.watch.sweep());
        List<String> kinds = bench.engine.timeline(number, supervisor).stream().map(e -> e.kind()).toList();
        assertEquals(List.of("opened", "moved", "due-soon", "overdue"), kinds);
        assertEquals(1, bench.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = 'case.overdue'"));
        // the operators' audit page names the deadline, not its code
        CaseAuditWords words = new CaseAuditWords(bench.database.dataSource(), bench.registry, new MessageCatalog(
                Path.of("../../web"), id -> Optional.empty()), new PeopleDirectory());
        List<String> details = bench.column("SELECT DETAIL FROM PLATFORM.AUDIT_ENTRY WHERE ACTION IN"
                + " ('case.due-soon', 'case.overdue') ORDER BY SEQ");
        assertEquals(List.of("review due 2026-02-24", "review due 2026-02-24"), details, "as recorded");
        assertEquals(List.of("审查期限，2026-02-24 到期", "审查期限，2026-02-24 到期"), List.of(
                words.detail("case.due-soon", "case:" + number, details.get(0), Language.ZH_CN).orElseThrow(),
                words.detail("case.overdue", "case:" + number, details.get(1), Language.ZH_CN).orElseThrow()));
        assertEquals("Examination, due 2026-02-24", words.detail("case.overdue", "case:" + number, details.get(1),
                Language.EN).orElseThrow());
    }

    @Test
    void anUnansweredCorrectionExpiresTheCase() throws Exception {
        String number = open(applicant, null).trackingNumber();
        bench.engine.move(number, Move.of("start", null), examiner);
        bench.engine.move(number, Move.of("ask", "Sign the form"), examiner);

        at("2026-02-25T02:00:00Z");
        assertEquals(new DeadlineWatch.Sweep(0, 0, 1), bench.watch.sweep());

        CaseFile lapsed = find(number);
        assertEquals("lapsed", lapsed.status());
        assertEquals(null, lapsed.dueOn());
        assertTrue(bench.engine.clocks(number, supervisor).stream().noneMatch(ClockState::running));
        assertRefused(409, "case.refused.fromStatus",
                () -> bench.engine.move(number, Move.of("answer", null), applicant));
        assertTrue(bench.sent().stream().anyMatch(s -> s.accountId() == applicant.accountId()
                && s.subject().contains("已失效")));
    }

    @Test
    void filesComeToAnOpenCaseOnlyAndAreRecorded() throws Exception {
        String number = open(applicant, null).trackingNumber();
        CaseFile opened = find(number);
        Transaction.run(bench.database.gateway(), tx -> bench.engine.filesAdded(tx, opened, 2, applicant));
        bench.engine.move(number, Move.of("start", null), examiner);
        CaseFile decided = bench.engine.move(number, Move.of("decide", "Qualified"), examiner);

        assertRefused(409, "case.refused.closedForFiles", () -> Transaction.run(bench.database.gateway(),
                tx -> bench.engine.filesAdded(tx, decided, 1, applicant)));
        assertEquals(List.of("opened", "attachment", "moved", "moved"),
                bench.engine.timeline(number, applicant).stream().map(e -> e.kind()).toList());
        assertEquals(1, bench.count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE ACTION = 'case.files-added'"));
    }

    @Test
    void aBrokenWorkflowIsNotOffered() {
        var broken = new org.onestop.api.cases.Workflow("sample", "broken", "SP", SampleWorkflow.of().title(),
                Set.of(Role.EXAMINER), "nowhere", List.of(), SampleWorkflow.of().statuses(),
                SampleWorkflow.of().transitions(), SampleWorkflow.of().deadlines());
        assertFalse(broken.problems().isEmpty());
        bench.registry.add(() -> broken);
        assertTrue(bench.registry.find("sample", "broken").isEmpty());
    }

    @Test
    void everyObserverSeesEachMoveInItsTransactionAndWhatItThrowsUndoesTheMove() throws Exception {
        String number = open(applicant, null).trackingNumber();
        List<String> seen = new ArrayList<>();
        org.onestop.api.cases.CaseObserver watching = (tx, after, move, type) -> seen.add(move.before().status()
                + " -> " + after.status() + " by " + move.transition().code() + " of " + type.workflow().caseType()
                + (tx.getAutoCommit() ? "" : " in the move's transaction"));
        bench.registry.addObserver(watching);
        bench.engine.move(number, Move.of("start", null), examiner);
        assertEquals(List.of("submitted -> review by start of request in the move's transaction"), seen);

        org.onestop.api.cases.CaseObserver failing = (tx, after, move, type) -> {
            throw new SQLException("the observer's table is gone");
        };
        bench.registry.addObserver(failing);
        assertThrows(SQLException.class, () -> bench.engine.move(number, Move.of("ask", "Page 3 is missing"),
                examiner));
        assertEquals("review", find(number).status(), "the move was undone");
        assertEquals(2, seen.size());
        bench.registry.removeObserver(failing);
        bench.registry.removeObserver(watching);
        bench.engine.move(number, Move.of("ask", "Page 3 is missing"), examiner);
        assertEquals(2, seen.size(), "a removed observer hears nothing");
    }

    @Test
    void aRatingDeclarationThatDoesNotFitTheWorkflowKeepsTheTypeFromBeingOffered() {
        var rated = new org.onestop.api.cases.Workflow("sample", "rated", "SR", SampleWorkflow.of().title(),
                Set.of(Role.EXAMINER), "submitted", List.of(), SampleWorkflow.of().statuses(),
                SampleWorkflow.of().transitions(), SampleWorkflow.of().deadlines());
        bench.registry.add(new org.onestop.api.cases.CaseType() {
            @Override
            public org.onestop.api.cases.Workflow workflow() {
                return rated;
            }

            @Override
            public java.util.Optional<org.onestop.api.cases.RatingInvitation> rating() {
                return java.util.Optional.of(org.onestop.api.cases.RatingInvitation.at("decided", "review"));
            }
        });
        assertTrue(bench.registry.find("sample", "rated").isEmpty(), "review is not a closed status");
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void assertRefused(int status, String key, Work work) {
        CaseRefusal refusal = assertThrows(CaseRefusal.class, work::run);
        assertEquals(key, refusal.key());
        assertEquals(status, refusal.status());
    }

}

package org.onestop.ratings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.RatingInvitation;
import org.onestop.api.cases.Status;
import org.onestop.api.cases.Transition;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.Refusal;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/**
 * A closed case's applicant is invited, rates once, a bad review opens a follow-up due in 15 working days, a
 * supervisor answers it: on the module's real tables.
 */
class RatingDeskTest {

    private static final Label WORDS = Label.of("咨询", "Enquiry");
    /** Wednesday 30 September 2026, before the National Day holidays of 1 to 7 October; Saturday 10 October worked. */
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    private final Workflow workflow = new Workflow("demo", "enquiry", "SQ", WORDS, Set.of(Role.EXAMINER),
            "submitted", List.of(), List.of(Status.open("submitted", WORDS, null),
                    Status.closed("answered", Label.of("已答复", "Answered"), null),
                    Status.closed("withdrawn", WORDS, null)),
            List.of(Transition.named("reply", WORDS).from("submitted").to("answered").byStaff(Role.EXAMINER).build(),
                    Transition.named("withdraw", WORDS).from("submitted").to("withdrawn").byApplicant().build()),
            List.of());
    private final CaseType type = new CaseType() {
        @Override
        public Workflow workflow() {
            return workflow;
        }

        @Override
        public Optional<RatingInvitation> rating() {
            return Optional.of(RatingInvitation.at("answered").scoring("timeliness", Label.of("及时性", "Timeliness")));
        }
    };
    private final Caller applicant = caller(3, AccountKind.INNOVATOR);
    private final Caller examiner = caller(7, AccountKind.STAFF);

    @TempDir
    Path folder;
    private TestDatabase db;
    private final Recorded recorded = new Recorded();
    private RatingStore store;
    private Invitations invitations;
    private RatingDesk desk;

    @BeforeEach
    void start() throws Exception {
        db = TestDatabase.of(folder, "RATINGS");
        store = new RatingStore(db.dataSource());
        TestClock clock = new TestClock(Instant.parse("2026-09-30T02:00:00Z"));
        FixedCalendar calendar = FixedCalendar.weekdays(TODAY)
                .withHolidays(TODAY.plusDays(1), TODAY.plusDays(2), TODAY.plusDays(3), TODAY.plusDays(4),
                        TODAY.plusDays(5), TODAY.plusDays(6), TODAY.plusDays(7))
                .withWorkdays(LocalDate.of(2026, 10, 10));
        invitations = new Invitations(store, recorded, ModuleTexts.strict(), recorded, clock);
        desk = new RatingDesk(store, calendar, recorded, ModuleTexts.strict(), recorded, clock, 15);
    }

    @AfterEach
    void stop() {
        db.close();
    }

    @Test
    void aCaseClosingIntoADeclaredStatusInvitesItsApplicantOnce() throws Exception {
        close("SQ-2026-000001", 1, "answered");
        close("SQ-2026-000002", 2, "withdrawn");
        assertEquals(List.of("SQ-2026-000001"), desk.mine(applicant).stream().map(Rating::trackingNumber).toList());
        Rating invited = desk.own("SQ-2026-000001", applicant);
        assertFalse(invited.rated());
        assertEquals("王审查员", invited.staffName());
        assertEquals("已答复", invited.status().zh());
        assertEquals(List.of("timeliness"), invited.dimensions().stream().map(Rating.Dimension::code).toList());
        assertEquals(1, recorded.notices.size());
        assertEquals(3, recorded.notices.get(0).accountId());
        assertEquals("/ratings/SQ-2026-000001", recorded.notices.get(0).notice().link());
        assertEquals("请评价：SQ-2026-000001", recorded.notices.get(0).notice().subject().zh());
        assertEquals(List.of("rating.invited"), recorded.actions());
        close("SQ-2026-000001", 1, "answered");
        assertEquals(1, recorded.notices.size(), "a case is invited once");
    }

    @Test
    void onlyTheApplicantRatesAndOnlyOnce() throws Exception {
        close("SQ-2026-000001", 1, "answered");
        Refusal stranger = assertThrows(Refusal.class, () -> desk.rate("SQ-2026-000001",
                new RatingForm("satisfied", Map.of("timeliness", "satisfied"), ""), caller(4, AccountKind.INNOVATOR)));
        assertEquals(404, stranger.status());
        Refusal missing = assertThrows(Refusal.class, () -> desk.rate("SQ-2026-000001",
                new RatingForm("satisfied", Map.of(), ""), applicant));
        assertEquals(422, missing.status());
        assertEquals(Map.of("dimension.timeliness", "ratings.error.dimensionMissing"), missing.fields());
        Rating rated = desk.rate("SQ-2026-000001", new RatingForm("satisfied", Map.of("timeliness",
                "very-satisfied"), "办得快"), applicant);
        assertEquals(Level.SATISFIED, rated.level());
        assertEquals(Level.VERY_SATISFIED, rated.dimensions().get(0).level());
        assertNull(rated.followUpDue(), "a good rating opens no follow-up");
        Refusal twice = assertThrows(Refusal.class, () -> desk.rate("SQ-2026-000001",
                new RatingForm("very-satisfied", Map.of("timeliness", "satisfied"), ""), applicant));
        assertEquals(409, twice.status());
        assertEquals("ratings.refused.ratedAlready", twice.key());
        assertEquals(Level.SATISFIED, desk.own("SQ-2026-000001", applicant).level(), "the first rating stays");
        assertEquals(List.of("rating.invited", "rating.given"), recorded.actions());
    }

    @Test
    void aBadReviewIsFollowedUpWithin15WorkingDaysAndClosedOnlyByAWrittenAnswer() throws Exception {
        close("SQ-2026-000001", 1, "answered");
        Rating bad = desk.rate("SQ-2026-000001", new RatingForm("dissatisfied", Map.of("timeliness",
                "very-dissatisfied"), "等了太久"), applicant);
        assertEquals(LocalDate.of(2026, 10, 27), bad.followUpDue(),
                "15 working days: 8, 9, 10 (worked Saturday), 12–16, 19–23, 26 and 27 October");
        assertEquals(LocalDate.of(2026, 10, 27), desk.followUpDue(TODAY));
        assertTrue(bad.followUpOpen());
        assertFalse(bad.overdue(LocalDate.of(2026, 10, 27)), "due that day: not late yet");
        assertTrue(bad.overdue(LocalDate.of(2026, 10, 28)));
        assertEquals(List.of("SQ-2026-000001"), desk.followUps(true).stream().map(Rating::trackingNumber).toList());
        Caller supervisor = new Caller(9, "zhao@onestop.test", "赵主任", AccountKind.STAFF, Set.of(Role.SUPERVISOR),
                null, "127.0.0.1");
        Refusal empty = assertThrows(Refusal.class, () -> desk.answer("SQ-2026-000001", "  ", supervisor));
        assertEquals(Map.of("response", "ratings.error.responseMissing"), empty.fields());
        assertTrue(desk.own("SQ-2026-000001", applicant).followUpOpen(), "nothing but an answer closes it");
        Rating answered = desk.answer("SQ-2026-000001", "已约谈经办人，改进了答复时限。", supervisor);
        assertFalse(answered.followUpOpen());
        assertFalse(answered.overdue(LocalDate.of(2026, 12, 1)), "an answered review is never late");
        assertEquals("已约谈经办人，改进了答复时限。", desk.own("SQ-2026-000001", applicant).response());
        assertEquals("赵主任", answered.responderName());
        assertEquals(List.of(), desk.followUps(true));
        assertEquals(409, assertThrows(Refusal.class,
                () -> desk.answer("SQ-2026-000001", "再次回复", supervisor)).status());
        Recorded.Sent told = recorded.notices.get(recorded.notices.size() - 1);
        assertEquals(3, told.accountId());
        assertTrue(told.notice().text().zh().contains("已约谈经办人"));
        assertEquals(List.of("rating.invited", "rating.given", "rating.follow-up.opened",
                "rating.follow-up.answered"), recorded.actions());
        RatingEntryWords words = new RatingEntryWords(store, ModuleTexts.strict());
        assertEquals(List.of("商标侵权咨询：已答复", "不满意（40 分）", "须于 2026-10-27 前回复", "回复 15 字"),
                recorded.entries.stream().map(e -> words.detail(e.action(), e.target(), e.detail(), Language.ZH_CN)
                        .orElse("(as recorded) " + e.detail())).toList(), "the audit page's words, no codes");
        assertEquals(List.of("商标侵权咨询: Answered", "Dissatisfied (40 points)", "to be answered by 2026-10-27",
                "an answer of 15 characters"), recorded.entries.stream().map(e -> words.detail(e.action(),
                        e.target(), e.detail(), Language.EN).orElse("(as recorded) " + e.detail())).toList());
    }

    private void close(String tracking, long id, String status) throws Exception {
        CaseFile before = new CaseFile(id, tracking, "demo", "enquiry", "商标侵权咨询", "submitted", 3, "李申请",
                null, 7L, "王审查员", Instant.parse("2026-09-20T02:00:00Z"), Instant.parse("2026-09-30T02:00:00Z"),
                null, 1);
        CaseFile after = new CaseFile(id, tracking, "demo", "enquiry", "商标侵权咨询", status, 3, "李申请", null, 7L,
                "王审查员", before.openedAt(), before.updatedAt(), null, 2);
        Transition transition = workflow.transitions().stream().filter(t -> t.to().equals(status)).findFirst()
                .orElseThrow();
        try (Connection tx = db.dataSource().getConnection()) {
            tx.setAutoCommit(false);
            invitations.moved(tx, after, new CaseMove(before, transition, null, examiner), type);
            tx.commit();
        }
    }

    private static Caller caller(long id, AccountKind kind) {
        return new Caller(id, "p" + id + "@onestop.test", "用户" + id, kind,
                kind == AccountKind.STAFF ? Set.of(Role.EXAMINER) : Set.of(), null, "127.0.0.1");
    }
}

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
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.RatingDimension;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.Refusal;
import org.onestop.api.ratings.RatingSubject;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestClock;
import org.onestop.testing.TestDatabase;

/**
 * A module's subject that is not a case (a training session attended) is invited once, in the module's
 * transaction, rated on the same pages, followed up when bad and counted in the month's satisfaction; invitations
 * stored before subjects existed keep their pages.
 */
class RequestsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final RatingSubject SESSION = RatingSubject.of("training", "enrolment:42",
            Label.of("专利检索实务（2026年12月2日）", "Patent searching in practice (2 December 2026)"), 3,
            List.of(new RatingDimension("content", Label.of("内容实用", "Useful content")),
                    new RatingDimension("trainer", Label.of("讲师水平", "Trainer"))))
            .servedBy(7, "王讲师");

    @TempDir
    Path folder;
    private TestDatabase db;
    private final Recorded recorded = new Recorded();
    private final FixedCalendar calendar = FixedCalendar.weekdays(TODAY);
    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T02:00:00Z"));
    private RatingStore store;
    private RatingDesk desk;
    private Requests requests;
    private final Caller person = caller(3);

    @AfterEach
    void stop() {
        db.close();
    }

    @Test
    void aSubjectIsInvitedOnceAndToldInTheAppAndByMail() throws Exception {
        start();
        assertTrue(invite(SESSION, true));
        assertFalse(invite(SESSION, true), "the same subject twice is invited once");
        List<Rating> mine = desk.mine(person);
        assertEquals(1, mine.size());
        Rating invited = mine.get(0);
        assertTrue(invited.trackingNumber().matches("RATE-2026-[0-9]{6}"), invited.trackingNumber());
        assertEquals("training", invited.module());
        assertEquals("专利检索实务（2026年12月2日）", invited.title("zh-CN"));
        assertEquals("Patent searching in practice (2 December 2026)", invited.title("en"));
        assertNull(invited.status(), "no closing status: it is not a case");
        assertEquals("王讲师", invited.staffName());
        assertEquals(List.of("content", "trainer"), invited.dimensions().stream().map(Rating.Dimension::code)
                .toList());
        assertEquals(1, recorded.notices.size());
        Recorded.Sent told = recorded.notices.get(0);
        assertEquals(3, told.accountId());
        assertEquals("/ratings/" + invited.trackingNumber(), told.notice().link());
        assertEquals("请评价：专利检索实务（2026年12月2日）", told.notice().subject().zh());
        assertEquals("Please rate: Patent searching in practice (2 December 2026)", told.notice().subject().en());
        assertEquals(List.of("rating.invited"), recorded.actions());
        assertEquals("training:enrolment:42", recorded.entries.get(0).target());
        assertEquals(404, assertThrows(Refusal.class, () -> desk.own(invited.trackingNumber(), caller(4)))
                .status(), "only the person invited sees it");
    }

    @Test
    void nothingIsInvitedUnlessTheModuleCommits() throws Exception {
        start();
        assertTrue(invite(SESSION, false));
        assertEquals(List.of(), desk.mine(person));
        assertTrue(invite(SESSION, true), "rolled back, so invited when the module tries again");
        assertEquals(1, desk.mine(person).size());
    }

    @Test
    void theSubjectIsRatedOnceFollowedUpAndCountedInTheMonthsSatisfaction() throws Exception {
        start();
        invite(SESSION, true);
        invite(RatingSubject.of("training", "enrolment:43", SESSION.title(), 5, SESSION.dimensions()), true);
        String number = desk.mine(person).get(0).trackingNumber();
        Refusal missing = assertThrows(Refusal.class, () -> desk.rate(number, new RatingForm("satisfied",
                Map.of("content", "satisfied"), ""), person));
        assertEquals(Map.of("dimension.trainer", "ratings.error.dimensionMissing"), missing.fields());
        Rating bad = desk.rate(number, new RatingForm("dissatisfied", Map.of("content", "dissatisfied", "trainer",
                "fairly-satisfied"), "案例太旧"), person);
        assertEquals(Level.DISSATISFIED, bad.level());
        assertEquals(Level.FAIRLY_SATISFIED, bad.dimensions().get(1).level());
        assertTrue(bad.followUpOpen(), "a bad review is followed up like a case's");
        assertEquals(List.of(number), desk.followUps(true).stream().map(Rating::trackingNumber).toList());
        assertEquals(409, assertThrows(Refusal.class, () -> desk.rate(number, new RatingForm("very-satisfied",
                Map.of("content", "satisfied", "trainer", "satisfied"), ""), person)).status());
        Satisfaction december = new SatisfactionBoard(store, calendar, ModuleTexts.orKeys(),
                SatisfactionBoardTest.config(false)).month(null);
        assertEquals(1, december.overall().count(), "the one rated, not the one still to rate");
        assertEquals(List.of("training"), december.modules().stream().map(Satisfaction.Group::module).toList());
        assertEquals(List.of("王讲师"), december.staff().stream().map(Satisfaction.Group::staffName).toList());
    }

    @Test
    void trainersKnownOnlyByNameAreCountedEachByName() throws Exception {
        start();
        for (String trainer : List.of("王讲师", "李讲师", "王讲师")) {
            int n = desk.mine(person).size();
            invite(new RatingSubject("training", "enrolment:" + n, SESSION.title(), 3, null, trainer, List.of()),
                    true);
            desk.rate(desk.mine(person).get(0).trackingNumber(), new RatingForm(trainer.startsWith("王")
                    ? "very-satisfied" : "fairly-satisfied", Map.of(), ""), person);
        }
        Satisfaction december = new SatisfactionBoard(store, calendar, ModuleTexts.orKeys(),
                SatisfactionBoardTest.config(false)).month(null);
        assertEquals(List.of("王讲师 2 100.0", "李讲师 1 60.0"), december.staff().stream()
                .map(g -> g.staffName() + " " + g.score().count() + " " + g.score().score()).toList());
    }

    @Test
    void aCaseInvitedBeforeSubjectsExistedKeepsItsPageAndIsRatedThere() throws Exception {
        db = TestDatabase.upTo(folder, "RATINGS", 1);
        db.execute("INSERT INTO INVITATION (CASE_ID, TRACKING_NUMBER, MODULE, CASE_TYPE, TITLE, STATUS, STATUS_ZH,"
                + " STATUS_EN, APPLICANT_ID, STAFF_ID, STAFF_NAME, INVITED_AT) VALUES (11, 'SQ-2026-000011', 'demo',"
                + " 'enquiry', '商标侵权咨询', 'answered', '已答复', 'Answered', 3, 7, '王审查员',"
                + " {ts '2026-12-01 02:00:00'})");
        db.execute("INSERT INTO DIMENSION (CASE_ID, POSITION, CODE, LABEL_ZH, LABEL_EN) VALUES (11, 0,"
                + " 'timeliness', '及时性', 'Timeliness')");
        db.migrate();
        build();
        Rating kept = desk.own("SQ-2026-000011", person);
        assertEquals("已答复", kept.status().zh());
        assertEquals("商标侵权咨询", kept.title("en"), "a case's title is one text");
        assertEquals(List.of("timeliness"), kept.dimensions().stream().map(Rating.Dimension::code).toList());
        invite(SESSION, true);
        Rating rated = desk.rate("SQ-2026-000011", new RatingForm("satisfied", Map.of("timeliness", "satisfied"),
                ""), person);
        assertEquals(Level.SATISFIED, rated.dimensions().get(0).level());
        assertEquals(2, desk.mine(person).size());
    }

    private void start() throws Exception {
        db = TestDatabase.of(folder, "RATINGS");
        build();
    }

    private void build() {
        store = new RatingStore(db.dataSource());
        desk = new RatingDesk(store, calendar, recorded, ModuleTexts.strict(), recorded, clock, 15);
        requests = new Requests(store, recorded, ModuleTexts.strict(), recorded, calendar, clock, new Random(16));
    }

    private boolean invite(RatingSubject subject, boolean commit) throws Exception {
        try (Connection tx = db.dataSource().getConnection()) {
            tx.setAutoCommit(false);
            boolean invited = requests.invite(tx, subject);
            if (commit) {
                tx.commit();
            } else {
                tx.rollback();
            }
            return invited;
        }
    }

    private static Caller caller(long id) {
        return new Caller(id, "p" + id + "@onestop.test", "用户" + id, AccountKind.INNOVATOR, Set.<Role>of(), null,
                "127.0.0.1");
    }
}

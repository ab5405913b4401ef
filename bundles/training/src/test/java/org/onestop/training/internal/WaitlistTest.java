package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.training.internal.TrainingDesk.innovator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.module.Refusal;
import org.onestop.testing.ModuleTexts;

/** Enrolment, the waitlist's order, offers that expire on the test clock, cancellations and their cut-off. */
class WaitlistTest {

    @TempDir
    Path folder;

    private TrainingDesk t;

    @BeforeEach
    void open() throws Exception {
        t = new TrainingDesk(folder, 24, 24);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aFullSessionKeepsAWaitlistInOrderAndOffersAFreedPlaceToTheFirstInLine() throws Exception {
        long session = t.publishedSession(2, 0);
        assertEquals("confirmed", t.waitlist.enrol(session, innovator(1)).status());
        assertEquals("confirmed", t.waitlist.enrol(session, innovator(2)).status());
        Enrolment third = t.waitlist.enrol(session, innovator(3));
        Enrolment fourth = t.waitlist.enrol(session, innovator(4));
        assertEquals(List.of("waiting", "waiting"), List.of(third.status(), fourth.status()));
        assertEquals(List.of(1, 2), List.of(third.position(), fourth.position()));

        Enrolment first = t.waitlist.mine(innovator(1)).get(0);
        assertEquals("cancelled", t.waitlist.cancel(first.id(), innovator(1)).status());
        assertEquals(List.of("1:cancelled", "2:confirmed", "3:offered", "4:waiting"), t.statuses(session));
        assertEquals(2, t.held(session), "the offered place is held for the third");
        assertEquals(1, t.waitlist.mine(innovator(4)).get(0).position(), "the fourth moved up");
        Enrolment offered = t.waitlist.mine(innovator(3)).get(0);
        assertEquals(t.clock.instant().plus(Duration.ofHours(24)), offered.offerExpires());
        assertEquals(List.of("培训候补递补：专利检索实务"), t.noticesTo(3));
        assertEquals(List.of(), t.noticesTo(4));

        assertEquals("confirmed", t.waitlist.confirm(offered.id(), innovator(3)).status());
        assertEquals(List.of("1:cancelled", "2:confirmed", "3:confirmed", "4:waiting"), t.statuses(session));
        assertEquals(List.of("training.course.created", "training.session.added", "training.course.published",
                "training.enrolment.confirmed", "training.enrolment.confirmed", "training.enrolment.waiting",
                "training.enrolment.waiting", "training.enrolment.cancelled", "training.enrolment.offered",
                "training.enrolment.confirmed"), t.audited());

        // the operators' audit page: the course by its title, the session by its start, times in the centre's zone
        TrainingEntryWords words = new TrainingEntryWords(t.catalogue, ModuleTexts.strict(),
                () -> TrainingDesk.SHANGHAI);
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        String starts = minute.format(t.catalogue.work().call(tx -> t.catalogue.session(tx, session)).orElseThrow()
                .startsAt().atZone(TrainingDesk.SHANGHAI));
        List<List<String>> entries = t.auditEntries();
        assertEquals("培训课程“专利检索实务”", words.target(entries.get(0).get(0), entries.get(0).get(1),
                Language.ZH_CN).orElseThrow());
        assertEquals("“专利检索实务”" + starts + " 场", words.detail(entries.get(1).get(0), entries.get(1).get(1),
                entries.get(1).get(2), Language.ZH_CN).orElseThrow());
        assertEquals("“专利检索实务”" + starts + " 场，名额保留至 " + minute.format(offered.offerExpires().atZone(
                TrainingDesk.SHANGHAI)), words.detail(entries.get(8).get(0), entries.get(8).get(1),
                entries.get(8).get(2), Language.ZH_CN).orElseThrow());
        assertEquals("\"专利检索实务\" on " + starts, words.detail(entries.get(3).get(0), entries.get(3).get(1),
                entries.get(3).get(2), Language.EN).orElseThrow());
    }

    @Test
    void enrollingTwiceIsRefusedClearlyAndChangesNothing() throws Exception {
        long session = t.publishedSession(1, 0);
        t.waitlist.enrol(session, innovator(1));
        t.waitlist.enrol(session, innovator(2));
        List<String> before = t.audited();
        Refusal twice = assertThrows(Refusal.class, () -> t.waitlist.enrol(session, innovator(1)));
        assertEquals(409, twice.status());
        assertEquals("您已报名本场培训（已报名），不能重复报名。", twice.text(ModuleTexts.strict(), Language.ZH_CN));
        Refusal waiting = assertThrows(Refusal.class, () -> t.waitlist.enrol(session, innovator(2)));
        assertEquals("You are already enrolled in this session (On the waitlist); you cannot enrol twice.",
                waiting.text(ModuleTexts.strict(), Language.EN));
        assertEquals(List.of("1:confirmed", "2:waiting"), t.statuses(session));
        assertEquals(before, t.audited());
    }

    @Test
    void anUnconfirmedOfferPassesToTheNextWhenItExpires() throws Exception {
        long session = t.publishedSession(1, 0);
        Enrolment first = t.waitlist.enrol(session, innovator(1));
        t.waitlist.enrol(session, innovator(2));
        t.waitlist.enrol(session, innovator(3));
        t.waitlist.cancel(first.id(), innovator(1));
        Enrolment second = t.waitlist.mine(innovator(2)).get(0);
        assertEquals("offered", second.status());

        t.clock.advance(Duration.ofHours(23).plusMinutes(59));
        t.waitlist.settle(session);
        assertEquals("offered", t.waitlist.mine(innovator(2)).get(0).status(), "a minute is left");
        t.clock.advance(Duration.ofMinutes(1));
        Refusal late = assertThrows(Refusal.class, () -> t.waitlist.confirm(second.id(), innovator(2)));
        assertEquals("training.refused.offerLapsed", late.key());
        assertEquals(List.of("1:cancelled", "2:lapsed", "3:offered"), t.statuses(session),
                "the refused confirmation changed nothing, the check at read time passes the offer on");

        t.clock.advance(Duration.ofHours(24));
        assertEquals(1, t.waitlist.sweep(), "the scheduled sweep finds the third's expired offer");
        assertEquals(List.of("1:cancelled", "2:lapsed", "3:lapsed"), t.statuses(session));
        assertEquals(0, t.held(session), "nobody waits: the place is free again");
        assertEquals(List.of("培训候补递补：专利检索实务", "递补名额已过期：专利检索实务"), t.noticesTo(3));
        assertEquals("confirmed", t.waitlist.enrol(session, innovator(4)).status());
    }

    @Test
    void anOfferNeverOutlastsTheStartAndPlacesAreCancelledOnlyBeforeTheCutOff() throws Exception {
        long session = t.publishedSession(1, 0);
        Enrolment first = t.waitlist.enrol(session, innovator(1));
        Enrolment second = t.waitlist.enrol(session, innovator(2));
        t.clock.set(TrainingDesk.at(19, 10));
        Refusal late = assertThrows(Refusal.class, () -> t.waitlist.cancel(first.id(), innovator(1)));
        assertEquals("开课前 24 小时内不能取消报名。", late.text(ModuleTexts.strict(), Language.ZH_CN));
        assertEquals("cancelled", t.waitlist.cancel(second.id(), innovator(2)).status(), "waiting: any time");

        t.clock.set(TrainingDesk.at(18, 12));
        Enrolment third = t.waitlist.enrol(session, innovator(3));
        t.waitlist.modified(TrainingDesk.config(72, 24));
        t.waitlist.cancel(first.id(), innovator(1));
        assertEquals(TrainingDesk.at(20, 9), t.waitlist.mine(innovator(3)).get(0).offerExpires(),
                "72 hours would pass the start");
        Refusal notYours = assertThrows(Refusal.class, () -> t.waitlist.confirm(third.id(), innovator(1)));
        assertEquals(404, notYours.status());
    }

    @Test
    void anOrganisationHoldsAtMostItsLimitAndACancelledCourseWithdrawsEveryone() throws Exception {
        long session = t.publishedSession(5, 2);
        t.waitlist.enrol(session, innovator(1, 77L));
        t.waitlist.enrol(session, innovator(2, 77L));
        Refusal third = assertThrows(Refusal.class, () -> t.waitlist.enrol(session, innovator(3, 77L)));
        assertEquals("您所在单位在本场的报名人数已达上限（2 人）。", third.text(ModuleTexts.strict(), Language.ZH_CN));
        t.waitlist.enrol(session, innovator(4, 78L));

        long course = t.catalogue.work().call(tx -> t.catalogue.session(tx, session).orElseThrow().courseId());
        t.desk.cancel(course, TrainingDesk.TRAINER);
        assertEquals(List.of("1:withdrawn", "2:withdrawn", "4:withdrawn"), t.statuses(session));
        assertEquals(0, t.held(session));
        assertEquals(List.of("入场凭证：专利检索实务", "培训已取消：专利检索实务"), t.noticesTo(4),
                "told of the ticket when enrolled, of the withdrawal when cancelled");
        Refusal closed = assertThrows(Refusal.class, () -> t.waitlist.enrol(session, innovator(5)));
        assertEquals("training.refused.notPublished", closed.key());
        assertTrue(t.audited().contains("training.course.cancelled"));
    }
}

package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onestop.training.internal.TrainingDesk.innovator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.onestop.testing.ModuleTexts;

/**
 * An innovator enrols named people of their organisation: each an enrolment of its own, by the waitlist's rules, under
 * the session's row lock (members naming people at the same instant never pass the limit nor enrol a name twice).
 */
class NamedAttendeesTest {

    @TempDir
    Path folder;

    private TrainingDesk t;
    private NamedAttendees named;

    @BeforeEach
    void open() throws Exception {
        t = new TrainingDesk(folder, 24, 24);
        named = new NamedAttendees(t.catalogue, t.waitlist);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theOrganisationsLimitCountsNamedAttendeesAndTheMembersOwnPlaces() throws Exception {
        long session = t.publishedSession(10, 2);
        assertEquals("confirmed", named.enrol(session, attendee("王五"), innovator(1, 77L)).enrolment().status());
        Enrolment second = named.enrol(session, attendee("赵六"), innovator(1, 77L)).enrolment();
        Refusal third = assertThrows(Refusal.class, () -> named.enrol(session, attendee("钱七"), innovator(1, 77L)));
        assertEquals("您所在单位在本场的报名人数已达上限（2 人）。", third.text(ModuleTexts.strict(), Language.ZH_CN));
        Refusal own = assertThrows(Refusal.class, () -> t.waitlist.enrol(session, innovator(2, 77L)));
        assertEquals("training.refused.orgLimit", own.key(), "a colleague's own place counts too");

        t.waitlist.cancel(second.id(), innovator(1, 77L));
        assertEquals("confirmed", named.enrol(session, attendee("钱七"), innovator(1, 77L)).enrolment().status());
        assertEquals(List.of("1:confirmed", "1:cancelled", "1:confirmed"), t.statuses(session));
        assertEquals(2, t.held(session));
    }

    @Test
    void aFullSessionPutsANamedAttendeeOnTheWaitlistInOrderOfArrival() throws Exception {
        long session = t.publishedSession(2, 0);
        Enrolment own = t.waitlist.enrol(session, innovator(1, 77L));
        assertEquals("confirmed", own.status());
        Enrolment wang = named.enrol(session, attendee("王五"), innovator(1, 77L)).enrolment();
        assertEquals("confirmed", wang.status());
        Enrolment late = t.waitlist.enrol(session, innovator(2));
        Enrolment zhao = named.enrol(session, attendee("赵六"), innovator(1, 77L)).enrolment();
        assertEquals(List.of("waiting", "waiting"), List.of(late.status(), zhao.status()));
        assertEquals(List.of(1, 2), List.of(late.position(), zhao.position()), "named or not, first come first served");

        assertEquals(List.of(zhao.id(), wang.id(), own.id()), t.waitlist.mine(innovator(1, 77L)).stream()
                .map(Enrolment::id).toList(), "the member's list: the two they named and their own, newest first");
        Map<Long, Attendee> names = named.of(innovator(1, 77L));
        assertEquals(List.of(zhao.id(), wang.id()), List.copyOf(names.keySet()));
        assertEquals("wang@example.cn", names.get(wang.id()).email());

        t.waitlist.cancel(wang.id(), innovator(1, 77L));
        assertEquals(List.of("1:confirmed", "1:cancelled", "2:offered", "1:waiting"), t.statuses(session),
                "the freed place goes to the first in line, not to the member's next attendee");
        assertEquals(2, t.held(session));
        assertEquals(List.of(zhao.id(), wang.id()), List.copyOf(named.ofSession(session).keySet()));
    }

    @Test
    void oneNameIsEnrolledOnceWhileTheMemberMayStillEnrolThemselfOnce() throws Exception {
        long session = t.publishedSession(10, 0);
        Enrolment zhang = named.enrol(session, attendee("张三"), innovator(1, 77L)).enrolment();
        Refusal twice = assertThrows(Refusal.class, () -> named.enrol(session, new Attendee(" 张三 ", "",
                "0471-6600000"), innovator(1, 77L)));
        assertEquals(409, twice.status());
        assertEquals("“张三”已报名本场培训，不能重复报名。", twice.text(ModuleTexts.strict(), Language.ZH_CN));
        assertEquals("training.refused.attendeeTwice", assertThrows(Refusal.class,
                () -> named.enrol(session, attendee("张三"), innovator(2, 77L))).key(), "a colleague neither");
        assertEquals("confirmed", named.enrol(session, attendee("张三"), innovator(3, 78L)).enrolment().status(),
                "another organisation's 张三 is someone else");

        assertEquals("confirmed", t.waitlist.enrol(session, innovator(1, 77L)).status(), "naming is not enrolling");
        assertEquals("training.refused.already", assertThrows(Refusal.class,
                () -> t.waitlist.enrol(session, innovator(1, 77L))).key());

        t.waitlist.cancel(zhang.id(), innovator(1, 77L));
        assertEquals("confirmed", named.enrol(session, attendee("张三"), innovator(1, 77L)).enrolment().status(),
                "cancelled, the name may be enrolled again");
    }

    @Test
    void aNameWithoutContactOrAMemberWithoutOrganisationIsRefusedAndNothingIsStored() throws Exception {
        long session = t.publishedSession(10, 0);
        Refusal blank = assertThrows(Refusal.class, () -> named.enrol(session, new Attendee("", "", ""),
                innovator(1, 77L)));
        assertEquals(422, blank.status());
        assertEquals(Map.of("name", "training.error.missing", "email", "training.error.contact"), blank.fields());
        Refusal wrong = assertThrows(Refusal.class, () -> named.enrol(session, new Attendee("李四", "li@", "12"),
                innovator(1, 77L)));
        assertEquals(Map.of("email", "training.error.email", "phone", "training.error.phone"), wrong.fields());
        Refusal alone = assertThrows(Refusal.class, () -> named.enrol(session, attendee("李四"), innovator(1)));
        assertEquals("请先在“我的单位”登记所属单位，再为本单位人员报名。", alone.text(ModuleTexts.strict(), Language.ZH_CN));
        assertEquals(List.of(), t.statuses(session));
        assertEquals(0, t.held(session));
    }

    @Test
    void namingAtOnceNeverPassesTheLimitNorEnrolsANameTwice() throws Exception {
        long session = t.publishedSession(20, 4);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = i % 2 == 0 ? "张三" : "学员" + i;
            Caller member = innovator(1 + i % 3, 77L);
            attempts.add(() -> {
                try {
                    return named.enrol(session, attendee(name), member).attendee().name();
                } catch (Refusal refused) {
                    return refused.key();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
            assertEquals(4, t.held(session), outcomes.toString());
            assertEquals(1, outcomes.stream().filter("张三"::equals).count(), "张三 once: " + outcomes);
            assertEquals(4, outcomes.stream().filter(o -> !o.startsWith("training.refused.")).count());
            assertEquals(4, named.ofSession(session).size());
        } finally {
            pool.shutdown();
        }
    }

    private static Attendee attendee(String name) {
        return new Attendee(name, name.equals("王五") ? "wang@example.cn" : "", "13800000000");
    }
}

package org.onestop.cnipa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.cases.Workflow;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;

/** A visit's rows, rounds and lists on a real Derby; what an answer may hold in each round; the workflow's moves. */
class VisitTest {

    private static final Caller CLERK = new Caller(2, "clerk@example.org", "窗口", AccountKind.STAFF,
            Set.of(Role.COUNTER_CLERK), null, "192.0.2.7");

    @TempDir
    Path folder;

    @Test
    void theWorkflowIsSoundWithTheClerksDeadlineInWorkingDays() {
        Workflow workflow = VisitWorkflow.of(2);
        assertEquals(List.of(), workflow.problems());
        assertEquals("CN", workflow.prefix());
        assertEquals(2, workflow.deadline(VisitWorkflow.ANSWER_CLOCK).orElseThrow().workingDays());
        assertTrue(workflow.transition(VisitWorkflow.WITHDRAW).orElseThrow().from()
                .containsAll(Set.of(VisitWorkflow.SUBMITTED, VisitWorkflow.CORRECTION, VisitWorkflow.COMPLETE)));
        assertFalse(workflow.transition(VisitWorkflow.WITHDRAW).orElseThrow().from().contains(VisitWorkflow.RECEIVED));
    }

    @Test
    void theFirstAnswerListsAnythingALaterOneOnlyWhatIsNewWithItsReason() {
        VisitAnswer first = new VisitAnswer(false, List.of(new VisitProblem("缺少专利权人签章", false, ""),
                new VisitProblem(" ", false, "")));
        assertEquals(1, first.problems().size(), "empty lines are dropped");
        assertEquals(Map.of(), first.problems(1));
        assertEquals(Map.of("problems", "cnipa.visit.error.laterRound"), first.problems(2));
        assertEquals(Map.of("problems", "cnipa.visit.error.laterRound"),
                new VisitAnswer(false, List.of(new VisitProblem("合同页码不连续", true, ""))).problems(2));
        assertEquals(Map.of(), new VisitAnswer(false, List.of(new VisitProblem("补正后的合同页码不连续", true,
                "补正时新换的合同文本"))).problems(2));
        assertEquals(Map.of("problems", "cnipa.visit.error.noProblems"), new VisitAnswer(false, List.of()).problems(1));
        assertEquals(Map.of("problems", "cnipa.visit.error.completeWithProblems"), new VisitAnswer(true,
                List.of(new VisitProblem("x", false, ""))).problems(1));
        assertEquals(Map.of(), new VisitAnswer(true, List.of()).problems(3));
    }

    @Test
    void roundsAndTheirListsAreStoredItemByItemAndMovesOffTheFormsAreRefused() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            VisitStore store = new VisitStore(desk.db.dataSource());
            VisitType type = new VisitType(store, desk.businesses, new VisitBooking((s, r) -> Optional.of(
                    "/ticketing/appointments/new?service=" + s + "&ref=" + r)), calendar(desk), config(2));
            LocalDate tuesday = LocalDate.of(2026, 12, 1);
            store.work().run(tx -> store.insert(tx, 7, "CN-2026-000001", "patent-pledge", "质押合同",
                    desk.clock.instant(), tuesday));
            CaseFile file = file(VisitWorkflow.SUBMITTED);
            CaseRefusal offForm = assertThrows(CaseRefusal.class, () -> store.work().run(tx -> type.moving(tx,
                    move(file, VisitWorkflow.ANSWER_COMPLETE))));
            assertEquals("cnipa.visit.refused.onForm", offForm.key());

            store.work().run(tx -> {
                store.answer(tx, 7, 1, new VisitAnswer(false, List.of(new VisitProblem("缺少出质人签章", false, ""),
                        new VisitProblem("质押合同缺少第3页", false, ""))), tuesday.plusDays(1));
                type.moving(tx, move(file, VisitWorkflow.ASK_CORRECTION));
            });
            assertEquals(List.of("缺少出质人签章", "质押合同缺少第3页"), desk.column(
                    "SELECT TEXT FROM CNIPA.VISIT_PROBLEM WHERE ROUND = 1 ORDER BY POSITION"));
            assertEquals(List.of(VisitWorkflow.CORRECTION), desk.column("SELECT STATUS FROM CNIPA.VISIT"));

            CaseFile correction = file(VisitWorkflow.CORRECTION);
            assertThrows(CaseRefusal.class, () -> store.work().run(tx -> type.moving(tx,
                    move(correction, VisitWorkflow.RESUBMIT))), "a corrected upload only on its form");
            store.work().run(tx -> {
                store.round(tx, 7, 2, tuesday.plusDays(2));
                type.moving(tx, move(correction, VisitWorkflow.RESUBMIT));
                store.answer(tx, 7, 2, new VisitAnswer(true, List.of()), tuesday.plusDays(3));
                type.moving(tx, move(file(VisitWorkflow.SUBMITTED), VisitWorkflow.ANSWER_COMPLETE));
            });
            VisitRecord visit = store.find(7).orElseThrow();
            assertEquals(2, visit.rounds().size());
            assertEquals(Boolean.FALSE, visit.rounds().get(0).complete());
            assertEquals(2, visit.rounds().get(0).problems().size());
            assertEquals(Boolean.TRUE, visit.current().complete());
            assertNull(visit.receiptNumber());

            assertEquals("/ticketing/appointments/new?service=pledge&ref=CN-2026-000001",
                    type.details(file(VisitWorkflow.COMPLETE), applicant(), null).orElseThrow().model()
                            .get("booking"), "the pledge window's service, the tracking number as reference");
            VisitType noHall = new VisitType(store, desk.businesses, new VisitBooking(null), calendar(desk),
                    config(2));
            assertEquals("", noHall.details(file(VisitWorkflow.COMPLETE), applicant(), null).orElseThrow().model()
                    .get("booking"), "no link while the hall's queue is not deployed");

            assertThrows(CaseRefusal.class, () -> store.work().run(tx -> type.moving(tx,
                    move(file(VisitWorkflow.COMPLETE), VisitWorkflow.RECEIVE))), "the receipt only on its form");
            store.work().run(tx -> {
                store.receipt(tx, 7, "2026120400123", tuesday.plusDays(3));
                type.moving(tx, move(file(VisitWorkflow.COMPLETE), VisitWorkflow.RECEIVE));
            });
            assertThrows(CaseRefusal.class, () -> store.work().run(tx -> type.moving(tx,
                    move(file(VisitWorkflow.RECEIVED), VisitWorkflow.CLOSE))), "the closing only on its form");
            assertThrows(CaseRefusal.class, () -> store.work().run(tx -> {
                store.outcome(tx, 7, VisitOutcome.NO_SHOW, "");
                type.moving(tx, move(file(VisitWorkflow.RECEIVED), VisitWorkflow.CLOSE));
            }), "no \"did not come\" once received");
            store.work().run(tx -> {
                store.outcome(tx, 7, VisitOutcome.ACCEPTED, "");
                type.moving(tx, move(file(VisitWorkflow.RECEIVED), VisitWorkflow.CLOSE));
            });
            visit = store.find(7).orElseThrow();
            assertEquals("2026120400123", visit.receiptNumber());
            assertEquals(VisitWorkflow.CLOSED, visit.status());
            assertEquals(tuesday, visit.closedOn());
            assertEquals("accepted", visit.outcome());
            assertEquals("已受理并办结", type.details(file(VisitWorkflow.CLOSED), applicant(), null).orElseThrow()
                    .model().get("outcome"));
        }
    }

    @Test
    void eachOutcomeFitsWhereTheVisitStandsAndARefusalNeedsItsReason() {
        assertEquals(java.util.Optional.of(VisitOutcome.NOT_ACCEPTED), VisitOutcome.of(" not-accepted "));
        assertEquals(java.util.Optional.empty(), VisitOutcome.of("lost"));
        assertTrue(VisitOutcome.ACCEPTED.allowedFrom(VisitWorkflow.RECEIVED));
        assertFalse(VisitOutcome.ACCEPTED.allowedFrom(VisitWorkflow.COMPLETE), "accepted needs the receipt");
        assertTrue(VisitOutcome.NO_SHOW.allowedFrom(VisitWorkflow.COMPLETE));
        assertFalse(VisitOutcome.NO_SHOW.allowedFrom(VisitWorkflow.RECEIVED));
        assertTrue(VisitOutcome.NOT_ACCEPTED.allowedFrom(VisitWorkflow.COMPLETE)
                && VisitOutcome.NOT_ACCEPTED.allowedFrom(VisitWorkflow.RECEIVED));
        assertTrue(VisitOutcome.NOT_ACCEPTED.reasonRequired());
        assertFalse(VisitOutcome.ACCEPTED.reasonRequired() || VisitOutcome.NO_SHOW.reasonRequired());
        assertEquals(Set.of(VisitWorkflow.COMPLETE, VisitWorkflow.RECEIVED), VisitWorkflow.of(2)
                .transition(VisitWorkflow.CLOSE).orElseThrow().from());
    }

    @Test
    void theAnswerFormKeepsItsRowsAndAddsThreeWithoutAnyScript() {
        List<VisitProblem> typed = VisitStepPages.rows(List.of("缺少签章", "", "", ""), List.of("0"),
                List.of("补正后出现", "", "", ""), 0);
        assertEquals(1, typed.size(), "trailing empty rows dropped");
        assertTrue(typed.get(0).newFinding(), "a row's box sends its index");
        List<VisitProblem> more = VisitStepPages.rows(List.of("缺少签章", "", ""), List.of(), List.of(), 1 + 3);
        assertEquals(4, more.size());
        assertEquals("缺少签章", more.get(0).text());
        assertFalse(more.get(0).newFinding());
    }

    private static Caller applicant() {
        return new Caller(1, "a@example.org", "申请人", AccountKind.INNOVATOR, Set.of(), null, "192.0.2.8");
    }

    private static CaseFile file(String status) {
        return new CaseFile(7, "CN-2026-000001", VisitWorkflow.MODULE, VisitWorkflow.CASE_TYPE, "专利权质押登记",
                status, 1, "申请人", null, null, null, null, null, null, 1);
    }

    private static CaseMove move(CaseFile file, String transition) {
        return new CaseMove(file, VisitWorkflow.of(2).transition(transition).orElseThrow(), "", CLERK);
    }

    static WorkingCalendar calendar(CnipaDesk desk) {
        return new WorkingCalendar() {
            @Override
            public boolean isWorkingDay(LocalDate day) {
                return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            }

            @Override
            public LocalDate today() {
                return desk.clock.instant().atZone(CnipaDesk.SHANGHAI).toLocalDate();
            }
        };
    }

    static VisitConfig config(int days) {
        return new VisitConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return VisitConfig.class;
            }

            @Override
            public int answer_days() {
                return days;
            }
        };
    }
}

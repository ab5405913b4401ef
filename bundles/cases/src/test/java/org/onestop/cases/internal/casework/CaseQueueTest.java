package org.onestop.cases.internal.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.cases.internal.CaseDatabase;
import org.onestop.api.cases.CaseFile;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;
import org.onestop.cases.internal.cases.WorkflowRegistry;
import org.onestop.platform.internal.identity.PeopleDirectory;
import org.onestop.platform.internal.shell.MessageCatalog;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.TestDatabase;

/**
 * The workbench's queues and the applicant's list read from cases stored in a real Derby database. Today is Friday
 * 2026-11-20; "due soon" runs to Monday 2026-11-23, the next working day.
 */
class CaseQueueTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final Path WEB = Path.of("../../web").toAbsolutePath().normalize();

    @TempDir
    Path folder;
    private CaseQueue queue;
    private CaseWorkers workers;
    private StoredCases stored;
    private Caller examiner;
    private Caller officer;
    private Caller supervisor;
    private Caller operator;
    private Caller applicant;
    private long examinerId;

    @BeforeEach
    void cases() throws Exception {
        DataSource database = CaseDatabase.in(folder).dataSource();
        WorkflowRegistry registry = new WorkflowRegistry();
        registry.add(StoredCases::preexam);
        registry.add(StoredCases::assistance);
        queue = new CaseQueue(database, registry, FixedCalendar.weekdays(FRIDAY), new PeopleDirectory());
        workers = new CaseWorkers(database, new PeopleDirectory());
        stored = new StoredCases(database);

        examinerId = stored.account("e@example.cn", "审查员王", "STAFF", Role.EXAMINER);
        long officerId = stored.account("o@example.cn", "援助专员李", "STAFF", Role.ASSISTANCE_OFFICER);
        long supervisorId = stored.account("s@example.cn", "主管赵", "STAFF", Role.SUPERVISOR);
        long operatorId = stored.account("op@example.cn", "运维", "STAFF", Role.OPERATOR);
        long formerId = stored.account("former@example.cn", "离职审查员", "STAFF", Role.EXAMINER);
        stored.deactivate(formerId);
        long applicantId = stored.account("a@example.cn", "创新公司", "INNOVATOR");
        long otherId = stored.account("b@example.cn", "另一家公司", "INNOVATOR");
        examiner = staff(examinerId, Role.EXAMINER);
        officer = staff(officerId, Role.ASSISTANCE_OFFICER);
        supervisor = staff(supervisorId, Role.SUPERVISOR);
        operator = staff(operatorId, Role.OPERATOR);
        applicant = new Caller(applicantId, "a@example.cn", "创新公司", AccountKind.INNOVATOR, Set.of(), null, "");

        long first = stored.file("YS-2026-000001", "preexam", "request", "submitted", false, applicantId,
                examinerId, LocalDate.of(2026, 11, 25), 0);
        long second = stored.file("YS-2026-000002", "preexam", "request", "submitted", false, applicantId, null,
                LocalDate.of(2026, 11, 19), 1);
        long third = stored.file("YS-2026-000003", "preexam", "request", "correction", false, applicantId, null,
                null, 2);
        stored.file("YS-2026-000004", "preexam", "request", "submitted", false, otherId, examinerId,
                LocalDate.of(2026, 11, 23), 3);
        stored.file("YS-2026-000005", "preexam", "request", "qualified", true, applicantId, examinerId, null, 4);
        stored.file("WQ-2026-000001", "assistance", "case", "submitted", false, otherId, null, FRIDAY, 5);
        stored.file("XX-2026-000001", "retired", "old", "open", false, otherId, null, null, 6);
        stored.clock(first, "examination", "RUNNING", LocalDate.of(2026, 11, 25));
        stored.clock(second, "examination", "PAUSED", null);
        stored.clock(third, "correction", "RUNNING", LocalDate.of(2026, 12, 3));
    }

    private static Caller staff(long id, Role role) {
        return new Caller(id, id + "@example.cn", "staff " + id, AccountKind.STAFF, Set.of(role), null, "");
    }

    private List<String> numbers(QueueView view, String module, String status, String due, Caller caller)
            throws Exception {
        return numbers(queue.page(new QueueFilter(view, module, status, due, new Paging(1, 25)), caller).items());
    }

    private static List<String> numbers(List<CaseFile> cases) {
        return cases.stream().map(CaseFile::trackingNumber).toList();
    }

    @Test
    void myQueueHoldsMyOpenCasesByDueDate() throws Exception {
        assertEquals(List.of("YS-2026-000004", "YS-2026-000001"), numbers(QueueView.MINE, null, null, null, examiner));
        assertEquals(List.of(), numbers(QueueView.MINE, null, null, null, officer));
    }

    @Test
    void theTeamQueueHoldsTheOpenCasesOfTheTypesMyRolesCoverWithoutDueDatesLast() throws Exception {
        assertEquals(List.of("YS-2026-000002", "YS-2026-000004", "YS-2026-000001", "YS-2026-000003"),
                numbers(QueueView.TEAM, null, null, null, examiner));
        assertEquals(List.of("WQ-2026-000001"), numbers(QueueView.TEAM, null, null, null, officer));
        assertEquals(List.of(), numbers(QueueView.TEAM, null, null, null, operator), "an operator works no queue");
    }

    @Test
    void aSupervisorsTeamIsEveryOpenCase() throws Exception {
        assertEquals(List.of("YS-2026-000002", "WQ-2026-000001", "YS-2026-000004", "YS-2026-000001",
                "YS-2026-000003", "XX-2026-000001"), numbers(QueueView.TEAM, null, null, null, supervisor));
        assertEquals(List.of("YS-2026-000002", "WQ-2026-000001", "YS-2026-000003", "XX-2026-000001"),
                numbers(QueueView.UNASSIGNED, null, null, null, supervisor));
    }

    @Test
    void filtersNarrowAQueue() throws Exception {
        assertEquals(List.of("YS-2026-000002", "YS-2026-000003"),
                numbers(QueueView.UNASSIGNED, null, null, null, examiner));
        assertEquals(List.of("YS-2026-000003"), numbers(QueueView.TEAM, "preexam", "correction", null, supervisor));
        assertEquals(List.of("WQ-2026-000001"), numbers(QueueView.TEAM, "assistance", null, null, supervisor));
        assertEquals(List.of("WQ-2026-000001", "YS-2026-000004"),
                numbers(QueueView.TEAM, null, null, QueueFilter.SOON, supervisor), "today and the next working day");
        assertEquals(List.of("YS-2026-000002"), numbers(QueueView.TEAM, null, null, QueueFilter.OVERDUE, supervisor));
        assertEquals(List.of("YS-2026-000004"), numbers(QueueView.MINE, null, null, QueueFilter.SOON, examiner));
    }

    @Test
    void aQueueComesAPageAtATime() throws Exception {
        QueuePage second = queue.page(new QueueFilter(QueueView.TEAM, null, null, null, new Paging(2, 2)),
                supervisor);
        assertEquals(6, second.total());
        assertEquals(3, second.pages());
        assertEquals(List.of("YS-2026-000004", "YS-2026-000001"), numbers(second.items()));
        CaseFile first = second.items().get(1);
        assertEquals("创新公司", first.applicantName());
        assertEquals("审查员王", first.assigneeName());
        assertEquals(LocalDate.of(2026, 11, 25), first.dueOn());
        assertEquals(StoredCases.T0, first.openedAt());
    }

    @Test
    void theTabsCountTheirCases() throws Exception {
        assertEquals(new QueueCounts(2, 4, 2, 1, 1), queue.counts(examiner));
        assertEquals(new QueueCounts(0, 6, 4, 2, 1), queue.counts(supervisor));
        assertEquals(new QueueCounts(0, 1, 1, 1, 0), queue.counts(officer));
        assertEquals(new QueueCounts(0, 0, 0, 0, 0), queue.counts(operator));
    }

    @Test
    void anApplicantSeesEveryCaseOfTheirsNewestFirstWithTheRunningClocks() throws Exception {
        assertEquals(List.of("YS-2026-000005", "YS-2026-000003", "YS-2026-000002", "YS-2026-000001"),
                numbers(queue.ofApplicant(applicant)));
        assertEquals(List.of(new CaseQueue.RunningClock("YS-2026-000001", "preexam", "request", "examination",
                        LocalDate.of(2026, 11, 25)),
                new CaseQueue.RunningClock("YS-2026-000003", "preexam", "request", "correction",
                        LocalDate.of(2026, 12, 3))), queue.runningClocks(applicant));
    }

    @Test
    void casesGoToActiveStaffHoldingARoleOfTheWorkflow() throws Exception {
        assertEquals(List.of(new CaseWorkers.Worker(examinerId, "审查员王")), workers.holding(Set.of(Role.EXAMINER)));
        assertEquals(List.of(), workers.holding(Set.of()));
    }

    @Test
    void aFilterThatCannotBeReadIsRefusedWithAMessage() {
        MessageCatalog messages = new MessageCatalog(WEB, id -> Optional.empty());
        Refusal view = assertThrows(Refusal.class, () -> QueueFilter.parse("everything", null, null, null, null));
        assertEquals(400, view.status());
        assertEquals("There is no queue \"everything\": use mine, team or unassigned.", view.text(messages, Language.EN));
        Refusal due = assertThrows(Refusal.class, () -> QueueFilter.parse("team", null, null, "tomorrow", null));
        assertEquals(400, due.status());
        assertEquals("到期筛选“tomorrow”无效：请使用 soon（一个工作日内到期）或 overdue（已逾期）。",
                due.text(messages, Language.ZH_CN));
        Refusal module = assertThrows(Refusal.class, () -> QueueFilter.parse("team", "Pre Exam", null, null, null));
        assertEquals(400, module.status());
        assertEquals("The module \"Pre Exam\" is not a code (lower-case letters, digits and -).",
                module.text(messages, Language.EN));
    }

    @Test
    void blankFiltersMeanMyQueueFromTheFirstPage() throws Exception {
        assertEquals(new QueueFilter(QueueView.MINE, null, null, null, new Paging(1, QueueFilter.PAGE_SIZE)),
                QueueFilter.parse("", " ", null, "", null));
        assertEquals(new QueueFilter(QueueView.UNASSIGNED, "preexam", "correction", "soon", new Paging(3, 25)),
                QueueFilter.parse("unassigned", "preexam", "correction", "soon", "3"));
    }
}

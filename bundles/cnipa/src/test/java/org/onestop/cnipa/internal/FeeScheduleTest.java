package org.onestop.cnipa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.Refusal;

class FeeScheduleTest {

    private static final Caller SUPERVISOR = new Caller(901, "lead@onestop.test", "王主管", AccountKind.STAFF,
            Set.of(Role.SUPERVISOR), null, "127.0.0.1");

    @TempDir
    Path folder;

    @Test
    void aNewGatewayHasThePublishedScheduleWithItsSourceAndDate() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            List<FeeScheduleEntry> all = desk.feeSchedule().all();
            assertEquals(26, all.size());
            assertEquals("application-invention-0", all.get(0).key());
            for (FeeScheduleEntry f : all) {
                assertTrue(f.sourceZh().contains("发改价格〔2017〕270号"), f.key());
                assertEquals(LocalDate.of(2017, 2, 15), f.sourceDate());
            }
            assertEquals(List.of("printing-invention-0", "reexamination-invention-0", "reexamination-utility-0",
                    "reexamination-design-0", "restoration-invention-0", "restoration-utility-0",
                    "restoration-design-0"), all.stream().filter(f -> !f.confirmed()).map(FeeScheduleEntry::key)
                            .toList(), "the fees the issue does not give are to be confirmed by staff");
        }
    }

    @Test
    void aSupervisorsChangeIsAuditedAndChangesTheResult() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            FeeSchedule schedule = desk.feeSchedule();
            FeeScheduleEntry changed = schedule.change("printing-invention-0", "60.5", "新通知", "New notice",
                    "2026-11-30", SUPERVISOR);
            assertEquals(6050, changed.fen());
            assertTrue(changed.confirmed());
            assertEquals("王主管", changed.changedBy());
            assertEquals(desk.clock.instant(), changed.changedAt());
            assertEquals("60.50", FeeRules.calculate(schedule.all(), FeeRules.request("invention", "printing", "",
                    "1", "", "", "", "")).total());
            assertEquals(List.of("cnipa.fees.changed"), desk.column(
                    "SELECT ACTION FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'cnipa.%'"));
            assertEquals(List.of("fee:printing-invention-0"), desk.column(
                    "SELECT TARGET FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'cnipa.%'"));
            String detail = desk.column("SELECT DETAIL FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'cnipa.%'").get(0);
            assertTrue(detail.startsWith("50.00 → 60.50"), detail);
            // the operators' audit page: the fee by its name, the amounts in yuan with the source
            CnipaEntryWords words = new CnipaEntryWords(desk.catalogue(), schedule, ModuleTexts.strict());
            assertEquals("发明专利公布印刷费", words.target("cnipa.fees.changed", "fee:printing-invention-0",
                    Language.ZH_CN).orElseThrow());
            assertEquals("发明专利年费（第 1–3 年）", words.target("cnipa.fees.changed", "fee:annual-invention-1",
                    Language.ZH_CN).orElseThrow());
            assertEquals("50.00 元 → 60.50 元；依据：新通知（2026-11-30）", words.detail("cnipa.fees.changed",
                    "fee:printing-invention-0", detail, Language.ZH_CN).orElseThrow());
        }
    }

    @Test
    void aChangeWithErrorsNamesEachFieldAndChangesNothing() throws Exception {
        try (CnipaDesk desk = new CnipaDesk(folder)) {
            FeeSchedule schedule = desk.feeSchedule();
            Refusal refused = assertThrows(Refusal.class, () -> schedule.change("annual-invention-1", "九百", "",
                    "notice", "30.11.2026", SUPERVISOR));
            assertEquals(422, refused.status());
            assertEquals(Map.of("amount", "cnipa.fees.error.amount", "sourceZh", "cnipa.fees.error.source",
                    "sourceDate", "cnipa.fees.error.date"), refused.fields());
            assertEquals(404, assertThrows(Refusal.class, () -> schedule.change("annual-invention-99", "1", "a", "b",
                    "2026-01-01", SUPERVISOR)).status());
            FeeScheduleEntry first = schedule.all().stream().filter(f -> f.key().equals("annual-invention-1"))
                    .findFirst().orElseThrow();
            assertEquals(90000, first.fen());
            assertEquals(null, first.changedBy());
            assertFalse(desk.column("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'cnipa.%'")
                    .contains("1"));
        }
    }
}

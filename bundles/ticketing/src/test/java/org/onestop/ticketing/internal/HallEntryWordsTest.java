package org.onestop.ticketing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.testing.ModuleTexts;

/**
 * The hall's audit entries as the operators' page shows them: recorded by the hall's own steps on the platform's real
 * chain, read back as stored, then worded — numbers with their day and way of taking, counters by number, a
 * service by its name and a slot in the centre's zone (the trail holds it in UTC), in Chinese with no code left.
 */
class HallEntryWordsTest {

    /** What a Chinese reader must not see: a recorded code, key or UTC instant. */
    private static final Pattern CODE = Pattern.compile("online|kiosk|reception|morning|service:|slot:|from:|ref:|@|"
            + "\\d{2}:\\d{2}:\\d{2}Z");

    @TempDir
    Path folder;
    HallDesk desk;

    @BeforeEach
    void open() throws Exception {
        desk = new HallDesk(folder);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theHallsEntriesReadInTheReadersWordsWithTheirTimesInTheCentresZone() throws Exception {
        desk.clock.advance(Duration.ofMinutes(30));
        Dispenser dispenser = desk.dispenser();
        long preexam = desk.service("preexam").id();
        dispenser.take(new Dispenser.Asked(preexam, null, null, null), HallDesk.visitor(1));
        dispenser.take(new Dispenser.Asked(desk.service("assistance").id(), "2026-12-02", null, "afternoon"),
                HallDesk.visitor(2));
        CounterDesk counters = desk.counterDesk();
        counters.open(1, CounterDeskTest.CLERK);
        counters.callNext(1, CounterDeskTest.CLERK);
        desk.counterMoves().serve(1, CounterDeskTest.CLERK);
        desk.counterMoves().transfer(1, desk.service("enquiry").id(), CounterDeskTest.CLERK);
        Appointment booked = desk.appointments().book(preexam, HallDesk.slot(HallDesk.TODAY.plusDays(1), 14, 0),
                "YS-2026-000001", HallDesk.visitor(3));
        desk.appointments().change(booked.id(), HallDesk.slot(HallDesk.TODAY.plusDays(1), 15, 0), HallDesk.visitor(3));

        HallEntryWords words = new HallEntryWords(desk.hall, desk.hours, ModuleTexts.strict());
        List<String> zh = worded(words, Language.ZH_CN);
        String enquiry = desk.service("enquiry").nameZh();
        String preexamName = desk.service("preexam").nameZh();
        assertEquals(List.of(
                "ticketing.ticket.taken 排队号 → 号码 A001，2026-12-01，线上取号",
                "ticketing.ticket.taken 排队号 → 号码 B001，2026-12-02 下午，线上取号",
                "ticketing.counter.opened 1 号窗口 → ",
                "ticketing.counter.called 排队号 → 号码 A001，1 号窗口",
                "ticketing.counter.serving 排队号 → 号码 A001，1 号窗口",
                "ticketing.counter.transferred 排队号 → 号码 A001，1 号窗口，由“" + preexamName + "”转出",
                "ticketing.appointment.booked 大厅预约 → " + preexamName + "，2026-12-02 14:00，关联事项 YS-2026-000001",
                "ticketing.appointment.changed 大厅预约 → " + preexamName
                        + "，2026-12-02 15:00，原时段 2026-12-02 14:00"), zh);
        for (String line : zh) {
            assertFalse(CODE.matcher(line.substring(line.indexOf('→'))).find(), line);
        }
        assertFalse(enquiry.isBlank());
        List<String> en = worded(words, Language.EN);
        assertEquals("ticketing.ticket.taken 排队号 → number B001, 2026-12-02 afternoon, taken online", en.get(1));
        assertEquals("ticketing.counter.transferred 排队号 → number A001 at counter 1, moved from \""
                + desk.service("preexam").nameEn() + "\"", en.get(5));
    }

    /** Each recorded entry of the hall as "action target-kind → detail in words" (the platform words the kinds). */
    private List<String> worded(HallEntryWords words, Language language) throws Exception {
        List<String> actions = desk.column("SELECT ACTION FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'ticketing.%'"
                + " ORDER BY SEQ");
        List<String> targets = desk.column("SELECT TARGET FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'ticketing.%'"
                + " ORDER BY SEQ");
        List<String> details = desk.column("SELECT DETAIL FROM PLATFORM.AUDIT_ENTRY WHERE ACTION LIKE 'ticketing.%'"
                + " ORDER BY SEQ");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            String target = targets.get(i);
            String kind = switch (target.substring(0, target.indexOf(':'))) {
                case "ticket" -> "排队号";
                case "appointment" -> "大厅预约";
                case "counter" -> target.substring(8) + " 号窗口";
                default -> target;
            };
            String detail = details.get(i) == null ? "" : details.get(i);
            lines.add(actions.get(i) + " " + kind + " → " + (detail.isEmpty() ? ""
                    : words.detail(actions.get(i), target, detail, language).orElse("(as recorded) " + detail)));
        }
        return lines;
    }
}

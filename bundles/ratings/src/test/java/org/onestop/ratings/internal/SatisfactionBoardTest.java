package org.onestop.ratings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.module.Refusal;
import org.onestop.testing.FixedCalendar;
import org.onestop.testing.ModuleTexts;
import org.onestop.testing.TestDatabase;

/** The month's satisfaction as supervisors ask it and, only when the operator publishes it, as the public sees it. */
class SatisfactionBoardTest {

    @TempDir
    Path folder;
    private TestDatabase db;

    @BeforeEach
    void start() throws Exception {
        db = TestDatabase.of(folder, "RATINGS");
        rated(1, "YS-2026-000001", "preexam", "very-satisfied", "2026-12");
        rated(2, "YS-2026-000002", "preexam", "fairly-satisfied", "2026-12");
        rated(3, "WQ-2026-000001", "assistance", "dissatisfied", "2026-11");
    }

    @AfterEach
    void stop() {
        db.close();
    }

    @Test
    void supervisorsAskAnyMonthOfTheFormYearMonth() throws Exception {
        SatisfactionBoard board = board(false);
        Satisfaction december = board.month(null);
        assertEquals("2026-12", december.month(), "this month of the centre");
        assertEquals(80.0, december.overall().score());
        assertEquals(40.0, board.month("2026-11").overall().score());
        assertEquals(400, assertThrows(Refusal.class, () -> board.month("2026-13")).status());
        assertEquals(400, assertThrows(Refusal.class, () -> board.month("12/2026")).status());
    }

    @Test
    void thePublicSeesTheMonthsSatisfactionOnlyWhenItIsPublished() throws Exception {
        assertEquals(Map.of(), board(false).notes(Language.ZH_CN));
        assertTrue(board(false).published(Language.EN).isEmpty());
        SatisfactionBoard published = board(true);
        assertEquals(Map.of("preexam", "本月满意度 80.0 分（2 条评价）"), published.notes(Language.ZH_CN));
        assertEquals(Map.of("preexam", "Satisfaction this month: 80.0 points (2 ratings)"),
                published.notes(Language.EN));
        assertEquals("{month=2026-12, target=83, services=[{module=preexam, title=preexam.module.title, count=2,"
                + " score=80.0}]}", published.published(Language.ZH_CN).orElseThrow().toString());
    }

    private SatisfactionBoard board(boolean published) {
        return new SatisfactionBoard(new RatingStore(db.dataSource()),
                FixedCalendar.weekdays(java.time.LocalDate.of(2026, 12, 3)), ModuleTexts.orKeys(),
                config(published));
    }

    private void rated(long id, String tracking, String module, String level, String month) throws Exception {
        db.execute("INSERT INTO INVITATION (CASE_ID, TRACKING_NUMBER, MODULE, CASE_TYPE, TITLE, STATUS, STATUS_ZH,"
                + " STATUS_EN, APPLICANT_ID, INVITED_AT, LEVEL_CODE, COMMENT_TEXT, RATED_AT, RATED_MONTH) VALUES ("
                + id + ", '" + tracking + "', '" + module + "', 'request', '标题', 'filed', '已提交', 'Filed', 3,"
                + " {ts '2026-11-20 02:00:00'}, '" + level + "', '', {ts '2026-11-20 02:00:00'}, '"
                + month + "')");
    }

    static RatingsConfig config(boolean published) {
        return new RatingsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RatingsConfig.class;
            }

            @Override
            public int follow_up_days() {
                return 15;
            }

            @Override
            public int target() {
                return 83;
            }

            @Override
            public boolean public_satisfaction() {
                return published;
            }
        };
    }
}

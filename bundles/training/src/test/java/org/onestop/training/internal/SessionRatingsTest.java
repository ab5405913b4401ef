package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.training.internal.TrainingDesk.TRAINER;
import static org.onestop.training.internal.TrainingDesk.at;
import static org.onestop.training.internal.TrainingDesk.innovator;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.training.internal.Attendance.Outcome;
import org.onestop.training.internal.Attendance.Way;

/**
 * The rating invitation after a session: once it has ended, each person checked in is invited once, through the
 * ratings bundle's real store, in the app and by mail; no-shows are not; without the ratings bundle nobody is
 * marked, so they are invited once it is there.
 */
class SessionRatingsTest {

    private static final List<String> ASKED = List.of(
            "training 专利检索实务（2026年12月20日） / 专利检索实务 (20 December 2026) content",
            "training 专利检索实务（2026年12月20日） / 专利检索实务 (20 December 2026) trainer",
            "training 专利检索实务（2026年12月20日） / 专利检索实务 (20 December 2026) organisation");

    @TempDir
    Path folder;

    private TrainingDesk t;
    private long session;

    @BeforeEach
    void open() throws Exception {
        t = new TrainingDesk(folder, 24, 24);
        session = t.publishedSession(3, 0);
        Enrolment first = t.waitlist.enrol(session, innovator(1));
        Enrolment second = t.waitlist.enrol(session, innovator(2));
        t.waitlist.enrol(session, innovator(3));
        t.clock.set(at(20, 9).plus(Duration.ofMinutes(20)));
        assertEquals(Outcome.CHECKED_IN, t.attendance.checkIn(session, first.id(), Way.DOOR, TRAINER).outcome());
        assertEquals(Outcome.CHECKED_IN, t.attendance.checkIn(session, second.id(), Way.DESK, TRAINER).outcome());
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void thoseCheckedInAreInvitedOnceAfterTheSessionHasEnded() throws Exception {
        t.clock.set(at(20, 11));
        assertEquals(0, t.sessionRatings.invite(), "not before the session has ended");
        t.clock.set(at(20, 12));
        assertEquals(2, t.sessionRatings.invite());
        assertEquals(ASKED, t.invitedToRate(1));
        assertEquals(ASKED, t.invitedToRate(2));
        assertEquals(List.of(), t.invitedToRate(3), "a no-show is not invited");
        String link = last(t.noticeLinksTo(1));
        assertTrue(link.matches("/ratings/RATE-2026-[0-9]{6}"), link);
        assertEquals(2, t.mailedWith("ratings.notice.subject.subject"), "told by mail too");
        assertEquals(0, t.sessionRatings.invite(), "invited once");
        assertEquals(ASKED, t.invitedToRate(1));
    }

    @Test
    void withoutTheRatingsBundleNobodyIsMarkedSoTheyAreInvitedOnceItIsThere() throws Exception {
        t.clock.set(at(20, 12));
        assertEquals(0, t.withoutRatings.invite());
        assertEquals(List.of(), t.invitedToRate(1));
        assertEquals(2, t.sessionRatings.invite());
        assertEquals(ASKED, t.invitedToRate(1));
    }

    @Test
    void anInvitationThatFailsMarksNobody() throws Exception {
        t.clock.set(at(20, 12));
        SessionRatings failing = new SessionRatings(t.catalogue, () -> TrainingDesk.SHANGHAI, t.clock,
                (tx, subject) -> {
                    throw new SQLException("the ratings' tables are gone");
                });
        assertThrows(SQLException.class, failing::invite);
        assertEquals(2, t.sessionRatings.invite(), "the enrolment's mark was rolled back with the invitation");
    }

    private static String last(List<String> values) {
        return values.get(values.size() - 1);
    }
}

package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.training.internal.TrainingDesk.TRAINER;
import static org.onestop.training.internal.TrainingDesk.at;
import static org.onestop.training.internal.TrainingDesk.innovator;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.training.internal.Attendance.Outcome;
import org.onestop.training.internal.Attendance.Way;

/** Check-in: once per confirmed place, for its own session, from two hours before the start until the end. */
class AttendanceTest {

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
    void aConfirmedPlaceIsCheckedInOnceDuringItsSession() throws Exception {
        long session = t.publishedSession(1, 0);
        Enrolment placed = t.waitlist.enrol(session, innovator(1));
        Enrolment waiting = t.waitlist.enrol(session, innovator(2));

        assertEquals(Outcome.NOT_NOW, t.attendance.checkIn(session, placed.id(), Way.DOOR, TRAINER).outcome(),
                "nineteen days early");
        t.clock.set(at(20, 7).plus(Duration.ofMinutes(5)));
        Attendance.CheckIn in = t.attendance.checkIn(session, placed.id(), Way.DOOR, TRAINER);
        assertEquals(Outcome.CHECKED_IN, in.outcome());
        assertEquals(t.clock.instant(), in.checkedInAt());
        Attendance.CheckIn again = t.attendance.checkIn(session, placed.id(), Way.DESK, TRAINER);
        assertEquals(Outcome.ALREADY_USED, again.outcome());
        assertEquals(in.checkedInAt(), again.checkedInAt(), "the first check-in's time is kept");
        assertEquals(Outcome.NO_PLACE, t.attendance.checkIn(session, waiting.id(), Way.DOOR, TRAINER).outcome());
        assertEquals(Outcome.UNKNOWN, t.attendance.checkIn(session, 999_999, Way.DOOR, TRAINER).outcome());
        assertTrue(t.audited().contains("training.attendance.door"));
    }

    @Test
    void anEnrolmentOfAnotherSessionIsNotLetInAndTheOnlineLinkOpensAQuarterHourEarly() throws Exception {
        long first = t.publishedSession(5, 0);
        long second = t.publishedSession(5, 0);
        Enrolment mine = t.waitlist.enrol(first, innovator(3));
        Enrolment late = t.waitlist.enrol(second, innovator(4));
        t.clock.set(at(20, 8).plus(Duration.ofMinutes(40)));
        assertEquals(Outcome.OTHER_SESSION, t.attendance.checkIn(second, mine.id(), Way.DOOR, TRAINER).outcome());
        assertEquals(Outcome.NOT_NOW, t.attendance.checkIn(first, mine.id(), Way.ONLINE, innovator(3)).outcome(),
                "twenty minutes before the start");
        t.clock.set(at(20, 8).plus(Duration.ofMinutes(50)));
        assertEquals(Outcome.CHECKED_IN, t.attendance.checkIn(first, mine.id(), Way.ONLINE, innovator(3)).outcome());
        t.clock.set(at(20, 12));
        assertEquals(Outcome.NOT_NOW, t.attendance.checkIn(second, late.id(), Way.DESK, TRAINER).outcome(),
                "the session ended at 11:30");
    }
}

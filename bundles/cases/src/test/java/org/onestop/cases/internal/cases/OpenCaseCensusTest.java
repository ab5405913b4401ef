package org.onestop.cases.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.CaseCensus.OpenCount;
import org.onestop.api.cases.Move;
import org.onestop.api.cases.NewCase;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.platform.internal.db.Transaction;

/** The census of open cases on the real case tables, as the health figures read it. */
class OpenCaseCensusTest {

    /** Thursday 12 February 2026, 10:00 in Beijing: a case opened now is due on Tuesday 24 February. */
    private static final Instant THURSDAY = Instant.parse("2026-02-12T02:00:00Z");

    @TempDir
    Path folder;

    private CaseBench bench;
    private OpenCaseCensus census;

    @BeforeEach
    void start() throws Exception {
        bench = new CaseBench(folder, THURSDAY);
        census = new OpenCaseCensus(bench.database.gateway(), bench.calendar);
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    private String open(Caller applicant) throws SQLException {
        return Transaction.run(bench.database.gateway(), tx -> bench.engine.open(tx,
                new NewCase("sample", "request", "A request", null, null, List.of()), applicant)).trackingNumber();
    }

    @Test
    void countsOpenCasesByModuleAndStatusAndLeavesClosedOnesOut() throws Exception {
        Caller applicant = bench.account("applicant", AccountKind.INNOVATOR);
        Caller examiner = bench.account("examiner", AccountKind.STAFF, Role.EXAMINER);
        assertEquals(List.of(), census.open());

        open(applicant);
        String started = open(applicant);
        String decided = open(applicant);
        bench.engine.move(started, Move.of("start", null), examiner);
        bench.engine.move(decided, Move.of("start", null), examiner);
        bench.engine.move(decided, Move.of("decide", "granted"), examiner);

        assertEquals(List.of(new OpenCount("sample", "review", 1), new OpenCount("sample", "submitted", 1)),
                census.open());
    }

    @Test
    void countsOpenCasesPastTheirDueDateAsOverdue() throws Exception {
        Caller applicant = bench.account("applicant", AccountKind.INNOVATOR);
        open(applicant);
        open(applicant);
        assertEquals(0, census.overdue());

        bench.clock.advance(Duration.between(THURSDAY, Instant.parse("2026-02-24T02:00:00Z")));
        assertEquals(0, census.overdue(), "due today is not yet overdue");

        bench.clock.advance(Duration.ofDays(1));
        assertEquals(2, census.overdue());
    }
}

package org.onestop.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Role;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.testing.TestDatabase;

/** Sessions, one-time links and the login throttle against the platform's real schema in Derby. */
class StoredIdentityTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    @TempDir
    Path folder;
    private DataSource database;
    private long account;

    @BeforeEach
    void database() throws Exception {
        database = TestDatabase.of(folder, "PLATFORM").dataSource();
        account = Transaction.run(database, c -> new AccountStore().create(c, new AccountStore.NewAccount(
                "Li.Lei@Example.cn", "李雷", null, AccountKind.STAFF, "x", true, false, Language.ZH_CN,
                Set.of(Role.EXAMINER, Role.SUPERVISOR)), T0));
    }

    @Test
    void accountsAreFoundByTheirEmailWhateverItsCase() throws Exception {
        Account found = Transaction.run(database, c -> new AccountStore().byEmail(c, " LI.LEI@example.CN"))
                .orElseThrow();
        assertEquals("li.lei@example.cn", found.email());
        assertEquals(Set.of(Role.EXAMINER, Role.SUPERVISOR), found.roles());
    }

    @Test
    void aSessionEndsAfterItsIdleTime() throws Exception {
        SessionStore sessions = new SessionStore();
        String id = Transaction.run(database, c -> sessions.start(c, account, T0, Duration.ofHours(12), "1.2.3.4"));
        Duration idle = Duration.ofMinutes(30);
        Account signedIn = find(sessions, id, T0.plus(Duration.ofMinutes(29)), idle).orElseThrow().account();
        assertEquals("li.lei@example.cn", signedIn.email());
        assertEquals(Set.of(Role.EXAMINER, Role.SUPERVISOR), signedIn.roles());
        assertTrue(find(sessions, id, T0.plus(Duration.ofMinutes(58)), idle).isPresent(), "activity extends it");
        assertFalse(find(sessions, id, T0.plus(Duration.ofMinutes(90)), idle).isPresent());
    }

    @Test
    void aSessionOfAnAccountWithoutRolesHasItsAccount() throws Exception {
        long innovator = Transaction.run(database, c -> new AccountStore().create(c, new AccountStore.NewAccount(
                "han.meimei@example.cn", "韩梅梅", null, AccountKind.INNOVATOR, "x", true, false, Language.EN,
                Set.of()), T0));
        SessionStore sessions = new SessionStore();
        String id = Transaction.run(database, c -> sessions.start(c, innovator, T0, Duration.ofHours(12), ""));

        Account signedIn = find(sessions, id, T0.plusSeconds(5), Duration.ofMinutes(30)).orElseThrow().account();
        assertEquals(innovator, signedIn.id());
        assertEquals(Language.EN, signedIn.language());
        assertEquals(Set.of(), signedIn.roles());
    }

    @Test
    void aSessionEndsAtItsLifetimeHoweverActive() throws Exception {
        SessionStore sessions = new SessionStore();
        String id = Transaction.run(database, c -> sessions.start(c, account, T0, Duration.ofHours(2), ""));
        Duration idle = Duration.ofMinutes(30);
        for (int minutes = 20; minutes < 120; minutes += 20) {
            assertTrue(find(sessions, id, T0.plus(Duration.ofMinutes(minutes)), idle).isPresent());
        }
        assertFalse(find(sessions, id, T0.plus(Duration.ofMinutes(121)), idle).isPresent());
    }

    @Test
    void endingAllSessionsOfAnAccountEndsEveryOne() throws Exception {
        SessionStore sessions = new SessionStore();
        Duration life = Duration.ofHours(1);
        String a = Transaction.run(database, c -> sessions.start(c, account, T0, life, ""));
        String b = Transaction.run(database, c -> sessions.start(c, account, T0, life, ""));
        int ended = Transaction.run(database, c -> sessions.endAll(c, account));
        assertEquals(2, ended);
        assertFalse(find(sessions, a, T0, life).isPresent());
        assertFalse(find(sessions, b, T0, life).isPresent());
        assertFalse(find(sessions, "not-a-session", T0, life).isPresent());
    }

    @Test
    void aLinkWorksOnceAndNotAfterItExpires() throws Exception {
        AccountLinks links = new AccountLinks();
        String token = Transaction.run(database, c -> links.issue(c, account, AccountLinks.Purpose.RESET, T0,
                Duration.ofMinutes(30)));
        assertEquals(OptionalLong.empty(), redeem(links, token, AccountLinks.Purpose.CONFIRM, T0),
                "a reset link does not confirm an email");
        assertEquals(OptionalLong.of(account), redeem(links, token, AccountLinks.Purpose.RESET, T0.plusSeconds(60)));
        assertEquals(OptionalLong.empty(), redeem(links, token, AccountLinks.Purpose.RESET, T0.plusSeconds(61)));

        String late = Transaction.run(database, c -> links.issue(c, account, AccountLinks.Purpose.RESET, T0,
                Duration.ofMinutes(30)));
        assertEquals(OptionalLong.empty(), redeem(links, late, AccountLinks.Purpose.RESET, T0.plusSeconds(1801)));
    }

    @Test
    void aNewLinkReplacesTheOlderOne() throws Exception {
        AccountLinks links = new AccountLinks();
        Duration validity = Duration.ofMinutes(30);
        String first = Transaction.run(database, c -> links.issue(c, account, AccountLinks.Purpose.RESET, T0,
                validity));
        String second = Transaction.run(database, c -> links.issue(c, account, AccountLinks.Purpose.RESET,
                T0.plusSeconds(5), validity));
        assertEquals(OptionalLong.empty(), redeem(links, first, AccountLinks.Purpose.RESET, T0.plusSeconds(10)));
        assertEquals(OptionalLong.of(account), redeem(links, second, AccountLinks.Purpose.RESET, T0.plusSeconds(10)));
    }

    @Test
    void afterFiveFailuresEachAttemptWaitsLonger() throws Exception {
        LoginThrottle throttle = new LoginThrottle(5);
        Instant now = T0;
        for (int i = 1; i <= 4; i++) {
            fail(throttle, "li.lei@example.cn", now);
            assertEquals(Optional.empty(), wait(throttle, "li.lei@example.cn", now), "attempt " + i + " is free");
        }
        Duration previous = Duration.ZERO;
        for (int i = 5; i <= 9; i++) {
            fail(throttle, "LI.LEI@example.cn", now);
            Duration wait = wait(throttle, "li.lei@example.cn", now).orElseThrow();
            assertTrue(wait.compareTo(previous) > 0, "failure " + i + " waits " + wait + ", longer than " + previous);
            previous = wait;
            now = now.plus(wait);
            assertEquals(Optional.empty(), wait(throttle, "li.lei@example.cn", now));
        }
        Transaction.run(database, c -> {
            throttle.succeeded(c, "li.lei@example.cn");
            return null;
        });
        fail(throttle, "li.lei@example.cn", now);
        assertEquals(Optional.empty(), wait(throttle, "li.lei@example.cn", now), "a success starts afresh");
    }

    @Test
    void unknownEmailsAreThrottledAlikeAndTheWaitHasACeiling() throws Exception {
        LoginThrottle throttle = new LoginThrottle(5);
        for (int i = 0; i < 40; i++) {
            fail(throttle, "nobody@example.cn", T0);
        }
        Duration wait = wait(throttle, "nobody@example.cn", T0).orElseThrow();
        assertEquals(LoginThrottle.LONGEST_WAIT, wait);
        assertEquals(Optional.empty(), wait(throttle, "li.lei@example.cn", T0), "other accounts are not slowed");
    }

    private Optional<SessionStore.Live> find(SessionStore sessions, String id, Instant at, Duration idle)
            throws Exception {
        return Transaction.run(database, c -> sessions.find(c, id, at, idle));
    }

    private OptionalLong redeem(AccountLinks links, String token, AccountLinks.Purpose purpose, Instant at)
            throws Exception {
        return Transaction.run(database, c -> links.redeem(c, token, purpose, at));
    }

    private void fail(LoginThrottle throttle, String email, Instant at) throws Exception {
        Transaction.run(database, (Connection c) -> throttle.failed(c, email, at));
    }

    private Optional<Duration> wait(LoginThrottle throttle, String email, Instant at) throws Exception {
        return Transaction.run(database, c -> throttle.wait(c, email, at));
    }
}

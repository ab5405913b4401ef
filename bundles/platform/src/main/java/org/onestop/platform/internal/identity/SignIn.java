package org.onestop.platform.internal.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.Refusal;
import org.onestop.api.schedule.ScheduledTask;
import org.onestop.api.schedule.Scheduler;
import org.onestop.api.schema.SqlFailures;
import org.onestop.platform.internal.db.Database;
import org.onestop.platform.internal.db.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Logging in and out, finding the account behind a session cookie, and changing one's password. A login always
 * starts a new session (the old id, if any, is ended), and a password change ends every session of the account.
 * Wrong passwords are throttled per email; every outcome is in the audit trail.
 */
@Component(service = SignIn.class, immediate = true, configurationPid = IdentityConfig.PID)
@Designate(ocd = IdentityConfig.class)
public final class SignIn {

    private final DataSource database;
    /** The gateway's pool, its connections in whichever schema they were last used: for the session look-up. */
    private final DataSource anySchema;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountStore accounts = new AccountStore();
    private final SessionStore sessions = new SessionStore();
    private ScheduledTask sweeping;
    private volatile IdentityConfig config;
    private volatile PasswordHashing hashing;
    private volatile Secrets secrets;

    @Activate
    public SignIn(@Reference(target = "(onestop.schema=PLATFORM)") DataSource database,
            @Reference(target = Database.TARGET) DataSource anySchema, @Reference AuditTrail audit,
            @Reference Scheduler scheduler, IdentityConfig config) throws SQLException {
        this(database, anySchema, audit, config, Clock.systemUTC());
        // every ten minutes, ended sessions are removed from the table
        sweeping = scheduler.onOneNode("identity.session-sweep", Duration.ofMinutes(10), Duration.ofMinutes(10),
                this::sweep);
    }

    SignIn(DataSource database, DataSource anySchema, AuditTrail audit, IdentityConfig config, Clock clock)
            throws SQLException {
        this.database = database;
        this.anySchema = anySchema;
        this.audit = audit;
        this.clock = clock;
        modified(config);
        this.secrets = new Secrets(Transaction.run(database, GatewaySecret::load));
    }

    @Deactivate
    void close() {
        if (sweeping != null) {
            sweeping.close();
        }
    }

    @Modified
    void modified(IdentityConfig changed) {
        this.config = changed;
        if (hashing == null || hashing.iterations() != changed.password_iterations()) {
            this.hashing = new PasswordHashing(Math.max(PasswordHashing.MIN_ITERATIONS,
                    changed.password_iterations()));
        }
    }

    public IdentityConfig config() {
        return config;
    }

    public PasswordHashing hashing() {
        return hashing;
    }

    /** Signs of the gateway, for CSRF tokens. */
    public Secrets secrets() {
        return secrets;
    }

    /**
     * Checks an email and password and starts a session. Refused with 429 while the email is throttled (after
     * {@code login.free.attempts} failures: the next attempt waits 1 s, then 2 s, 4 s … after each further failure),
     * with 401 for a wrong email or password (the same answer for both), with 403 for an unconfirmed email or a
     * disabled account.
     */
    public SignedIn login(String email, String password, String previousSession, String client)
            throws SQLException {
        Instant now = clock.instant();
        String address = AccountStore.normalEmail(email);
        LoginThrottle throttle = new LoginThrottle(config.login_free_attempts());
        Optional<Duration> wait = Transaction.run(database, c -> throttle.wait(c, address, now));
        if (wait.isPresent()) {
            Transaction.run(database, c -> {
                audit.record(c, new AuditEntry("anonymous", "login.throttled", "email:" + address, client,
                        "wait " + wait.get().toSeconds() + " s"));
                return null;
            });
            throw Refusal.tooSoon(wait.get(), "identity.login.throttled");
        }
        Optional<Account> found = Transaction.run(database, c -> accounts.byEmail(c, address));
        String hash = found.map(Account::passwordHash).orElse(null);
        boolean matches = hashing.matches(password == null ? new char[0] : password.toCharArray(), hash);
        if (!matches) {
            Transaction.Work<Integer> record = c -> {
                int n = throttle.failed(c, address, now);
                audit.record(c, new AuditEntry(found.map(a -> "account:" + a.id()).orElse("anonymous"),
                        "login.failed", "email:" + address, client, "consecutive failures: " + n));
                return n;
            };
            int failures;
            try {
                failures = Transaction.run(database, record);
            } catch (SQLException concurrentFirstFailure) {
                if (!SqlFailures.duplicateKey(concurrentFirstFailure)) {
                    throw concurrentFirstFailure;
                }
                failures = Transaction.run(database, record);
            }
            if (failures > config.login_free_attempts()) {
                // past the free attempts: wrong again, and the next attempt waits twice as long as this one did
                throw Refusal.tooSoon(throttle.delayAfter(failures), "identity.login.throttled");
            }
            throw new Refusal(401, "identity.login.wrong");
        }
        Account account = found.orElseThrow();
        if (!account.active()) {
            throw new Refusal(403, "identity.login.disabled");
        }
        if (!account.emailConfirmed()) {
            throw new Refusal(403, "identity.login.unconfirmed");
        }
        return Transaction.run(database, c -> {
            if (previousSession != null) {
                sessions.end(c, previousSession);
            }
            throttle.succeeded(c, address);
            String id = sessions.start(c, account.id(), now, lifetime(), client);
            audit.record(c, new AuditEntry("account:" + account.id(), "login.ok", "account:" + account.id(),
                    client, ""));
            return new SignedIn(id, account);
        });
    }

    /**
     * The live session behind a cookie value, with its account, if any: looked up on a pooled connection as it is,
     * without setting its schema ({@link SessionStore#find}), since the module that serves the request uses it next.
     */
    public Optional<SignedIn> find(String sessionId) throws SQLException {
        if (sessionId == null || sessionId.isBlank() || sessionId.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Transaction.run(anySchema, c -> {
            return sessions.find(c, sessionId, now, idle()).map(SessionStore.Live::account).filter(Account::active)
                    .map(a -> new SignedIn(sessionId, a));
        });
    }

    public void logout(SignedIn session, Caller caller) throws SQLException {
        Transaction.run(database, c -> {
            sessions.end(c, session.sessionId());
            audit.record(c, AuditEntry.by(caller, "logout", caller.actor(), ""));
            return null;
        });
    }

    /**
     * Changes the password of a signed-in account after checking the current one; ends all its sessions and
     * answers a new one for the browser that made the change.
     */
    public SignedIn changePassword(SignedIn session, Caller caller, String current, String next)
            throws SQLException {
        Account account = session.account();
        if (!hashing.matches(current == null ? new char[0] : current.toCharArray(), account.passwordHash())) {
            throw new Refusal(422, "identity.password.currentWrong");
        }
        PasswordPolicy.problem(next, account.email()).ifPresent(key -> {
            throw new Refusal(422, key);
        });
        if (hashing.matches(next.toCharArray(), account.passwordHash())) {
            throw new Refusal(422, "identity.password.same");
        }
        String hash = hashing.hash(next.toCharArray());
        Instant now = clock.instant();
        return Transaction.run(database, c -> {
            accounts.setPassword(c, account.id(), hash, false, now);
            int ended = sessions.endAll(c, account.id());
            String id = sessions.start(c, account.id(), now, lifetime(), caller.clientAddress());
            audit.record(c, AuditEntry.by(caller, "password.changed", "account:" + account.id(),
                    "sessions ended: " + ended));
            return new SignedIn(id, accounts.byId(c, account.id()).orElseThrow());
        });
    }

    /** Removes ended sessions from the table, and the client attempts no rate limit's window reaches. */
    public int sweep() throws SQLException {
        Instant now = clock.instant();
        return Transaction.run(database, c -> {
            ClientRateLimit.sweep(c, now.minus(Duration.ofDays(1)));
            return sessions.sweep(c, now, idle());
        });
    }

    Duration idle() {
        return Duration.ofMinutes(Math.max(1, config.session_idle_minutes()));
    }

    Duration lifetime() {
        return Duration.ofHours(Math.max(1, config.session_lifetime_hours()));
    }
}

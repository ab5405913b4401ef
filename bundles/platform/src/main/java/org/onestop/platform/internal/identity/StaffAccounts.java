package org.onestop.platform.internal.identity;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.mail.Outbox;
import org.onestop.api.module.Refusal;
import org.onestop.api.schema.SqlFailures;
import org.onestop.platform.internal.db.Transaction;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff accounts, which operators create (the new member gets a link to set a password) and give roles; and the
 * first operator, made on first start with an empty database, whose one-time password comes from configuration or
 * is printed once to the console and must be changed at first login.
 */
@Component(service = StaffAccounts.class, immediate = true, configurationPid = IdentityConfig.PID)
public final class StaffAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(StaffAccounts.class);
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final DataSource database;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Messages messages;
    private final SignIn signIn;
    private final String port;
    private final Clock clock;
    private final AccountStore accounts = new AccountStore();
    private final AccountLinks links = new AccountLinks();
    private volatile IdentityConfig config;

    @Activate
    public StaffAccounts(BundleContext context,
            @Reference(target = "(onestop.schema=PLATFORM)") DataSource database, @Reference AuditTrail audit,
            @Reference Outbox outbox, @Reference Messages messages, @Reference SignIn signIn, IdentityConfig config)
            throws SQLException {
        this(database, audit, outbox, messages, signIn, config, context.getProperty("org.osgi.service.http.port"),
                Clock.systemUTC());
        bootstrapOperator();
    }

    StaffAccounts(DataSource database, AuditTrail audit, Outbox outbox, Messages messages, SignIn signIn,
            IdentityConfig config, String port, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.outbox = outbox;
        this.messages = messages;
        this.signIn = signIn;
        this.config = config;
        this.port = port;
        this.clock = clock;
    }

    @Modified
    void modified(IdentityConfig changed) {
        this.config = changed;
    }

    public List<Account> staff() throws SQLException {
        return Transaction.run(database, accounts::staff);
    }

    public Optional<Account> find(long id) throws SQLException {
        return Transaction.run(database, c -> accounts.byId(c, id));
    }

    /** Creates a staff account with {@code roles} and mails its new owner a link to set a password. */
    public long create(Caller operator, String email, String displayName, Set<Role> roles, Language language)
            throws SQLException {
        AccountForm form = new AccountForm();
        String address = form.email("email", email);
        String name = form.text("displayName", displayName, 100);
        if (roles.isEmpty()) {
            form.problem("roles", "identity.staff.noRole");
        }
        form.check();
        Instant now = clock.instant();
        return Transaction.run(database, c -> {
            if (accounts.byEmail(c, address).isPresent()) {
                AccountForm taken = new AccountForm();
                taken.problem("email", "identity.staff.emailTaken");
                taken.check();
            }
            long id = accounts.create(c, new AccountStore.NewAccount(address, name, null, AccountKind.STAFF, null,
                    true, false, language, roles), now);
            String token = links.issue(c, id, AccountLinks.Purpose.INVITATION, now,
                    Duration.ofHours(Math.max(1, config.invitation_link_hours())));
            new AccountMail(outbox, messages, AccountMail.publicUrl(config, port)).invitation(c, address, language,
                    token);
            audit.record(c, AuditEntry.by(operator, "account.created", "account:" + id,
                    "staff " + address + " roles " + codes(roles)));
            return id;
        });
    }

    /** Gives a staff account exactly {@code roles}; the last active operator keeps the operator role. */
    public void changeRoles(Caller operator, long id, Set<Role> roles) throws SQLException {
        Transaction.run(database, c -> {
            Account account = accounts.byId(c, id).filter(a -> a.kind() == AccountKind.STAFF)
                    .orElseThrow(() -> new Refusal(404, "identity.staff.unknown"));
            if (roles.isEmpty()) {
                AccountForm form = new AccountForm();
                form.problem("roles", "identity.staff.noRole");
                form.check();
            }
            if (account.roles().contains(Role.OPERATOR) && !roles.contains(Role.OPERATOR) && account.active()
                    && accounts.countActiveWith(c, Role.OPERATOR) <= 1) {
                throw new Refusal(409, "identity.staff.lastOperator");
            }
            accounts.setRoles(c, id, roles);
            audit.record(c, AuditEntry.by(operator, "roles.changed", "account:" + id,
                    codes(account.roles()) + " -> " + codes(roles)));
            return null;
        });
    }

    /** Disables or enables an account; disabling ends its sessions. The last active operator stays enabled. */
    public void setActive(Caller operator, long id, boolean active) throws SQLException {
        Transaction.run(database, c -> {
            Account account = accounts.byId(c, id).orElseThrow(() -> new Refusal(404, "identity.staff.unknown"));
            if (!active && account.roles().contains(Role.OPERATOR) && account.active()
                    && accounts.countActiveWith(c, Role.OPERATOR) <= 1) {
                throw new Refusal(409, "identity.staff.lastOperator");
            }
            accounts.setActive(c, id, active);
            int ended = active ? 0 : new SessionStore().endAll(c, id);
            audit.record(c, AuditEntry.by(operator, active ? "account.enabled" : "account.disabled",
                    "account:" + id, active ? "" : "sessions ended: " + ended));
            return null;
        });
    }

    /**
     * On a database without any operator: creates one with a one-time password. The password is hashed (a deliberately
     * slow step) only when an account is to be made, not at every start.
     */
    void bootstrapOperator() throws SQLException {
        String email = AccountStore.normalEmail(config.bootstrap_operator_email());
        if (!Transaction.run(database, c -> withoutOperator(c, email))) {
            return;
        }
        String configured = config.bootstrap_operator_password();
        String password = configured.isBlank() ? newPassword() : configured;
        String hash = signIn.hashing().hash(password.toCharArray());
        boolean created;
        try {
            created = Transaction.run(database, c -> {
                if (!withoutOperator(c, email)) {
                    return false;
                }
                long id = accounts.create(c, new AccountStore.NewAccount(email, "Operator", null, AccountKind.STAFF,
                        hash, true, true, Language.ZH_CN, EnumSet.of(Role.OPERATOR)), clock.instant());
                audit.record(c, new AuditEntry("runtime", "account.created", "account:" + id, "",
                        "first operator " + email));
                return true;
            });
        } catch (SQLException e) {
            if (!SqlFailures.duplicateKey(e)) {
                throw e;
            }
            // another gateway node on the same database created it at the same moment: its account is the one
            LOG.info("First start: another gateway node created the operator account {}", email);
            created = false;
        }
        if (created) {
            LOG.info("First start: created the operator account {}", email);
            if (configured.isBlank()) {
                System.out.println("First start: operator account " + email + " with one-time password "
                        + password + " (to be changed at the first login)");
            }
        }
    }

    /** Whether the database has no active operator and no account with the first operator's address. */
    private boolean withoutOperator(Connection c, String email) throws SQLException {
        return accounts.countActiveWith(c, Role.OPERATOR) == 0 && accounts.byEmail(c, email).isEmpty();
    }

    private static String newPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).toList().toString();
    }
}

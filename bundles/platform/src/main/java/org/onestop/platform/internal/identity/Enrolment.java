package org.onestop.platform.internal.identity;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.mail.Outbox;
import org.onestop.api.module.Refusal;
import org.onestop.platform.internal.db.Transaction;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * How innovators join: registration with email and password, the confirmation link, a new link on request, and
 * password reset by email link (which also serves new staff members setting their first password). Answers never
 * tell whether an email is registered: the owner of an existing account gets a mail instead.
 */
@Component(service = Enrolment.class, immediate = true, configurationPid = IdentityConfig.PID)
public final class Enrolment {

    /**
     * What an innovator types to register, with the versions of the user agreement and the privacy notice the
     * innovator consented to (null when not).
     */
    public record Registration(String email, String password, String displayName, String mobile,
            Language language, String termsVersion, String privacyVersion) {
    }

    private final DataSource database;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Messages messages;
    private final SignIn signIn;
    private final Agreements agreements;
    private final String port;
    private final Clock clock;
    private final AccountStore accounts = new AccountStore();
    private final AccountLinks links = new AccountLinks();
    private final ClientRateLimit registrations;
    private final ClientRateLimit requests;
    private volatile IdentityConfig config;

    @Activate
    public Enrolment(BundleContext context, @Reference(target = "(onestop.schema=PLATFORM)") DataSource database,
            @Reference AuditTrail audit, @Reference Outbox outbox, @Reference Messages messages,
            @Reference SignIn signIn, @Reference Agreements agreements, IdentityConfig config) {
        this(database, audit, outbox, messages, signIn, agreements, config,
                context.getProperty("org.osgi.service.http.port"), Clock.systemUTC());
    }

    Enrolment(DataSource database, AuditTrail audit, Outbox outbox, Messages messages, SignIn signIn,
            Agreements agreements, IdentityConfig config, String port, Clock clock) {
        this.database = database;
        this.registrations = new ClientRateLimit(database, "register", Duration.ofHours(1));
        this.requests = new ClientRateLimit(database, "link.request", Duration.ofHours(1));
        this.audit = audit;
        this.outbox = outbox;
        this.messages = messages;
        this.signIn = signIn;
        this.agreements = agreements;
        this.config = config;
        this.port = port;
        this.clock = clock;
    }

    @Modified
    void modified(IdentityConfig changed) {
        this.config = changed;
    }

    /**
     * Registers an innovator who consented to the current user agreement and privacy notice, stores the consent
     * and mails the confirmation link (or, for a known email, a notice to its owner).
     */
    public void register(Registration r, String client) throws SQLException {
        String terms = agreements.version(Agreements.Kind.TERMS)
                .orElseThrow(() -> new Refusal(503, "identity.consent.unavailable"));
        String privacy = agreements.version(Agreements.Kind.PRIVACY)
                .orElseThrow(() -> new Refusal(503, "identity.consent.unavailable"));
        AccountForm form = new AccountForm();
        String email = form.email("email", r.email());
        form.password("password", r.password(), email);
        String name = form.text("displayName", r.displayName(), 100);
        String mobile = form.mobile("mobile", r.mobile());
        if (r.termsVersion() == null || r.termsVersion().isBlank() || r.privacyVersion() == null
                || r.privacyVersion().isBlank()) {
            form.problem("consent", "identity.consent.required");
        } else if (!terms.equals(r.termsVersion().strip()) || !privacy.equals(r.privacyVersion().strip())) {
            form.problem("consent", "identity.consent.outdated");
        }
        form.check();
        Instant now = clock.instant();
        if (!registrations.tryAcquire(client, config.registrations_per_hour(), now)) {
            throw Refusal.tooSoon(Duration.ofMinutes(10), "identity.register.tooMany");
        }
        String hash = signIn.hashing().hash(r.password().toCharArray());
        Transaction.run(database, c -> {
            Optional<Account> existing = accounts.byEmail(c, email);
            if (existing.isPresent()) {
                mail().alreadyRegistered(c, email, existing.get().language());
                audit.record(c, new AuditEntry("anonymous", "account.register.existing",
                        "account:" + existing.get().id(), client, ""));
                return null;
            }
            long id = accounts.create(c, new AccountStore.NewAccount(email, name, mobile, AccountKind.INNOVATOR,
                    hash, false, false, r.language(), Set.of()), now);
            accounts.consent(c, id, Agreements.Kind.TERMS.code(), terms, now, client);
            accounts.consent(c, id, Agreements.Kind.PRIVACY.code(), privacy, now, client);
            String token = links.issue(c, id, AccountLinks.Purpose.CONFIRM, now, confirmationValidity());
            mail().confirmation(c, email, r.language(), token);
            audit.record(c, new AuditEntry("account:" + id, "account.created", "account:" + id, client,
                    "innovator registered"));
            audit.record(c, new AuditEntry("account:" + id, "account.consented", "account:" + id, client,
                    "terms " + terms + ", privacy " + privacy));
            return null;
        });
    }

    /** The user agreement and privacy notice versions account {@code id} consented to, and when. */
    public java.util.List<AccountStore.Consent> consents(long id) throws SQLException {
        return Transaction.run(database, c -> accounts.consents(c, id));
    }

    /** Confirms the email of the link's account; refused (410) when the link is unknown, used or expired. */
    public void confirm(String token, String client) throws SQLException {
        Instant now = clock.instant();
        boolean done = Transaction.run(database, c -> {
            OptionalLong id = links.redeem(c, token, AccountLinks.Purpose.CONFIRM, now);
            if (id.isEmpty()) {
                return false;
            }
            accounts.confirmEmail(c, id.getAsLong());
            audit.record(c, new AuditEntry("account:" + id.getAsLong(), "account.confirmed",
                    "account:" + id.getAsLong(), client, ""));
            return true;
        });
        if (!done) {
            throw new Refusal(410, "identity.link.invalid");
        }
    }

    /** Sends a new confirmation link if {@code email} has an unconfirmed account; the same answer either way. */
    public void resendConfirmation(String email, String client) throws SQLException {
        limitRequests(client);
        Instant now = clock.instant();
        Transaction.run(database, c -> {
            Optional<Account> account = accounts.byEmail(c, email).filter(a -> !a.emailConfirmed() && a.active());
            if (account.isPresent()) {
                String token = links.issue(c, account.get().id(), AccountLinks.Purpose.CONFIRM, now,
                        confirmationValidity());
                mail().confirmation(c, account.get().email(), account.get().language(), token);
            }
            return null;
        });
    }

    /** Mails a password reset link if {@code email} has an active account; the same answer either way. */
    public void requestReset(String email, String client) throws SQLException {
        limitRequests(client);
        Instant now = clock.instant();
        Transaction.run(database, c -> {
            Optional<Account> account = accounts.byEmail(c, email).filter(Account::active);
            if (account.isPresent()) {
                long id = account.get().id();
                String token = links.issue(c, id, AccountLinks.Purpose.RESET, now,
                        Duration.ofMinutes(Math.max(1, config.reset_link_minutes())));
                mail().reset(c, account.get().email(), account.get().language(), token);
                audit.record(c, new AuditEntry("anonymous", "password.reset.requested", "account:" + id, client,
                        ""));
            }
            return null;
        });
    }

    /** Whether a reset or invitation link is still usable (to show the form or say it is not). */
    public boolean resetLinkLive(String token) throws SQLException {
        Instant now = clock.instant();
        return Transaction.run(database, c -> links.peek(c, token, AccountLinks.Purpose.RESET, now).isPresent()
                || links.peek(c, token, AccountLinks.Purpose.INVITATION, now).isPresent());
    }

    /**
     * Sets a new password through a reset or invitation link, once: the link is used up, the email counts as
     * confirmed (the link reached it), and every session of the account ends.
     */
    public void reset(String token, String password, String client) throws SQLException {
        Instant now = clock.instant();
        Optional<Account> account = Transaction.run(database, c -> {
            OptionalLong id = links.peek(c, token, AccountLinks.Purpose.RESET, now);
            if (id.isEmpty()) {
                id = links.peek(c, token, AccountLinks.Purpose.INVITATION, now);
            }
            return id.isEmpty() ? Optional.<Account>empty() : accounts.byId(c, id.getAsLong());
        });
        if (account.isEmpty()) {
            throw new Refusal(410, "identity.link.invalid");
        }
        AccountForm form = new AccountForm();
        form.password("password", password, account.get().email());
        form.check();
        String hash = signIn.hashing().hash(password.toCharArray());
        long id = account.get().id();
        boolean done = Transaction.run(database, c -> {
            if (links.redeem(c, token, AccountLinks.Purpose.RESET, now).isEmpty()
                    && links.redeem(c, token, AccountLinks.Purpose.INVITATION, now).isEmpty()) {
                return false;
            }
            accounts.setPassword(c, id, hash, false, now);
            accounts.confirmEmail(c, id);
            int ended = new SessionStore().endAll(c, id);
            audit.record(c, new AuditEntry("account:" + id, "password.reset", "account:" + id, client,
                    "sessions ended: " + ended));
            return true;
        });
        if (!done) {
            throw new Refusal(410, "identity.link.invalid");
        }
    }

    private void limitRequests(String client) throws SQLException {
        if (!requests.tryAcquire(client, config.reset_requests_per_hour(), clock.instant())) {
            throw Refusal.tooSoon(Duration.ofMinutes(10), "identity.request.tooMany");
        }
    }

    private Duration confirmationValidity() {
        return Duration.ofHours(Math.max(1, config.confirmation_link_hours()));
    }

    private AccountMail mail() {
        return new AccountMail(outbox, messages, AccountMail.publicUrl(config, port));
    }
}

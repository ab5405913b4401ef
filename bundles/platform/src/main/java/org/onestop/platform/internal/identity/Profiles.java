package org.onestop.platform.internal.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.OrganisationIdentityHold;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.cases.OrganisationIdentityHold;
import org.onestop.api.module.Refusal;
import org.onestop.platform.internal.db.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * An account's own profile (name, mobile, language) and the organisation an innovator acts for, with its unified
 * social credit code checked per GB 32100-2015. An organisation is registered by one account; a code already
 * registered by another account is refused. An organisation's name and code do not change while a module holds
 * them ({@link OrganisationIdentityHold}, e.g. pre-examination while its entity registration is pending or
 * approved): the change is refused (409) with the module's reason, and the other particulars stay editable.
 */
@Component(service = Profiles.class, immediate = true)
public final class Profiles {

    /** What an innovator types about its organisation. */
    public record OrganisationForm(String name, String creditCode, String address, String contactPerson,
            String contactPhone) {
    }

    private final DataSource database;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountStore accounts = new AccountStore();
    private final OrganisationStore organisations = new OrganisationStore();

    /** The modules' holds, as they come and go (a dynamic reference cannot be a constructor parameter). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<OrganisationIdentityHold> holds = List.of();

    @Activate
    public Profiles(@Reference(target = "(onestop.schema=PLATFORM)") DataSource database,
            @Reference AuditTrail audit) {
        this(database, audit, Clock.systemUTC());
    }

    Profiles(DataSource database, AuditTrail audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** For tests: the holds of the modules (in the gateway, DS gives them). */
    void holds(List<OrganisationIdentityHold> modules) {
        this.holds = List.copyOf(modules);
    }

    /** Why the caller's organisation's name and code may not change now, in both languages, or empty. */
    public Optional<Label> identityHold(Caller caller) throws SQLException {
        if (caller.organisationId() == null) {
            return Optional.empty();
        }
        return Transaction.run(database, c -> held(c, caller.organisationId()));
    }

    public void update(Caller caller, String displayName, String mobile, Language language) throws SQLException {
        AccountForm form = new AccountForm();
        String name = form.text("displayName", displayName, 100);
        String phone = form.mobile("mobile", mobile);
        form.check();
        Transaction.run(database, c -> {
            accounts.updateProfile(c, caller.accountId(), name, phone, language);
            audit.record(c, AuditEntry.by(caller, "profile.updated", caller.actor(), ""));
            return null;
        });
    }

    public Optional<Organisation> organisationOf(Caller caller) throws SQLException {
        if (caller.organisationId() == null) {
            return Optional.empty();
        }
        return Transaction.run(database, c -> organisations.byId(c, caller.organisationId()));
    }

    /** Creates or updates the caller's organisation; answers it as stored. */
    public Organisation saveOrganisation(Caller caller, OrganisationForm input) throws SQLException {
        AccountForm form = new AccountForm();
        String name = form.text("name", input.name(), 200);
        String code = form.creditCode("creditCode", input.creditCode());
        String address = form.text("address", input.address(), 300);
        String person = form.text("contactPerson", input.contactPerson(), 100);
        String phone = form.optional("contactPhone", input.contactPhone(), 30);
        form.check();
        Instant now = clock.instant();
        return Transaction.run(database, c -> {
            Optional<Organisation> holder = organisations.byCreditCode(c, code);
            Long own = caller.organisationId();
            if (holder.isPresent() && !holder.get().id().equals(own)) {
                AccountForm taken = new AccountForm();
                taken.problem("creditCode", "identity.creditCode.taken");
                taken.check();
            }
            Organisation saved;
            if (own == null) {
                long id = organisations.create(c, new Organisation(null, name, code, address, person, phone), now);
                accounts.setOrganisation(c, caller.accountId(), id);
                saved = new Organisation(id, name, code, address, person, phone);
            } else {
                saved = new Organisation(own, name, code, address, person, phone);
                Optional<Organisation> before = organisations.byId(c, own);
                organisations.update(c, saved, now);
                boolean renamed = before.map(b -> !b.name().equals(name) || !b.creditCode().equals(code))
                        .orElse(false);
                Optional<Label> held = renamed ? held(c, own) : Optional.empty();
                if (held.isPresent()) {
                    throw new Refusal(409, "identity.organisation.held", held.get().zh(), held.get().en());
                }
            }
            audit.record(c, AuditEntry.by(caller, "organisation.saved", "organisation:" + saved.id(),
                    name + " " + code));
            return saved;
        });
    }

    /** The first module's reason to hold the organisation's name and code, asked on {@code c} (row locked first). */
    private Optional<Label> held(Connection c, long organisationId) throws SQLException {
        for (OrganisationIdentityHold hold : holds) {
            Optional<Label> reason = hold.reason(c, organisationId);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }
}

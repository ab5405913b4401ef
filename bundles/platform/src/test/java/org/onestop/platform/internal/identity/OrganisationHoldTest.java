package org.onestop.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.cases.Label;
import org.onestop.api.cases.OrganisationIdentityHold;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Caller;
import org.onestop.api.cases.OrganisationIdentityHold;
import org.onestop.api.module.Refusal;
import org.onestop.platform.internal.audit.ChainedAuditTrail;
import org.onestop.platform.internal.db.Transaction;
import org.onestop.testing.TestDatabase;

/**
 * An organisation's name and code while a module holds them: the change is refused with the module's reason and
 * nothing of it is stored; the other particulars change; without a hold everything changes.
 */
class OrganisationHoldTest {

    private static final String CODE = "91150203MA0N7KQ4X" + SocialCreditCode.checkCharacter("91150203MA0N7KQ4X");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private DataSource database;
    private Profiles profiles;
    private Caller innovator;

    /** Holds the organisations it names, as a module would while it relies on them; asked on the transaction. */
    private static final class Registrations implements OrganisationIdentityHold {
        private final Set<Long> held;
        private Connection askedOn;

        Registrations(Set<Long> held) {
            this.held = held;
        }

        @Override
        public Optional<Label> reason(Connection transaction, long organisationId) {
            askedOn = transaction;
            return held.contains(organisationId) ? Optional.of(Label.of("备案有效期间不能修改", "held while registered"))
                    : Optional.empty();
        }
    }

    @BeforeEach
    void anInnovatorWithAnOrganisation() throws Exception {
        database = TestDatabase.of(folder, "PLATFORM").dataSource();
        long account = Transaction.run(database, c -> new AccountStore().create(c, new AccountStore.NewAccount(
                "li.hua@example.cn", "李华", null, AccountKind.INNOVATOR, "x", true, false, Language.ZH_CN, Set.of()),
                CLOCK.instant()));
        profiles = new Profiles(database, new ChainedAuditTrail(database, CLOCK), CLOCK);
        Caller before = new Caller(account, "li.hua@example.cn", "李华", AccountKind.INNOVATOR, Set.of(), null, "");
        long organisation = profiles.saveOrganisation(before, form("包头稀土新材料有限公司", "包头市钢铁大街88号")).id();
        innovator = new Caller(account, "li.hua@example.cn", "李华", AccountKind.INNOVATOR, Set.of(), organisation,
                "");
    }

    private static Profiles.OrganisationForm form(String name, String address) {
        return new Profiles.OrganisationForm(name, CODE, address, "李华", "0472-5123456");
    }

    @Test
    void aHeldNameIsRefusedWithTheModulesReasonAndNothingOfTheChangeIsStored() throws Exception {
        Registrations held = new Registrations(Set.of(innovator.organisationId()));
        profiles.holds(List.of(held));
        Refusal refused = assertThrows(Refusal.class, () -> profiles.saveOrganisation(innovator,
                form("包头新名称科技有限公司", "呼和浩特市新华大街1号")));
        assertEquals(409, refused.status());
        assertEquals("identity.organisation.held", refused.key());
        assertEquals(List.of("备案有效期间不能修改", "held while registered"), List.of(refused.arguments()),
                "the reason in both languages, for the message of the reader's");
        assertTrue(held.askedOn != null, "asked inside the transaction");
        assertEquals("包头稀土新材料有限公司 包头市钢铁大街88号", stored());
        assertEquals(Optional.of("held while registered"),
                profiles.identityHold(innovator).map(l -> l.in(Language.EN)));

        profiles.saveOrganisation(innovator, form("包头稀土新材料有限公司", "呼和浩特市新华大街1号"));
        assertEquals("包头稀土新材料有限公司 呼和浩特市新华大街1号", stored(), "the address may change");
    }

    @Test
    void withoutAHoldTheNameChanges() throws Exception {
        profiles.holds(List.of(new Registrations(Set.of(innovator.organisationId() + 1))));
        profiles.saveOrganisation(innovator, form("包头新名称科技有限公司", "包头市钢铁大街88号"));
        assertEquals("包头新名称科技有限公司 包头市钢铁大街88号", stored());
        assertEquals(Optional.empty(), profiles.identityHold(innovator));
    }

    private String stored() throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT NAME, ADDRESS FROM PLATFORM.ORGANISATION WHERE ID = ?")) {
            select.setLong(1, innovator.organisationId());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1) + " " + row.getString(2);
            }
        }
    }
}

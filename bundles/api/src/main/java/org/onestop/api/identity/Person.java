package org.onestop.api.identity;

import java.util.Objects;
import java.util.Set;

import org.onestop.api.i18n.Language;

/**
 * A person with an account at the gateway, as other bundles see them: to name them, to write to them in their
 * language, and to tell whether they may still act and in which roles.
 *
 * @param id          the account's number
 * @param displayName the name shown to others
 * @param email       where mail to them goes
 * @param kind        innovator or staff
 * @param language    the language they chose for pages and mail
 * @param active      false once an operator has deactivated the account: it signs in no more and gets no mail
 * @param roles       the staff roles the account holds (none for an innovator)
 */
public record Person(long id, String displayName, String email, AccountKind kind, Language language, boolean active,
        Set<Role> roles) {

    public Person {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        roles = Set.copyOf(roles);
    }

    /** Whether this is an active staff account holding {@code role}. */
    public boolean actsAs(Role role) {
        return active && kind == AccountKind.STAFF && roles.contains(role);
    }
}

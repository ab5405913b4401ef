package org.onestop.platform.internal.identity;

import java.util.Set;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.Role;

/**
 * An account as stored.
 *
 * @param passwordHash       null while a staff member has not set a password yet
 * @param mustChangePassword set for one-time passwords: every page but the password page is closed until changed
 */
public record Account(long id, String email, String displayName, String mobile, AccountKind kind,
        String passwordHash, boolean emailConfirmed, boolean mustChangePassword, boolean active, Language language,
        Long organisationId, Set<Role> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public Account withRoles(Set<Role> changed) {
        return new Account(id, email, displayName, mobile, kind, passwordHash, emailConfirmed, mustChangePassword,
                active, language, organisationId, changed);
    }
}

package org.onestop.api.identity;

import java.util.Set;

/**
 * Who sent the current request: a signed-in account or an anonymous visitor, and from which address. Resource
 * methods ask for it with {@code @Context Caller}; it is never null.
 *
 * @param accountId      the account, or 0 for an anonymous visitor
 * @param email          the account's email, or null
 * @param displayName    the name shown in pages and the audit trail, or null
 * @param kind           innovator or staff; null for an anonymous visitor
 * @param roles          the staff roles (empty for innovators and visitors)
 * @param organisationId the organisation an innovator acts for, or null
 * @param clientAddress  the client's network address as the gateway sees it
 */
public record Caller(long accountId, String email, String displayName, AccountKind kind, Set<Role> roles,
        Long organisationId, String clientAddress) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** An anonymous visitor from {@code clientAddress}. */
    public static Caller anonymous(String clientAddress) {
        return new Caller(0, null, null, null, Set.of(), null, clientAddress);
    }

    public boolean signedIn() {
        return accountId != 0;
    }

    public boolean innovator() {
        return kind == AccountKind.INNOVATOR;
    }

    public boolean staff() {
        return kind == AccountKind.STAFF;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** How the audit trail names this caller: {@code account:<id>} or {@code anonymous}. */
    public String actor() {
        return signedIn() ? "account:" + accountId : "anonymous";
    }
}

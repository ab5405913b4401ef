package org.onestop.api.identity;

/** The kinds of caller an {@link Access} declaration admits. */
public enum Audience {
    /** Everybody, signed in or not. */
    ANYONE,
    /** Any signed-in account. */
    SIGNED_IN,
    /** Signed-in innovators (not staff). */
    INNOVATOR,
    /** Signed-in staff having at least one of the declared roles (any role when none is declared). */
    STAFF
}

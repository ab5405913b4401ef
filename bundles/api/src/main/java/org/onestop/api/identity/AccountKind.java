package org.onestop.api.identity;

/** Whether an account belongs to an innovator (who registered itself) or to the centre's staff. */
public enum AccountKind {
    INNOVATOR, STAFF
}

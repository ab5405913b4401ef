package org.onestop.api.cases;

/** Who takes a transition or is expected to act before a deadline. */
public enum Party {
    /** The innovator who opened the case (or anyone acting for the same organisation). */
    APPLICANT,
    /** A staff member holding one of the transition's roles. */
    STAFF,
    /** The gateway itself, for example when a deadline runs out. */
    SYSTEM
}

package org.onestop.platform.internal.audit;

/**
 * What a walk along the audit trail found: intact, or the first place where it is broken.
 *
 * @param intact   whether every entry is as it was recorded, none is missing and none was added
 * @param checked  how many entries were found intact before the walk stopped (all of them when intact)
 * @param sequence the sequence number of the first entry that was altered, is missing or is out of place; null
 *                 when intact
 * @param problem  what is wrong there; null when intact
 * @param related  another sequence number the problem refers to (the entry before it, or the last entry of the
 *                 trail); null when none
 */
public record Verification(boolean intact, long checked, Long sequence, Problem problem, Long related) {

    /** The kinds of damage the walk tells apart. */
    public enum Problem {
        /** A field of the entry (or its stored hash) was changed after it was recorded. */
        ALTERED,
        /** The entry is gone: deleted, or its sequence number was changed; {@code related} is the one before. */
        MISSING,
        /** The entry does not follow the one before it ({@code related}): that one was rewritten or replaced. */
        OUT_OF_ORDER,
        /** The last entry is not the one the trail's head remembers: it was replaced. */
        HEAD_MISMATCH,
        /** The entry was put into the table outside the trail; {@code related} is the trail's last entry. */
        STRAY,
        /** The trail's head row is gone, so deletions at the end cannot be ruled out. */
        HEAD_MISSING
    }

    static Verification intact(long checked) {
        return new Verification(true, checked, null, null, null);
    }

    static Verification broken(long checked, long sequence, Problem problem, Long related) {
        return new Verification(false, checked, sequence, problem, related);
    }
}

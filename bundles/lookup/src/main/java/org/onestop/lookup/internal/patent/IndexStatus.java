package org.onestop.lookup.internal.patent;

/**
 * What the full-text index is doing: {@code READY}, or {@code REBUILDING} from the database (searches then answer
 * from the index as it was, or find nothing if there was none), with how far the rebuild has come.
 *
 * @param state   READY or REBUILDING
 * @param indexed records indexed so far by the rebuild, or all records when ready
 * @param total   records in the database
 */
public record IndexStatus(String state, long indexed, long total) {

    public static final String READY = "READY";
    public static final String REBUILDING = "REBUILDING";

    public boolean rebuilding() {
        return REBUILDING.equals(state);
    }
}

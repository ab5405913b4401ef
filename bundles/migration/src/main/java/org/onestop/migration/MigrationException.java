package org.onestop.migration;

/** A schema could not be brought up to date; the message says which script and why, for the log. */
public final class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}

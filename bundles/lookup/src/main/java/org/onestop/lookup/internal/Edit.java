package org.onestop.lookup.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One change a data steward makes to lookup's data (an import, an indication, indicator values): the centre's day it
 * is made on, and its audit entry, recorded in the transaction of the change so that it is stored if and only if
 * the change is.
 */
public interface Edit {

    /** The day of the change in the centre's time zone. */
    LocalDate day();

    /** Records the change in the audit trail, as the last statement of {@code transaction} before its commit. */
    void audit(Connection transaction, String action, String target, String detail) throws SQLException;
}

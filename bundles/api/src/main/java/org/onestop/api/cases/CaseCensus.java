package org.onestop.api.cases;

import java.sql.SQLException;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How many cases are open across the gateway, for its health figures ({@code /metrics}, the operators' health
 * page): open cases by module and status, and how many of them are past their due date. Read-only; each call is one
 * query, so a caller that asks often keeps the answer for a while.
 */
@ProviderType
public interface CaseCensus {

    /** The open cases, one count per module and status that has any. */
    List<OpenCount> open() throws SQLException;

    /** The open cases whose due date lies before today (in the centre's working calendar). */
    long overdue() throws SQLException;

    /** The open cases of one module in one status. */
    record OpenCount(String module, String status, long cases) {
    }
}

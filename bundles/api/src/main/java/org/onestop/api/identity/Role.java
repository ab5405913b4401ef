package org.onestop.api.identity;

/**
 * A duty a staff account is given by an operator. A staff account has one or more; innovators have none.
 */
public enum Role {
    /** Examines patent pre-examination requests. */
    EXAMINER,
    /** Handles rights-protection assistance requests. */
    ASSISTANCE_OFFICER,
    /** Runs training courses and sessions. */
    TRAINER,
    /** Serves a counter of the service hall. */
    COUNTER_CLERK,
    /** Oversees the queues, deadlines and statistics of the centre. */
    SUPERVISOR,
    /** Runs the gateway: accounts, modules, configuration, audit trail. */
    OPERATOR,
    /** Keeps the centre's reference data: patent imports, the search index, geographical indications, statistics. */
    DATA_STEWARD;

    /** The lower-case name used in URLs, JSON and configuration, e.g. {@code assistance_officer}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

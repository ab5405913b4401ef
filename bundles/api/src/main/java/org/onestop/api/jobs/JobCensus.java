package org.onestop.api.jobs;

import java.sql.SQLException;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How many jobs of one kind a module holds in each state, for the gateway's health figures ({@code /metrics}:
 * {@code onestop_jobs{kind, state}}). A module publishes one service per kind of background work; the figures are
 * read every few seconds, never on a scrape, so one query per call is fine.
 */
@ConsumerType
public interface JobCensus {

    /** Jobs waiting for their turn. */
    String QUEUED = "queued";
    /** Jobs being worked on. */
    String RUNNING = "running";
    /** Jobs finished as asked. */
    String DONE = "done";
    /** Jobs that stopped with a failure (or were interrupted by a stop). */
    String FAILED = "failed";

    /** The kind of work, short and stable, such as {@code patent.import}. */
    String kind();

    /**
     * The jobs the module keeps, counted by state ({@link #QUEUED}, {@link #RUNNING}, {@link #DONE}, {@link #FAILED}
     * or a state of its own); a state without jobs may be left out.
     */
    Map<String, Long> byState() throws SQLException;
}

package org.onestop.api.schedule;

import org.osgi.annotation.versioning.ProviderType;

/** One task of a {@link Scheduler}: closing it stops it. */
@ProviderType
public interface ScheduledTask extends AutoCloseable {

    /** The name the task was scheduled with. */
    String name();

    /** Whether the task still runs: false once closed, or once its bundle stopped. */
    boolean active();

    /**
     * Stops the task: no run starts after this returns, and a run in progress is waited for (a few seconds at most;
     * not when called from the task's own run).
     */
    @Override
    void close();
}

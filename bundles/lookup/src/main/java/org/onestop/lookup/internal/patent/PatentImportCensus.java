package org.onestop.lookup.internal.patent;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.onestop.api.jobs.JobCensus;
import org.onestop.api.schema.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The patent imports by state for the gateway's health figures ({@code onestop_jobs{kind="patent.import"}}): every
 * import the table keeps, queued, running, done or failed.
 */
@Component
public final class PatentImportCensus implements JobCensus {

    static final String KIND = "patent.import";

    private final ImportRuns runs;

    @Activate
    public PatentImportCensus(@Reference(target = "(" + Schema.DATASOURCE_PROPERTY + "=LOOKUP)") DataSource database) {
        this.runs = new ImportRuns(database, null); // reads the counts only: no node of its own
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Long> byState() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (ImportJob.State state : ImportJob.State.values()) {
            counts.put(state.name().toLowerCase(Locale.ROOT), 0L);
        }
        runs.countByState().forEach((state, jobs) -> counts.put(state.toLowerCase(Locale.ROOT), jobs));
        return counts;
    }
}

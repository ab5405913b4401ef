package org.onestop.testing;

import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The JVM's default time zone, set for a test and put back as it was when closed: for tests that write under one
 * zone and read under another to show that stored times do not depend on it (they are UTC, see
 * {@code org.onestop.api.schema.UtcColumns}).
 *
 * <pre>{@code
 * try (DefaultZone zone = DefaultZone.of("Asia/Shanghai")) {
 *     store.write(...);
 *     zone.change("America/New_York");
 *     assertEquals(written, store.read(...));
 * }
 * }</pre>
 */
public final class DefaultZone implements AutoCloseable {

    private final TimeZone before;

    private DefaultZone(TimeZone before) {
        this.before = before;
    }

    /** Makes {@code zone} (an id such as {@code Asia/Shanghai}) the default until {@link #close()}. */
    public static DefaultZone of(String zone) {
        DefaultZone set = new DefaultZone(TimeZone.getDefault());
        set.change(zone);
        return set;
    }

    /** Makes {@code zone} the default from now on. */
    public void change(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
    }

    /** Puts back the zone that was the default before. */
    @Override
    public void close() {
        TimeZone.setDefault(before);
    }
}

package org.onestop.runtime;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Hashtable;
import java.util.Map;

import org.onestop.api.cases.WorkingCalendar;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The gateway's working calendar as it will be some days from now, for the deadline watch alone: the same working
 * days, but a later today. The gateway offers no clock to move, so the test registers this calendar above the
 * configured one and has the watch start again (an operator's edit of the watch's interval in
 * {@code org.onestop.platform.cases.cfg} restarts it): the restarted watch takes the best-ranked calendar, looks at
 * once and expires what has run out by then. Closing it withdraws the calendar and restores the file; the watch
 * starts again with the real calendar.
 */
final class LaterCalendar implements WorkingCalendar, AutoCloseable {

    static final String WATCH_CONFIG = "org.onestop.platform.cases.cfg";

    private final BundleContext context;
    private final ServiceReference<WorkingCalendar> realReference;
    private final WorkingCalendar real;
    private final int daysLater;
    private final ServiceRegistration<WorkingCalendar> registration;
    private final Path config;
    private final String watchFile;

    private LaterCalendar(BundleContext context, ServiceReference<WorkingCalendar> realReference, int daysLater) {
        this.context = context;
        this.realReference = realReference;
        this.real = context.getService(realReference);
        this.daysLater = daysLater;
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        properties.put("onestop.test.calendar", "later");
        this.registration = context.registerService(WorkingCalendar.class, this, properties);
        this.config = GatewayConfigFiles.folderOf(context);
        this.watchFile = GatewayConfigFiles.set(config, WATCH_CONFIG, Map.of("watch.interval.minutes", "1"));
    }

    /** Puts the deadline watch {@code days} calendar days ahead of the gateway's today. */
    static LaterCalendar forTheDeadlineWatch(BundleContext context, int days) {
        ServiceReference<WorkingCalendar> reference = context.getServiceReference(WorkingCalendar.class);
        if (reference == null) {
            throw new AssertionError("The gateway offers no working calendar");
        }
        return new LaterCalendar(context, reference, days);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return real.isWorkingDay(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return real.addWorkingDays(from, days);
    }

    @Override
    public LocalDate addCalendarDays(LocalDate from, int days) {
        return real.addCalendarDays(from, days);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return real.workingDaysBetween(from, to);
    }

    @Override
    public LocalDate today() {
        return real.today().plusDays(daysLater);
    }

    @Override
    public void close() {
        registration.unregister();
        context.ungetService(realReference);
        GatewayConfigFiles.restore(config, WATCH_CONFIG, watchFile);
    }
}

package org.onestop.cases.internal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.onestop.api.cases.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working calendar from configuration ({@value CalendarConfig#PID}): a day is worked when it is a listed
 * make-up working day, or else when it is neither a listed holiday nor a weekly day off. Deadlines count working
 * days after their start day; a paused clock keeps {@link #workingDaysBetween the working days left} and resumes by
 * {@link #addWorkingDays adding them} to the day it resumes. Entries of the configuration that cannot be read are
 * logged and left out.
 */
@Component(service = {WorkingCalendar.class, ConfiguredCalendar.class}, immediate = true,
        configurationPid = CalendarConfig.PID)
@Designate(ocd = CalendarConfig.class)
public final class ConfiguredCalendar implements WorkingCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredCalendar.class);

    private final Clock clock;
    private volatile HolidaySchedule schedule;

    @Activate
    public ConfiguredCalendar(CalendarConfig config) {
        this(config, Clock.systemUTC());
    }

    public ConfiguredCalendar(CalendarConfig config, Clock clock) {
        this.clock = clock;
        this.schedule = read(config);
    }

    @Modified
    void modified(CalendarConfig changed) {
        schedule = read(changed);
    }

    /** The schedule in use now. */
    public HolidaySchedule schedule() {
        return schedule;
    }

    /** The centre's time zone, which decides what today is (the core's {@code CentreZone} reads the same setting). */
    public ZoneId zone() {
        return schedule.zone();
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        HolidaySchedule s = schedule;
        if (s.workdays().contains(day)) {
            return true;
        }
        return !s.holidays().contains(day) && !s.weekend().contains(day.getDayOfWeek());
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), schedule.zone());
    }

    private static HolidaySchedule read(CalendarConfig config) {
        HolidaySchedule read = HolidaySchedule.of(config);
        for (String problem : read.problems()) {
            LOG.warn("Working calendar ({}.cfg): {}", CalendarConfig.PID, problem);
        }
        LOG.info("Working calendar: time zone {}, days off {}, {} holidays, {} make-up working days", read.zone(),
                read.weekend(), read.holidays().size(), read.workdays().size());
        return read;
    }
}

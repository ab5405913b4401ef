package org.onestop.platform.internal.shell;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.onestop.api.i18n.CentreZone;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centre's time zone for every page, offered by the core itself: {@code time.zone} of the working calendar's
 * configuration ({@value ZoneConfig#PID}), the one setting the calendar of the case bundle counts days in too, so
 * that the core's pages keep their zone whether the case bundle runs or not. Edits apply without restart; a value
 * that is no time zone keeps the default, with a warning in the log.
 */
@Component(service = CentreZone.class, configurationPid = ZoneConfig.PID)
public final class ConfiguredZone implements CentreZone {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredZone.class);

    private volatile ZoneId zone;

    @Activate
    public ConfiguredZone(ZoneConfig config) {
        this.zone = read(config);
    }

    @Modified
    void modified(ZoneConfig changed) {
        zone = read(changed);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    static ZoneId read(ZoneConfig config) {
        String text = config.time_zone() == null ? "" : config.time_zone().strip();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            LOG.warn("{}.cfg: time.zone \"{}\" is not a time zone (such as Asia/Shanghai); {} is used",
                    ZoneConfig.PID, text, ZoneConfig.DEFAULT);
            return ZoneId.of(ZoneConfig.DEFAULT);
        }
    }
}

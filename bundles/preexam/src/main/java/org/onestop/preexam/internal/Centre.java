package org.onestop.preexam.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centre's pre-examination settings now, from configuration {@value PreexamConfig#PID}. An edit takes effect at
 * once; one that cannot be read is logged with its reason and the settings before it are kept (the defaults at the
 * first start).
 */
@Component(service = Centre.class, immediate = true, configurationPid = PreexamConfig.PID)
@Designate(ocd = PreexamConfig.class)
public final class Centre {

    private static final Logger LOG = LoggerFactory.getLogger(Centre.class);

    private volatile CentreSettings settings;

    @Activate
    public Centre(PreexamConfig config) {
        this.settings = read(config, null);
    }

    @Modified
    void modified(PreexamConfig config) {
        settings = read(config, settings);
    }

    public CentreSettings settings() {
        return settings;
    }

    /** The settings of {@code config}, or {@code before} (the defaults when null) if it cannot be read. */
    public static CentreSettings read(PreexamConfig config, CentreSettings before) {
        try {
            return CentreSettings.from(config);
        } catch (IllegalArgumentException e) {
            LOG.error("The pre-examination settings ({}) are not used: {}", PreexamConfig.PID, e.getMessage());
            return before != null ? before : CentreSettings.from(Defaults.CONFIG);
        }
    }
}

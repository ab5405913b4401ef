package org.onestop.info.internal;

import org.onestop.api.i18n.Language;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** The centre's contact details from configuration {@value InfoConfig#PID}; edits show at once. */
@Component(service = CentreContact.class, immediate = true, configurationPid = InfoConfig.PID)
@Designate(ocd = InfoConfig.class)
public final class CentreContact {

    private volatile InfoConfig config;

    @Activate
    public CentreContact(InfoConfig config) {
        this.config = config;
    }

    @Modified
    void modified(InfoConfig changed) {
        this.config = changed;
    }

    public Contact in(Language language) {
        return Contact.of(config, language);
    }
}

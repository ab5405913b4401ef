package org.onestop.platform.internal.identity;

import org.onestop.api.view.PublicAddress;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The hall's public address from {@code public.url} of the identity configuration ({@value IdentityConfig#PID}), or
 * {@code http://localhost:<port>} without one, as the identity's own mail links use it; follows edits.
 */
@Component(service = PublicAddress.class, immediate = true, configurationPid = IdentityConfig.PID)
public final class HallAddress implements PublicAddress {

    private final String port;
    private volatile String url;

    @Activate
    public HallAddress(BundleContext context, IdentityConfig config) {
        this(config.public_url(), context.getProperty("org.osgi.service.http.port"));
    }

    /** The address {@code configured} (blank for none) of a gateway listening on {@code port}. */
    public HallAddress(String configured, String port) {
        this.port = port;
        read(configured);
    }

    @Modified
    void modified(IdentityConfig changed) {
        read(changed.public_url());
    }

    @Override
    public String url() {
        return url;
    }

    private void read(String configured) {
        String address = AccountMail.publicUrl(configured, port);
        url = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }
}

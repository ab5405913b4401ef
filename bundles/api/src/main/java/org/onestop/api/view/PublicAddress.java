package org.onestop.api.view;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The hall's address as its users reach it (configuration {@code public.url}; without one
 * {@code http://localhost:<port>}), for links that leave the site, such as those in mail: the address followed by a
 * {@link LocalPath path} ({@code url() + "/notifications"}). The platform offers it as a service and follows edits of
 * its configuration, so take the address each time rather than keep it.
 */
@ProviderType
public interface PublicAddress {

    /** The address without a trailing slash, such as {@code https://hall.example.cn}. */
    String url();
}

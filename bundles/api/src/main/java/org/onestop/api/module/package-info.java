/**
 * How a service module makes itself known to the portal: it registers a {@link org.onestop.api.module.ServiceModule}
 * service, and the home page and navigation list it for as long as that service is registered. Its resources join
 * the gateway's application with {@link org.onestop.api.module.ModuleResource}, read paging parameters with
 * {@link org.onestop.api.module.Paging}, refuse what they cannot do with a {@link org.onestop.api.module.Refusal} and
 * find the distribution's folders with {@link org.onestop.api.module.GatewayPaths}; a public read that is the same
 * for every anonymous visitor who asks alike says so with {@link org.onestop.api.module.PublicAnswer}.
 */
@Export
@Version("1.7.0")
package org.onestop.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * Who is calling and what they may do: the {@link org.onestop.api.identity.Caller} of a request (ask for it with
 * {@code @Context Caller}), the staff {@link org.onestop.api.identity.Role}s, and the {@link
 * org.onestop.api.identity.Access} declaration every page and API route carries, and the
 * {@link org.onestop.api.identity.Organisations} innovators act for.
 */
@Export
@Version("1.2.0")
package org.onestop.api.identity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

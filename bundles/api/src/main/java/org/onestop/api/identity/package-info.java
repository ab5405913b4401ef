/**
 * Who is calling and what they may do: the {@link org.onestop.api.identity.Caller} of a request (ask for it with
 * {@code @Context Caller}), the staff {@link org.onestop.api.identity.Role}s, the {@link
 * org.onestop.api.identity.Access} declaration every page and API route carries, the
 * {@link org.onestop.api.identity.Organisations} innovators act for, the {@link org.onestop.api.identity.People}
 * with accounts, and the
 * {@link org.onestop.api.cases.OrganisationIdentityHold} by which a module keeps an organisation's name and code
 * from changing while it relies on them.
 */
@Export
@Version("1.3.0")
package org.onestop.api.identity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

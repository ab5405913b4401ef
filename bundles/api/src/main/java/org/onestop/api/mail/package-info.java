/** Mail to users, through an outbox that keeps every message until it is delivered. */
@Export
@Version("1.1.0")
package org.onestop.api.mail;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

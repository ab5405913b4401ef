/**
 * Rights-protection assistance (维权援助): an innovator applies for help with an infringement or an IP dispute
 * (online, with a draft to return to) and an assistance officer reviews the application for acceptance, asking for
 * supplements if needed. Its tables live in the schema {@code ASSISTANCE}; cases, deadlines, files and notices are
 * the platform's.
 */
@Schema("ASSISTANCE")
package org.onestop.assistance.internal;

import org.onestop.api.schema.Schema;

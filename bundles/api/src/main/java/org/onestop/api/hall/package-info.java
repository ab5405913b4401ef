/**
 * "Book this at the hall" (到大厅办理): another module offers its applicant a visit to the service hall for one of its
 * matters, through the optional {@link org.onestop.api.hall.HallBookings} service of the hall's queue (the
 * {@code ticketing} bundle). A module references it optionally and dynamically: while the hall's queue is not
 * deployed there is no service and the module simply shows no link.
 */
@Export
@Version("1.0.0")
package org.onestop.api.hall;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

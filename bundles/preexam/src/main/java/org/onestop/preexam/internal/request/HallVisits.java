package org.onestop.preexam.internal.request;

import java.util.Optional;

import org.onestop.api.hall.HallBookings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * "到大厅办理": the link an applicant follows to book a visit at the service hall for a request (the hall's
 * pre-examination consultation, with the request's tracking number as the appointment's reference), through the
 * hall's optional {@link HallBookings}; while the hall's queue is not deployed there is no link.
 */
@Component(service = HallVisits.class)
public final class HallVisits {

    /** The hall's service for pre-examination visits. */
    static final String SERVICE = "preexam";

    /** The hall's bookings, while the hall's queue is deployed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile HallBookings bookings;

    @Activate
    public HallVisits() {
        this(null);
    }

    /** Links through {@code bookings} (null: the hall's queue not deployed), for tests. */
    HallVisits(HallBookings bookings) {
        this.bookings = bookings;
    }

    /** The booking page's address for the request {@code trackingNumber}, or empty. */
    Optional<String> link(String trackingNumber) {
        HallBookings hall = bookings;
        return hall == null ? Optional.empty() : hall.bookingLink(SERVICE, trackingNumber);
    }
}

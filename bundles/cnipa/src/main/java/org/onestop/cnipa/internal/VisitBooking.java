package org.onestop.cnipa.internal;

import java.util.Optional;

import org.onestop.api.hall.HallBookings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The link an applicant follows, once the materials are complete, to book a slot or take a number at the hall for the
 * business (the business's hall service, the visit's tracking number as the reference), through the hall's optional
 * {@link HallBookings}; while the hall's queue is not deployed there is no link.
 */
@Component(service = VisitBooking.class)
public final class VisitBooking {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile HallBookings bookings;

    @Activate
    public VisitBooking() {
        this(null);
    }

    /** Links through {@code bookings} (null: the hall's queue not deployed), for tests. */
    VisitBooking(HallBookings bookings) {
        this.bookings = bookings;
    }

    /**
     * The booking page's address for a visit now in {@code status}: only once its materials are complete, to the
     * hall's service of its {@code business}; empty otherwise, or without the hall.
     */
    Optional<String> link(String status, Business business, String trackingNumber) {
        return VisitWorkflow.COMPLETE.equals(status) ? link(business.hallService(), trackingNumber) : Optional.empty();
    }

    /** The booking page's address for the visit {@code trackingNumber} to the hall's {@code service}, or empty. */
    Optional<String> link(String service, String trackingNumber) {
        HallBookings hall = bookings;
        return hall == null || service == null ? Optional.empty() : hall.bookingLink(service, trackingNumber);
    }
}

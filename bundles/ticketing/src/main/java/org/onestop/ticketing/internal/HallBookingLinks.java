package org.onestop.ticketing.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.hall.HallBookings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's side of "book this at the hall" for other modules: the address of the booking page of an active service
 * with the module's reference, which the appointment keeps ({@code APPOINTMENT.REFERENCE}). A reference longer than
 * an appointment keeps, or an unknown or inactive service, gives no link.
 */
@Component(service = HallBookings.class)
public final class HallBookingLinks implements HallBookings {

    private static final Logger LOG = LoggerFactory.getLogger(HallBookingLinks.class);

    private final Hall hall;

    @Activate
    public HallBookingLinks(@Reference Hall hall) {
        this.hall = hall;
    }

    @Override
    public Optional<String> bookingLink(String serviceCode, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (serviceCode == null || ref.length() > Appointments.REFERENCE_MAX) {
            return Optional.empty();
        }
        try {
            Optional<HallService> service = hall.work().call(tx -> hall.services(tx)).stream()
                    .filter(s -> s.active() && s.code().equals(serviceCode)).findFirst();
            return service.map(s -> "/ticketing/appointments/new?service=" + encoded(s.code())
                    + (ref.isEmpty() ? "" : "&ref=" + encoded(ref)));
        } catch (SQLException e) {
            LOG.warn("ticketing: the hall's services cannot be read for a booking link: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package org.onestop.api.hall;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Appointments at the service hall for another module's matters, offered by the hall's queue. A module asks for the
 * address of the booking page of one of the hall's services with its own reference (e.g. a case's tracking number),
 * which the appointment keeps and shows; the visitor picks a day and a slot there, signed in.
 */
@ProviderType
public interface HallBookings {

    /**
     * The local address of the page booking a visit for the hall's service {@code serviceCode} (e.g. {@code preexam},
     * {@code assistance}), carrying {@code reference} (at most 100 characters; null or blank for none), e.g.
     * {@code /ticketing/appointments/new?service=preexam&ref=YS-2026-000123}; empty when the hall has no such
     * service or it takes no appointments now.
     */
    Optional<String> bookingLink(String serviceCode, String reference);
}

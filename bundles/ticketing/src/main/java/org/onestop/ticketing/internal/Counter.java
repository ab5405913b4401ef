package org.onestop.ticketing.internal;

import java.time.Instant;
import java.util.List;

import org.onestop.api.i18n.Language;

/**
 * A counter (窗口) of the hall, called by its number.
 *
 * @param serviceIds the services it serves
 * @param clerkId    the clerk working it now, null when closed
 * @param openedAt   since when, null when closed
 */
public record Counter(long id, int number, String nameZh, String nameEn, boolean active, List<Long> serviceIds,
        Long clerkId, Instant openedAt) {

    public Counter {
        serviceIds = List.copyOf(serviceIds);
    }

    /** Its name in {@code language}. */
    public String name(Language language) {
        return language == Language.EN ? nameEn : nameZh;
    }

    public boolean serves(long serviceId) {
        return serviceIds.contains(serviceId);
    }
}

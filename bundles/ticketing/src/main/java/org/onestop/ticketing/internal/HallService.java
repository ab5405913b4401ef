package org.onestop.ticketing.internal;

import org.onestop.api.i18n.Language;

/**
 * A service of the hall, for which visitors take numbers.
 *
 * @param prefix         the letter of its numbers (A for A001)
 * @param typicalMinutes the usual time at the counter, for estimates
 * @param slotMinutes    the length of an appointment slot
 * @param slotCapacity   the appointments a slot takes
 * @param position       its place in lists
 */
public record HallService(long id, String code, String prefix, String nameZh, String nameEn, int typicalMinutes,
        int slotMinutes, int slotCapacity, int position, boolean active) {

    /** Its name in {@code language}. */
    public String name(Language language) {
        return language == Language.EN ? nameEn : nameZh;
    }
}

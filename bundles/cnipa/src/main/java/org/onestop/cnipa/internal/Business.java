package org.onestop.cnipa.internal;

import org.onestop.api.i18n.Language;

/**
 * A business of the patent office that the centre handles or guides.
 *
 * @param code        its name in the module, e.g. {@code patent-pledge}
 * @param channel     where it is done: {@code online} (the patent office's online system), {@code window} (the
 *                    centre's window) or {@code post}
 * @param hallService the hall queue's service for a visit to the window, or null
 */
public record Business(String code, String nameZh, String nameEn, String channel, String hallService, int position,
        boolean active) {

    /** Its name in {@code language}. */
    public String name(Language language) {
        return language == Language.EN ? nameEn : nameZh;
    }
}

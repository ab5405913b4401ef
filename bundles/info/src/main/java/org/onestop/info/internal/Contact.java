package org.onestop.info.internal;

import org.onestop.api.i18n.Language;

/**
 * The centre's contact details in one language; empty values are left out of the page.
 *
 * @param phone   service telephone
 * @param hotline the IP rights-protection hotline
 * @param email   e-mail address
 * @param address postal address
 * @param hours   opening hours
 */
public record Contact(String phone, String hotline, String email, String address, String hours) {

    static Contact of(InfoConfig config, Language language) {
        boolean en = language == Language.EN;
        return new Contact(config.contact_phone(), config.contact_hotline(), config.contact_email(),
                en ? config.contact_address_en() : config.contact_address_zh(),
                en ? config.contact_hours_en() : config.contact_hours_zh());
    }
}

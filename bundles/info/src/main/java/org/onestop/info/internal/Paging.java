package org.onestop.info.internal;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

import jakarta.ws.rs.BadRequestException;

/**
 * Page number and size as a visitor gives them; nonsense is refused with a message in the visitor's language.
 *
 * @param page page number, from 1
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
record Paging(int page, int size) {

    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 100_000;

    static Paging parse(String page, String size, int defaultSize, Messages messages, Language language) {
        return new Paging(number(page, 1, MAX_PAGE, "page", messages, language),
                number(size, defaultSize, MAX_SIZE, "size", messages, language));
    }

    private static int number(String value, int fallback, int max, String name, Messages messages,
            Language language) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new BadRequestException(messages.text(language, "info.error.number", name, max));
    }
}

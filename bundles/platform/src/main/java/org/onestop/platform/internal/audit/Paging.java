package org.onestop.platform.internal.audit;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * Page number and size of an operator's list as given in a request; nonsense is refused with a message in the
 * operator's language.
 *
 * @param page page number, from 1
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;
    static final int MAX_PAGE = 1_000_000;

    /** Reads {@code page} and {@code size}; blank ones take the defaults. */
    public static Paging parse(String page, String size, int defaultSize, Messages messages, Language language)
            throws BadInput {
        return new Paging(number(page, 1, MAX_PAGE, "page", messages, language),
                number(size, defaultSize, MAX_SIZE, "size", messages, language));
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** How many pages {@code total} items take, at least one. */
    public int pages(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    private static int number(String value, int fallback, int max, String name, Messages messages,
            Language language) throws BadInput {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadInput(messages.text(language, "ops.error.number", name, max));
    }
}

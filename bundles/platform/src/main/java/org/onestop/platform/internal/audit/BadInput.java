package org.onestop.platform.internal.audit;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;

/**
 * An operator's filter or paging input that cannot be used; the message is meant for the operator, in the
 * request's language. Pages show it above the form; the JSON API answers 400 with it.
 */
public final class BadInput extends Exception {

    private static final long serialVersionUID = 1L;

    /** Items per page of an operator's list, at most. */
    public static final int MAX_PAGE_SIZE = 200;

    public BadInput(String message) {
        super(message);
    }

    /** The page of a list a request asks for (at most {@value #MAX_PAGE_SIZE} items); nonsense is bad input. */
    public static Paging paging(String page, String size, int defaultSize, Messages messages, Language language)
            throws BadInput {
        try {
            return Paging.parse(page, size, defaultSize, MAX_PAGE_SIZE);
        } catch (Refusal refused) {
            throw new BadInput(refused.text(messages, language));
        }
    }
}

package org.onestop.platform.internal.audit;

/**
 * An operator's filter or paging input that cannot be used; the message is meant for the operator, in the
 * request's language. Pages show it above the form; the JSON API answers 400 with it.
 */
public final class BadInput extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }
}

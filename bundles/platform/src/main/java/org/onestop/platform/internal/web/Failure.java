package org.onestop.platform.internal.web;

import java.util.Map;

/**
 * A request that failed, before it is shaped into a page or a problem document for the client.
 *
 * @param status    HTTP status
 * @param detail    a message meant for the user, or null
 * @param errorId   the id under which the error is logged, for server errors; null otherwise
 * @param detailKey the message key of the detail, with {@code arguments}, when {@code detail} is null
 * @param arguments the arguments of {@code detailKey}
 * @param fields    for form input: each field at fault and the message key saying what is wrong
 */
record Failure(int status, String detail, String errorId, String detailKey, Object[] arguments,
        Map<String, String> fields) {

    /** The request property that keeps the failure once {@link ResponseShaper} has made it a page or document. */
    static final String PROPERTY = "onestop.failure";

    Failure(int status, String detail, String errorId) {
        this(status, detail, errorId, null, new Object[0], Map.of());
    }

    /** A failure whose detail is the message {@code key} in the request's language. */
    static Failure of(int status, String key, Object... arguments) {
        return new Failure(status, null, null, key, arguments, Map.of());
    }
}

package org.onestop.api.cases;

import java.util.Objects;

/**
 * A case operation that is not allowed now, with the reason as a message key (of the platform's or the module's
 * catalogue) and its arguments. The gateway answers it with HTTP {@link #status()} (409 by default) and the
 * reason in the caller's language; nothing is changed.
 */
public class CaseRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] arguments;

    public CaseRefusal(int status, String key, Object... arguments) {
        super(key);
        this.status = status;
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = arguments.clone();
    }

    /** A conflict with the case's state (HTTP 409). */
    public static CaseRefusal conflict(String key, Object... arguments) {
        return new CaseRefusal(409, key, arguments);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

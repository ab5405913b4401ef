package org.onestop.api.cases;

import java.util.Map;

import org.onestop.api.module.Refusal;

/**
 * A case operation that is not allowed now, with the reason as a message key (of the platform's or the module's
 * catalogue) and its arguments: a {@link Refusal} (409 by default) kept under this name for the modules that
 * throw or catch it. The gateway answers it with HTTP {@link #status()} and the reason in the caller's language;
 * nothing is changed. A refusal of form input may name each field at fault ({@link #fields()}), which JSON clients
 * receive as the problem document's {@code errors}.
 */
public class CaseRefusal extends Refusal {

    private static final long serialVersionUID = 2L;

    public CaseRefusal(int status, String key, Object... arguments) {
        super(status, key, arguments);
    }

    /**
     * A refusal of form input: {@code fields} maps each field at fault to what is wrong with it, as a message key
     * or as a message already in the reader's language.
     */
    public CaseRefusal(int status, String key, Map<String, String> fields, Object... arguments) {
        super(status, key, fields, arguments);
    }

    /** A conflict with the case's state (HTTP 409). */
    public static CaseRefusal conflict(String key, Object... arguments) {
        return new CaseRefusal(409, key, arguments);
    }
}

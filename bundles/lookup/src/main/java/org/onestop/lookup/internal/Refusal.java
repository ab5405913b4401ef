package org.onestop.lookup.internal;

import java.util.Arrays;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;

/**
 * A visitor's input that cannot be used, as a message key of the lookup module and its arguments; resources turn
 * it into a 400 (or another client error) with the message in the visitor's language.
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;
    private final int status;

    public Refusal(String key, Object... arguments) {
        this(400, key, arguments);
    }

    public Refusal(int status, String key, Object... arguments) {
        super(key + Arrays.toString(arguments), null, false, false);
        this.status = status;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The message in a language. */
    public String text(Messages messages, Language language) {
        return messages.text(language, key, arguments);
    }

    /** The client error a resource throws for this refusal. */
    public ClientErrorException toClientError(Messages messages, Language language) {
        String text = text(messages, language);
        return status == 400 ? new BadRequestException(text) : new ClientErrorException(text, status);
    }
}

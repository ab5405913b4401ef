package org.onestop.lookup.internal;

import java.util.Arrays;
import java.util.List;

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

    /** A message key given as an argument: it is put into the message in the same language. */
    public record Term(String key) {
    }

    /** The message in a language. */
    public String text(Messages messages, Language language) {
        return text(messages, language, key, Arrays.asList(arguments));
    }

    /** A message with arguments, each {@link Term} among them put in the same language. */
    public static String text(Messages messages, Language language, String key, List<?> arguments) {
        return messages.text(language, key, arguments.stream()
                .map(a -> a instanceof Term t ? messages.text(language, t.key()) : a).toArray());
    }

    /** The client error a resource throws for this refusal. */
    public ClientErrorException toClientError(Messages messages, Language language) {
        String text = text(messages, language);
        return status == 400 ? new BadRequestException(text) : new ClientErrorException(text, status);
    }
}

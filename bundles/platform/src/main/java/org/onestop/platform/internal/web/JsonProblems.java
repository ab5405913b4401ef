package org.onestop.platform.internal.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * What was wrong with a JSON body that could not be read, as a 400 {@link Failure} whose message the client can act
 * on: a limit passed (nesting, number, text or body size), a field named twice, a field the address does not know, a
 * field whose value is of the wrong kind or out of range (named by its path, e.g. {@code attachmentIds[1]}), a body
 * of the wrong shape, or text that is not JSON at all (with its line and column).
 */
final class JsonProblems {

    private static final String DUPLICATE = "Duplicate field '";
    private static final int LOGGED_MAX = 300;

    private JsonProblems() {
    }

    static Failure failure(JsonProcessingException e) {
        JsonProcessingException read = readProblem(e);
        if (read instanceof StreamConstraintsException) {
            return Failure.of(400, "error.json.limit", JsonBodies.MAX_DEPTH, JsonBodies.MAX_NUMBER_LENGTH,
                    String.format(java.util.Locale.ROOT, "%,d", JsonBodies.MAX_STRING_LENGTH),
                    JsonBodies.MAX_DOCUMENT_MB);
        }
        String message = read.getOriginalMessage() == null ? "" : read.getOriginalMessage();
        if (message.startsWith(DUPLICATE)) {
            int end = message.indexOf('\'', DUPLICATE.length());
            return Failure.of(400, "error.json.duplicate", end < 0 ? "?" : message.substring(DUPLICATE.length(), end));
        }
        if (read instanceof UnrecognizedPropertyException unknown) {
            return Failure.of(400, "error.json.field", unknown.getPropertyName());
        }
        JsonLocation at = read.getLocation();
        Object line = at == null ? "?" : at.getLineNr();
        Object column = at == null ? "?" : at.getColumnNr();
        if (e instanceof JsonMappingException mapping && (read == e || read instanceof InputCoercionException)) {
            String path = path(mapping);
            return path.isEmpty() ? Failure.of(400, "error.json.shape", line, column)
                    : Failure.of(400, "error.json.value", path, line, column);
        }
        return Failure.of(400, "error.json.invalid", line, column);
    }

    /**
     * The problem of the reader beneath a mapping problem (bad syntax or encoding, a limit, a number out of range),
     * which Jackson wraps to name the field it was reading; else the problem itself.
     */
    private static JsonProcessingException readProblem(JsonProcessingException e) {
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            return cause;
        }
        return e;
    }

    /**
     * The JSON reading problem behind {@code exception} (itself or one of its causes, as Jersey may wrap it), if it
     * is one: a parser or limit problem, or a value that does not fit its field. Problems of writing are not.
     */
    static java.util.Optional<JsonProcessingException> ofReading(Throwable exception) {
        Throwable e = exception;
        for (int depth = 0; e != null && depth < 5; depth++, e = e.getCause()) {
            if (e instanceof StreamReadException || e instanceof StreamConstraintsException
                    || e instanceof MismatchedInputException || e instanceof ValueInstantiationException
                    || (e instanceof JsonMappingException && (e.getCause() instanceof StreamReadException
                            || e.getCause() instanceof StreamConstraintsException))) {
                return java.util.Optional.of((JsonProcessingException) e);
            }
        }
        return java.util.Optional.empty();
    }

    /** The field a mapping problem is about: {@code assigneeId}, {@code attachmentIds[1]}; empty for the body. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The problem in one line of the log, shortened: never a stack trace, never a whole body. */
    static String oneLine(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).replaceAll("[\\r\\n\\t]+", " ");
        return message.length() <= LOGGED_MAX ? message : message.substring(0, LOGGED_MAX) + "…";
    }
}

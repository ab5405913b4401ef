package org.onestop.platform.internal.account;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A form page shown again after a {@link Refusal}: with what the user typed (never passwords), the message of each
 * field at fault under {@code errors}, and the overall message under {@code problem}, answered with the refusal's
 * status.
 */
final class FormView {

    private FormView() {
    }

    static Response refused(String template, Refusal refusal, Messages messages, Language language,
            Map<String, ?> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.fields().forEach((field, key) -> errors.put(field, messages.text(language, key)));
        Map<String, Object> model = new HashMap<>(values);
        model.put("errors", errors);
        model.put("problem", messages.text(language, refusal.key(), refusal.arguments()));
        Response.ResponseBuilder response = Response.status(refusal.status()).entity(new View(template, model));
        if (refusal.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, refusal.retryAfter().toSeconds());
        }
        return response.build();
    }

    /** A form page shown for the first time, or after success with a {@code notice} key. */
    static View of(String template, Map<String, ?> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.putIfAbsent("errors", Map.of());
        return new View(template, model);
    }

    /** {@code value}, or the empty string for null: what a form field shows. */
    static String shown(String value) {
        return value == null ? "" : value;
    }
}

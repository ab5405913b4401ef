package org.onestop.preexam.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * What is wrong with a form, field by field, each as a message key with its arguments, in the order of the form.
 * Turned into the reader's language for a page, or into a refusal (422) whose problem document names each field.
 */
public final class FormProblems {

    /** One field's problem. */
    public record Problem(String key, Object[] arguments) {
    }

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /** Notes the first problem of {@code field}; later ones for the same field are ignored. */
    public FormProblems add(String field, String key, Object... arguments) {
        problems.putIfAbsent(field, new Problem(key, arguments));
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    /** Each field's problem in {@code language}. */
    public Map<String, String> texts(Messages messages, Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, p) -> texts.put(field, messages.text(language, p.key(), p.arguments())));
        return texts;
    }

    /**
     * What a page says above a refused form: the refusal's message, or when it names fields (each shown at its
     * field) {@code summary} if given, else nothing, so that no message shows twice.
     */
    public static String headline(CaseRefusal refusal, String summary, Messages messages, Language language) {
        if (refusal.fields().isEmpty()) {
            return messages.text(language, refusal.key(), refusal.arguments());
        }
        return summary == null ? "" : messages.text(language, summary);
    }

    /**
     * A 422 refusal naming every field; its detail is the first problem when there is one only, else
     * {@code preexam.error.form}.
     */
    public CaseRefusal refusal(Messages messages, Language language) {
        Map<String, String> texts = texts(messages, language);
        if (texts.size() == 1) {
            Problem only = problems.values().iterator().next();
            return new CaseRefusal(422, only.key(), texts, only.arguments());
        }
        return new CaseRefusal(422, "preexam.error.form", texts, String.join(" ", texts.values()));
    }
}

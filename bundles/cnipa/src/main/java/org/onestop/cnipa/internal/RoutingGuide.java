package org.onestop.cnipa.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The routing guide (您想办理什么？): a few questions whose choices lead to another question or to a business's entry
 * in the catalogue. The questions are data, seeded from {@code cnipa/guide.txt}; the first is where it begins.
 */
@Component(service = RoutingGuide.class)
public final class RoutingGuide {

    static final String CONTENT = "/cnipa/guide.txt";

    /** A question and its choices. */
    public record Question(String id, String textZh, String textEn, List<Choice> choices) {
    }

    /** A choice: to the question {@code next}, or (next null) to the entry of the business {@code entry}. */
    public record Choice(String labelZh, String labelEn, String next, String entry) {

        /** The address the choice leads to. */
        public String href() {
            return next != null ? "/cnipa/guide/" + next : "/cnipa/catalogue/" + entry;
        }
    }

    private final Map<String, Question> questions;

    @Activate
    public RoutingGuide() {
        this(RoutingGuide.class.getResourceAsStream(CONTENT));
    }

    RoutingGuide(InputStream content) {
        this.questions = parse(content);
    }

    /** Every question, the first where the guide begins. */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    /** The question the guide begins with. */
    public Question first() {
        return questions.values().iterator().next();
    }

    Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    private static Map<String, Question> parse(InputStream content) {
        if (content == null) {
            throw new IllegalStateException(CONTENT + " is missing from the bundle");
        }
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalStateException("not a question or a choice: " + line);
                }
                String[] id = parts[0].split(">");
                String zh = parts[1].strip();
                String en = parts[2].strip();
                if (id.length == 1) {
                    heads.put(id[0].strip(), new String[] {zh, en});
                    choices.putIfAbsent(id[0].strip(), new ArrayList<>());
                } else {
                    String to = id[1].strip();
                    choices.computeIfAbsent(id[0].strip(), k -> new ArrayList<>()).add(to.startsWith("=")
                            ? new Choice(zh, en, null, to.substring(1)) : new Choice(zh, en, to, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Question> questions = new LinkedHashMap<>();
        heads.forEach((id, text) -> questions.put(id, new Question(id, text[0], text[1], List.copyOf(choices.get(id)))));
        if (questions.isEmpty() || !questions.keySet().containsAll(choices.keySet())) {
            throw new IllegalStateException("a choice of a question that is not there: " + choices.keySet());
        }
        return questions;
    }
}

package org.onestop.lookup.internal.nice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Nice classification (10th edition, version 2015) as the bundle ships it: 45 classes with their English and
 * Chinese headings and the goods and services items of each. An item is found by words of its description (every
 * word must occur, any case); a class by words of its heading, in English or Chinese. Read once, held in memory.
 */
@Component(service = NiceClassification.class, immediate = true)
public final class NiceClassification {

    private final List<NiceClass> classes;
    private final List<NiceItem> items;
    private final List<String> lowerDescriptions;

    public NiceClassification() {
        try (InputStream json = resource("/seed/nice-classification.json");
                InputStream zh = resource("/seed/nice-headings-zh.properties")) {
            Properties headings = new Properties();
            headings.load(new InputStreamReader(zh, StandardCharsets.UTF_8));
            JsonNode root = new ObjectMapper().readTree(json);
            List<NiceItem> all = new ArrayList<>();
            int[] counts = new int[46];
            for (String list : new String[] {"goods", "services"}) {
                for (JsonNode item : root.get(list)) {
                    String number = item.get("number").asText();
                    int cls = Integer.parseInt(number.substring(0, 2));
                    counts[cls]++;
                    all.add(new NiceItem(number, item.get("description").asText(), cls,
                            headings.getProperty(String.valueOf(cls), "")));
                }
            }
            List<NiceClass> found = new ArrayList<>();
            for (JsonNode c : root.get("classes")) {
                int n = Integer.parseInt(c.get("number").asText());
                found.add(new NiceClass(n, c.get("type").asText(), c.get("heading").asText(),
                        headings.getProperty(String.valueOf(n), ""), counts[n]));
            }
            this.classes = List.copyOf(found);
            this.items = List.copyOf(all);
            this.lowerDescriptions = all.stream().map(i -> i.description().toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = NiceClassification.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    public List<NiceClass> classes() {
        return classes;
    }

    public Optional<NiceClass> of(int number) {
        return classes.stream().filter(c -> c.number() == number).findFirst();
    }

    /** The items of one class, in the order of their numbers. */
    public List<NiceItem> items(int classNumber) {
        return items.stream().filter(i -> i.classNumber() == classNumber).toList();
    }

    /** Classes and items matching every word of {@code q}, items optionally within one class. */
    public NiceMatches search(String q, Integer classNumber, int page, int size) {
        String text = q == null ? "" : q.strip();
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,，;；、]+"))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            List<NiceItem> within = classNumber == null ? List.of() : items(classNumber);
            return page(text, List.of(), within, page, size);
        }
        List<NiceClass> matchingClasses = classes.stream().filter(c -> words.stream().allMatch(w ->
                c.heading().toLowerCase(Locale.ROOT).contains(w) || c.headingZh().contains(w))).toList();
        List<NiceItem> matchingItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            NiceItem item = items.get(i);
            if (classNumber != null && item.classNumber() != classNumber) {
                continue;
            }
            String d = lowerDescriptions.get(i);
            if (words.stream().allMatch(w -> containsWord(d, w))) {
                matchingItems.add(item);
            }
        }
        return page(text, matchingClasses, matchingItems, page, size);
    }

    /** Whether {@code word} starts a word somewhere in {@code text}: "ice" is in "ice cream", not "service". */
    static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static NiceMatches page(String q, List<NiceClass> classes, List<NiceItem> items, int page, int size) {
        int from = Math.min(items.size(), (page - 1) * size);
        return new NiceMatches(q, classes, items.size(), page, size,
                List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
}

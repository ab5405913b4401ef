package org.onestop.lookup.internal.nice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.onestop.api.module.Paging;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Nice classification (10th edition, version 2015) as the bundle ships it: 45 classes with their English and
 * Chinese headings and the goods and services items of each, in English and (for all but about one in a hundred)
 * in Chinese. An item is found by words of its names: every word must start a word of the English name (any case)
 * or occur in the Chinese name (Chinese has no spaces between words); a class by words of its heading, in English
 * or Chinese. Read once, on first use, and held in memory.
 */
@Component(service = NiceClassification.class)
public final class NiceClassification {

    /** Longest search, and the most words one takes. */
    static final int LONGEST_QUERY = 200;
    static final int MAX_WORDS = 16;
    /** Items of a search per page, at most. */
    static final int MAX_PAGE_SIZE = 100;

    /** What the bundle ships, read on first use: a start does not wait for the catalogue, a first search does. */
    private volatile Catalogue catalogue;

    /** The classes, their items and the items' English names in lower case for matching (same order). */
    private record Catalogue(List<NiceClass> classes, List<NiceItem> items, List<String> lowerDescriptions) {
    }

    private Catalogue catalogue() {
        Catalogue read = catalogue;
        if (read == null) {
            synchronized (this) {
                read = catalogue;
                if (read == null) {
                    read = read();
                    catalogue = read;
                }
            }
        }
        return read;
    }

    private static Catalogue read() {
        try (InputStream json = resource("/seed/nice-classification.json");
                InputStream zh = resource("/seed/nice-headings-zh.properties");
                InputStream zhItems = resource("/seed/nice-items-zh.tsv")) {
            Properties headings = new Properties();
            headings.load(new InputStreamReader(zh, StandardCharsets.UTF_8));
            Map<String, String> namesZh = chineseNames(zhItems);
            JsonNode root = new ObjectMapper().readTree(json);
            List<NiceItem> all = new ArrayList<>();
            int[] counts = new int[46];
            for (String list : new String[] {"goods", "services"}) {
                for (JsonNode item : root.get(list)) {
                    String number = item.get("number").asText();
                    int cls = Integer.parseInt(number.substring(0, 2));
                    counts[cls]++;
                    all.add(new NiceItem(number, item.get("description").asText(), namesZh.get(number), cls,
                            headings.getProperty(String.valueOf(cls), "")));
                }
            }
            List<NiceClass> found = new ArrayList<>();
            for (JsonNode c : root.get("classes")) {
                int n = Integer.parseInt(c.get("number").asText());
                found.add(new NiceClass(n, c.get("type").asText(), c.get("heading").asText(),
                        headings.getProperty(String.valueOf(n), ""), counts[n]));
            }
            return new Catalogue(List.copyOf(found), List.copyOf(all),
                    all.stream().map(i -> i.description().toLowerCase(Locale.ROOT)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Chinese names by basic number, from the tab-separated file the bundle ships. */
    private static Map<String, String> chineseNames(InputStream tsv) throws IOException {
        Map<String, String> names = new HashMap<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (!line.startsWith("#") && tab > 0) {
                names.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        }
        return names;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = NiceClassification.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    public List<NiceClass> classes() {
        return catalogue().classes();
    }

    public Optional<NiceClass> of(int number) {
        return classes().stream().filter(c -> c.number() == number).findFirst();
    }

    /** The items of one class, in the order of their numbers. */
    public List<NiceItem> items(int classNumber) {
        return catalogue().items().stream().filter(i -> i.classNumber() == classNumber).toList();
    }

    /** Classes and items matching every word of {@code q}, items optionally within one class. */
    public NiceMatches search(String q, Integer classNumber, int page, int size) {
        String text = q == null ? "" : q.strip();
        if (text.length() > LONGEST_QUERY) {
            throw Refusal.badRequest("lookup.error.tooLong", new Refusal.Term("lookup.nice.search"), LONGEST_QUERY);
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,，;；、。.]+"))
                .filter(w -> !w.isEmpty()).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw Refusal.badRequest("lookup.error.words", new Refusal.Term("lookup.nice.search"), MAX_WORDS, words.size());
        }
        if (words.isEmpty()) {
            List<NiceItem> within = classNumber == null ? List.of() : items(classNumber);
            return page(text, List.of(), within, page, size);
        }
        Catalogue all = catalogue();
        List<NiceItem> items = all.items();
        List<NiceClass> matchingClasses = all.classes().stream().filter(c -> words.stream().allMatch(w ->
                c.heading().toLowerCase(Locale.ROOT).contains(w) || c.headingZh().contains(w))).toList();
        List<NiceItem> matchingItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            NiceItem item = items.get(i);
            if (classNumber != null && item.classNumber() != classNumber) {
                continue;
            }
            String d = all.lowerDescriptions().get(i);
            String zh = item.nameZh() == null ? "" : item.nameZh();
            if (words.stream().allMatch(w -> containsWord(d, w) || zh.contains(w))) {
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
        int from = (int) Math.min(items.size(), new Paging(page, size).offset());
        return new NiceMatches(q, classes, items.size(), page, size,
                List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
}

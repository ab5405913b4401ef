package org.onestop.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No package of the project's code depends, through others, on itself: a cycle ties packages together so that
 * none can move into a bundle of its own. Reads the imports of the main sources of the api, the platform, the
 * mail outbox, the information module and the examples.
 */
class PackageCyclesTest {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?(org\\.onestop\\.[\\w.]+);");
    private static final Path ROOT = Path.of("../..");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> imports = imports(List.of(ROOT.resolve("bundles/api"), ROOT.resolve("bundles/platform"),
                ROOT.resolve("bundles/mail"), ROOT.resolve("bundles/info"), ROOT.resolve("examples")));
        assertTrue(imports.size() > 20, "the sources were found: " + imports.keySet());
        assertEquals(List.of(), cycles(graph(imports)), "package cycles");
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a"));
        graph.put("d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
    }

    /** For each package, the names it imports from the project. */
    private static Map<String, Set<String>> imports(List<Path> roots) throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> f.toString().replace('\\', '/').contains("/src/main/java/"))
                        .forEach(f -> read(f, imports));
            }
        }
        return imports;
    }

    private static void read(Path file, Map<String, Set<String>> imports) {
        try {
            String source = Files.readString(file);
            Matcher p = PACKAGE.matcher(source);
            if (!p.find()) {
                return;
            }
            Set<String> names = imports.computeIfAbsent(p.group(1), k -> new TreeSet<>());
            Matcher i = IMPORT.matcher(source);
            while (i.find()) {
                names.add(i.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Package to the packages it uses: an imported name belongs to the longest package that prefixes it. */
    private static Map<String, Set<String>> graph(Map<String, Set<String>> imports) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : imports.entrySet()) {
            Set<String> uses = new TreeSet<>();
            for (String name : e.getValue()) {
                String owner = null;
                for (String candidate : imports.keySet()) {
                    if (name.startsWith(candidate + ".") && (owner == null || candidate.length() > owner.length())) {
                        owner = candidate;
                    }
                }
                if (owner != null && !owner.equals(e.getKey())) {
                    uses.add(owner);
                }
            }
            graph.put(e.getKey(), uses);
        }
        return graph;
    }

    /** The strongly connected groups of more than one package (Tarjan), each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, graph, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void visit(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                visit(w, graph, index, low, stack, onStack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> group = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                group.sort(null);
                found.add(group);
            }
        }
    }
}

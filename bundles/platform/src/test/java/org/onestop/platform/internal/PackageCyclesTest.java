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
import org.junit.jupiter.api.io.TempDir;

/**
 * No package of the project's code depends, through others, on itself: a cycle ties packages together so that
 * none can move into a bundle of its own. Reads the imports of the main sources of every bundle under
 * {@code bundles/} (found by listing the folder, so that a new bundle is checked without a change here), of the test
 * support in {@code testing/} and of the examples. A cycle fails the build with its packages and the imports that
 * tie them.
 */
class PackageCyclesTest {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    /** An import of the project's: a type, a static member, or a whole package ({@code .*}). */
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^import (?:static )?(org\\.onestop\\.[\\w.]+?)(?:\\.\\*)?;");
    private static final Path ROOT = Path.of("../..");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> imports = imports(sources(ROOT));
        for (String bundle : List.of("api", "platform", "cases", "mail", "migration", "info", "lookup", "preexam", "testing")) {
            assertTrue(imports.keySet().stream().anyMatch(p -> p.startsWith("org.onestop." + bundle)),
                    "the sources of " + bundle + " were read: " + imports.keySet());
        }
        Map<String, Set<String>> graph = graph(imports);
        List<List<String>> cycles = cycles(graph);
        assertTrue(cycles.isEmpty(), () -> "package cycles:\n" + describe(cycles, imports));
    }

    /**
     * The case family (cases, casework, attachments, notifications, calendar) is a bundle of its own beside the core
     * of the platform ({@code bundles/cases}): neither uses the other's packages, the api is between them.
     */
    @Test
    void theCoreAndTheCaseFamilyMeetOnlyInTheApi() throws IOException {
        Map<String, Set<String>> graph = graph(imports(sources(ROOT)));
        List<String> family = Stream.of("cases", "casework", "attachment", "notification", "calendar")
                .map(name -> "org.onestop.cases.internal." + name).toList();
        assertTrue(graph.keySet().containsAll(family), () -> "the case family was read: " + graph.keySet());
        List<String> uses = new ArrayList<>();
        graph.forEach((from, to) -> {
            String other = from.startsWith("org.onestop.platform") ? "org.onestop.cases"
                    : from.startsWith("org.onestop.cases") ? "org.onestop.platform" : null;
            if (other != null) {
                to.stream().filter(used -> used.startsWith(other)).forEach(used -> uses.add(from + " -> " + used));
            }
        });
        assertEquals(List.of(), uses);
    }

    @Test
    void aCycleIsNamedWithTheImportsThatMakeIt() {
        Map<String, Set<String>> imports = new TreeMap<>();
        imports.put("org.onestop.x", Set.of("org.onestop.x.y.Lower"));
        imports.put("org.onestop.x.y", Set.of("org.onestop.x.Upper"));
        List<List<String>> cycles = cycles(graph(imports));
        assertEquals(List.of(List.of("org.onestop.x", "org.onestop.x.y")), cycles);
        assertEquals("org.onestop.x, org.onestop.x.y\n"
                + "  org.onestop.x -> org.onestop.x.y: org.onestop.x.y.Lower\n"
                + "  org.onestop.x.y -> org.onestop.x: org.onestop.x.Upper\n", describe(cycles, imports));
    }

    @Test
    void aBundleAddedUnderBundlesIsChecked(@TempDir Path tree) throws IOException {
        write(tree.resolve("bundles/newone/src/main/java/org/onestop/newone/Front.java"),
                "package org.onestop.newone;\n\nimport org.onestop.newone.store.Rows;\n\nclass Front {}\n");
        write(tree.resolve("bundles/newone/src/main/java/org/onestop/newone/store/Rows.java"),
                "package org.onestop.newone.store;\n\nimport org.onestop.newone.Front;\n\nclass Rows {}\n");
        Map<String, Set<String>> imports = imports(sources(tree));
        assertEquals(List.of(List.of("org.onestop.newone", "org.onestop.newone.store")), cycles(graph(imports)));
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

    /** Where the project's code is below {@code root}: every folder of {@code bundles/}, {@code testing/}, examples. */
    private static List<Path> sources(Path root) throws IOException {
        List<Path> roots = new ArrayList<>(folders(root.resolve("bundles")));
        for (String other : List.of("testing", "examples")) {
            if (Files.isDirectory(root.resolve(other))) {
                roots.add(root.resolve(other));
            }
        }
        return roots;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The folders in {@code parent}, each a bundle. */
    private static List<Path> folders(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Each cycle: its packages, then each import from one of them to another. */
    private static String describe(List<List<String>> cycles, Map<String, Set<String>> imports) {
        Map<String, Set<String>> graph = graph(imports);
        StringBuilder text = new StringBuilder();
        for (List<String> cycle : cycles) {
            text.append(String.join(", ", cycle)).append('\n');
            for (String from : cycle) {
                for (String to : graph.get(from)) {
                    if (cycle.contains(to)) {
                        text.append("  ").append(from).append(" -> ").append(to).append(": ").append(String.join(
                                ", ", imports.get(from).stream().filter(n -> to.equals(owner(n, imports.keySet())))
                                        .toList())).append('\n');
                    }
                }
            }
        }
        return text.toString();
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
                String owner = owner(name, imports.keySet());
                if (owner != null && !owner.equals(e.getKey())) {
                    uses.add(owner);
                }
            }
            graph.put(e.getKey(), uses);
        }
        return graph;
    }

    /** The package an imported name belongs to: the longest one that prefixes it; null for none. */
    private static String owner(String name, Set<String> packages) {
        if (packages.contains(name)) {
            return name; // a package imported whole
        }
        String owner = null;
        for (String candidate : packages) {
            if (name.startsWith(candidate + ".") && (owner == null || candidate.length() > owner.length())) {
                owner = candidate;
            }
        }
        return owner;
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

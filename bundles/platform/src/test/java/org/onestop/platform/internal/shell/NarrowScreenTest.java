package org.onestop.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What can be told without a browser of "every page fits a 360 px screen", over the shell's and every module's
 * templates and style sheets: every table either turns into cards on a phone (class {@code stack}, each cell
 * naming its column) or scrolls inside its own box, never the page; no style sheet gives a phone anything wider
 * than it (a width, minimum width or grid track over 320 px that no narrow-screen rule takes back); form controls
 * and fieldsets shrink. The pages themselves were looked at in Chromium at 360 px and 1366 px.
 */
class NarrowScreenTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final int PHONE = 320;
    private static final Pattern TABLE = Pattern.compile("<table\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");
    private static final Pattern WIDE = Pattern.compile("(?<![\\w(-])(\\d+(?:\\.\\d+)?)(px|em|rem)\\b");
    private static final Pattern TRACK = Pattern.compile("(?<!min\\()minmax\\(\\s*(\\d+(?:\\.\\d+)?)(px|em|rem)");

    @Test
    void everyTableTurnsIntoCardsOrScrollsInsideItsOwnBox() throws IOException {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (Path template : files("templates", ".ftlh")) {
            String text = Files.readString(template);
            Matcher table = TABLE.matcher(text);
            while (table.find()) {
                tables++;
                String where = ROOT.relativize(template) + ": " + table.group();
                List<String> classes = classes(table.group());
                String before = text.substring(0, table.start());
                boolean inScrollBox = before.lastIndexOf("-scroll\"") > before.lastIndexOf("</div>");
                if (classes.contains("stack")) {
                    String body = text.substring(table.end(), text.indexOf("</table>", table.end()));
                    Matcher cell = Pattern.compile("<td\\b[^>]*>").matcher(body);
                    while (cell.find()) {
                        if (!cell.group().contains("data-label=")) {
                            problems.add(where + ": a cell without data-label, " + cell.group());
                        }
                    }
                } else if (!inScrollBox && !classes.contains("table") && !classes.contains("data")) {
                    problems.add(where + ": neither class stack nor inside a *-scroll box");
                }
            }
        }
        assertTrue(tables >= 10, "the templates were found: " + tables);
        assertEquals(List.of(), problems);
    }

    @Test
    void myRequestsAndTheWorkbenchShowEachCaseAsACardOnAPhone() throws IOException {
        for (String page : List.of("requests/list.ftlh", "staff/home.ftlh", "ops/audit.ftlh")) {
            String text = Files.readString(ROOT.resolve("web/templates").resolve(page));
            Matcher table = TABLE.matcher(text);
            assertTrue(table.find(), page);
            assertTrue(classes(table.group()).contains("stack"), page + ": " + table.group());
        }
        String css = Files.readString(ROOT.resolve("web/static/css/portal.css"));
        assertTrue(css.contains("table.stack td[data-label]::before { content: attr(data-label);"), "cells say "
                + "their column");
        assertFalse(css.contains(".cw-wrap { overflow-wrap: anywhere"), "titles break between words, not after "
                + "each character");
    }

    @Test
    void noStyleSheetMakesAnythingWiderThanAPhone() throws IOException {
        List<String> problems = new ArrayList<>();
        int sheets = 0;
        for (Path sheet : files("static", ".css")) {
            sheets++;
            problems.addAll(tooWide(ROOT.relativize(sheet).toString(), Files.readString(sheet)));
        }
        assertTrue(sheets >= 3, "the style sheets were found: " + sheets);
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsAWideCardGridAndAcceptsOneThatANarrowRuleTakesBack() {
        String wide = ".figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); }";
        assertEquals(1, tooWide("x.css", wide).size(), "as lookup.css had it");
        assertEquals(List.of(), tooWide("x.css", wide
                + "@media (max-width: 720px) { .figures { grid-template-columns: minmax(0, 1fr); } }"));
        assertEquals(List.of(), tooWide("x.css", ".cards { grid-template-columns: repeat(auto-fill, "
                + "minmax(min(360px, 100%), 1fr)); }"));
        assertEquals(1, tooWide("x.css", "input[type=file] { width: 418px; }").size());
        assertEquals(List.of(), tooWide("x.css", ".pxs-figures-table { min-width: 760px; }"), "a table scrolls in "
                + "its box");
    }

    @Test
    void formControlsAndFieldsetsShrinkToTheScreen() throws IOException {
        String css = Files.readString(ROOT.resolve("web/static/css/portal.css"));
        assertTrue(css.contains("input, select, textarea, button, iframe { max-width: 100%; }"), "no control is "
                + "wider than its column");
        assertTrue(css.contains("input[type=\"file\"] { min-width: 0; width: 100%; }"), "a file input is 418 px "
                + "wide by itself");
        assertTrue(css.contains("fieldset { min-width: 0; }"), "a fieldset is as wide as its content by default");
        assertTrue(css.contains(".columns { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);"),
                "the two columns of a case page may shrink");
    }

    /**
     * The declarations of a style sheet that give a phone something wider than {@value #PHONE} px (16 px to the
     * em): widths and grid tracks, unless a rule for narrow screens sets the same property of the same selector,
     * or the selector is a table's (it scrolls inside its box).
     */
    static List<String> tooWide(String name, String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, String> wide = new HashMap<>();
        List<String> takenBack = new ArrayList<>();
        Matcher block = Pattern.compile("(@media[^{]*)\\{((?:[^{}]*\\{[^{}]*\\})*)\\s*\\}|([^{}@]+)\\{([^{}]*)\\}")
                .matcher(text);
        while (block.find()) {
            if (block.group(1) != null) {
                boolean narrow = block.group(1).contains("max-width");
                Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(block.group(2));
                while (rule.find()) {
                    for (String property : properties(rule.group(2))) {
                        for (String selector : rule.group(1).split(",")) {
                            if (narrow) {
                                takenBack.add(selector.strip() + "|" + property);
                            }
                        }
                    }
                    if (!block.group(1).contains("min-width")) {
                        collect(rule.group(1), rule.group(2), wide);
                    }
                }
            } else {
                collect(block.group(3), block.group(4), wide);
            }
        }
        List<String> problems = new ArrayList<>();
        wide.forEach((where, declaration) -> {
            if (!takenBack.contains(where)) {
                problems.add(name + ": " + where.replace("|", " { ") + ": " + declaration + " }");
            }
        });
        return problems;
    }

    private static void collect(String selectors, String declarations, Map<String, String> wide) {
        for (String declaration : declarations.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip();
            String value = declaration.substring(colon + 1).strip();
            boolean tooWide = switch (property) {
                case "width", "min-width", "flex-basis" -> exceeds(WIDE.matcher(value));
                case "grid-template-columns", "grid-auto-columns" -> exceeds(TRACK.matcher(value));
                default -> false;
            };
            for (String selector : selectors.split(",")) {
                if (tooWide && !selector.contains("table")) {
                    wide.put(selector.strip() + "|" + property, value);
                }
            }
        }
    }

    private static boolean exceeds(Matcher lengths) {
        while (lengths.find()) {
            double n = Double.parseDouble(lengths.group(1));
            if ((lengths.group(2).equals("px") ? n : n * 16) > PHONE) {
                return true;
            }
        }
        return false;
    }

    private static List<String> properties(String declarations) {
        List<String> properties = new ArrayList<>();
        for (String declaration : declarations.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                properties.add(declaration.substring(0, colon).strip());
            }
        }
        return properties;
    }

    private static List<String> classes(String tag) {
        Matcher c = CLASS.matcher(tag);
        return c.find() ? List.of(c.group(1).split("\\s+")) : List.of();
    }

    /** Files ending {@code suffix} under {@code folder} of web/ and of every bundle's and example's resources. */
    private static List<Path> files(String folder, String suffix) throws IOException {
        List<Path> roots = new ArrayList<>(List.of(ROOT.resolve("web").resolve(folder)));
        for (String parent : List.of("bundles", "examples")) {
            try (Stream<Path> modules = Files.list(ROOT.resolve(parent))) {
                modules.map(m -> m.resolve("src/main/resources").resolve(folder)).filter(Files::isDirectory)
                        .forEach(roots::add);
            }
        }
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(suffix)).forEach(found::add);
            }
        }
        return found;
    }
}

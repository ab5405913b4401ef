package org.onestop.print.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.onestop.api.print.Block;
import org.onestop.api.print.Phrase;

/**
 * Places a document's blocks on A4 pages: breaks the text into lines that fit the text column, sets them with the
 * generous leading of official documents, and chooses the largest body size (14 pt down to 9 pt) at which the
 * whole document fits on one page. Only a document too long even at the smallest size runs on to further pages, so
 * nothing is ever cut off. One layout per print: not shared between threads.
 */
final class PageLayout {

    static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = PAGE.getWidth() - 26 * MM;
    private static final float TOP = PAGE.getHeight() - 25 * MM;
    private static final float BOTTOM = 25 * MM;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float LARGEST = 14f;
    private static final float SMALLEST = 9f;
    private static final float STEP = 0.5f;
    private static final float LEADING = 1.75f;

    /** Something to draw: a run of text at a baseline, a horizontal rule, or a picture. */
    sealed interface Mark {
        /** This mark with its vertical position taken from the top of its row to the page. */
        Mark below(float rowTop);
    }

    record Words(float x, float y, String text, float size, boolean bold, boolean red) implements Mark {
        @Override
        public Words below(float rowTop) {
            return new Words(x, rowTop - y, text, size, bold, red);
        }
    }

    record Rule(float x1, float x2, float y, float thickness, boolean red) implements Mark {
        @Override
        public Rule below(float rowTop) {
            return new Rule(x1, x2, rowTop - y, thickness, red);
        }
    }

    /** A picture whose lower left corner is at x, y, drawn width by height. */
    record Image(float x, float y, float width, float height, Block.Picture picture) implements Mark {
        @Override
        public Image below(float rowTop) {
            return new Image(x, rowTop - y, width, height, picture);
        }
    }

    /** A horizontal band of the page: its height and its marks, placed from the band's top. */
    private record Row(float height, List<Mark> marks) {
    }

    private final PDFont font;
    private final float size;
    private final List<List<Mark>> pages = new ArrayList<>();
    private float used;

    private PageLayout(PDFont font, float size) {
        this.font = font;
        this.size = size;
    }

    /** The document's pages, each a list of marks in page coordinates; one page unless the text cannot fit. */
    static List<List<Mark>> fit(PDFont font, List<Block> blocks) {
        List<List<Mark>> pages = List.of();
        for (float size = LARGEST; size >= SMALLEST; size -= STEP) {
            pages = new PageLayout(font, size).place(blocks);
            if (pages.size() == 1) {
                break;
            }
        }
        return pages;
    }

    private List<List<Mark>> place(List<Block> blocks) {
        pages.add(new ArrayList<>());
        for (Block block : blocks) {
            List<Row> rows = rows(block);
            float height = (float) rows.stream().mapToDouble(Row::height).sum();
            boolean together = block instanceof Block.Signature || block instanceof Block.Particular
                    || block instanceof Block.Picture;
            if (together && used + height > TOP - BOTTOM && height <= TOP - BOTTOM) {
                newPage();
            }
            for (Row row : rows) {
                if (used + row.height() > TOP - BOTTOM && used > 0) {
                    newPage();
                }
                float rowTop = TOP - used;
                row.marks().forEach(mark -> pages.get(pages.size() - 1).add(mark.below(rowTop)));
                used += row.height();
            }
        }
        return pages;
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        used = 0;
    }

    private List<Row> rows(Block block) {
        List<Row> rows = new ArrayList<>();
        if (block instanceof Block.Banner banner) {
            float s = size * 1.5f;
            for (String line : lines(Phrase.of(banner.text()).units(), WIDTH, WIDTH, s)) {
                rows.add(text(centred(line, s), line, s, false, true, s * 1.6f));
            }
            rows.add(new Row(size * 0.9f, List.of(new Rule(LEFT, RIGHT, size * 0.2f, 1.8f, true),
                    new Rule(LEFT, RIGHT, size * 0.2f + 3.2f, 0.6f, true))));
        } else if (block instanceof Block.Heading heading) {
            float s = size * 1.6f;
            for (String line : lines(Phrase.of(heading.text()).units(), WIDTH, WIDTH, s)) {
                rows.add(text(centred(line, s), line, s, true, false, s * 1.9f));
            }
        } else if (block instanceof Block.Reference reference) {
            for (String line : lines(reference.text().units(), WIDTH, WIDTH, size)) {
                rows.add(text(RIGHT - width(line, size), line, size, false, false, size * LEADING));
            }
        } else if (block instanceof Block.Paragraph paragraph) {
            float indent = paragraph.indented() ? 2 * size : 0;
            List<String> lines = lines(paragraph.text().units(), WIDTH - indent, WIDTH, size);
            for (int i = 0; i < lines.size(); i++) {
                rows.add(text(LEFT + (i == 0 ? indent : 0), lines.get(i), size, false, false, size * LEADING));
            }
        } else if (block instanceof Block.Particular particular) {
            rows.addAll(particular(particular));
        } else if (block instanceof Block.Gap gap) {
            rows.add(new Row(gap.lines() * size * LEADING, List.of()));
        } else if (block instanceof Block.Signature signature) {
            rows.addAll(signature(signature));
        } else if (block instanceof Block.Picture picture) {
            float w = Math.min(picture.width() * MM, WIDTH);
            float h = w * picture.pixelHeight() / Math.max(1, picture.pixelWidth());
            rows.add(new Row(h + size, List.of(new Image(LEFT + (WIDTH - w) / 2, h + size / 2, w, h, picture))));
        }
        return rows;
    }

    /** The label two characters in, the value in a column of its own that its continuation lines keep to. */
    private List<Row> particular(Block.Particular particular) {
        String label = particular.label() + "：";
        float indent = 2 * size;
        float column = Math.max(7 * size, width(label, size));
        float room = WIDTH - indent - column;
        List<String> lines = lines(particular.value().units(), room, room, size);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Mark> marks = new ArrayList<>();
            if (i == 0) {
                marks.add(words(LEFT + indent, label, size, false, false, size * LEADING));
            }
            marks.add(words(LEFT + indent + column, lines.get(i), size, false, false, size * LEADING));
            rows.add(new Row(size * LEADING, marks));
        }
        return rows;
    }

    /** Lines centred on each other, the widest ending two characters before the right margin. */
    private List<Row> signature(Block.Signature signature) {
        List<String> lines = new ArrayList<>();
        for (String line : signature.lines()) {
            lines.addAll(lines(Phrase.of(line).units(), WIDTH - 4 * size, WIDTH - 4 * size, size));
        }
        float widest = (float) lines.stream().mapToDouble(l -> width(l, size)).max().orElse(0);
        float centre = RIGHT - 2 * size - widest / 2;
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(text(centre - width(line, size) / 2, line, size, false, false, size * LEADING));
        }
        return rows;
    }

    private float centred(String line, float s) {
        return LEFT + (RIGHT - LEFT - width(line, s)) / 2;
    }

    private Row text(float x, String line, float s, boolean bold, boolean red, float height) {
        return new Row(height, List.of(words(x, line, s, bold, red, height)));
    }

    /** A run of text whose glyphs sit in the middle of a row of the given height. */
    private static Words words(float x, String line, float s, boolean bold, boolean red, float height) {
        return new Words(x, (height - s) / 2 + 0.88f * s, line, s, bold, red);
    }

    /**
     * Breaks units into lines: the first line at most {@code first} wide, the others {@code rest}. Spaces at a
     * break vanish; a unit wider than a whole line is split between characters.
     */
    private List<String> lines(List<String> units, float first, float rest, float s) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float filled = 0;
        for (String unit : units) {
            float limit = lines.isEmpty() ? first : rest;
            float w = width(unit, s);
            if (line.length() == 0 && unit.equals(" ")) {
                continue;
            }
            if (filled + w <= limit) {
                line.append(unit);
                filled += w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().strip());
                line.setLength(0);
                filled = 0;
                limit = rest;
                if (unit.equals(" ")) {
                    continue;
                }
            }
            for (int i = 0; i < unit.length(); i = unit.offsetByCodePoints(i, 1)) {
                String character = unit.substring(i, unit.offsetByCodePoints(i, 1));
                float cw = width(character, s);
                if (filled + cw > limit && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    filled = 0;
                    limit = rest;
                }
                line.append(character);
                filled += cw;
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** The width of text at a size; a font that cannot measure is a broken bundle, so unchecked. */
    private float width(String text, float s) {
        try {
            return font.getStringWidth(text) / 1000f * s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.onestop.print.internal;

import org.apache.fontbox.ttf.CmapLookup;
import org.onestop.api.print.Block;
import org.onestop.api.print.Phrase;

/**
 * Makes text safe to set in the face: white space and control characters become a space, invisible format
 * characters go, a character the face lacks becomes □.
 */
record Glyphs(CmapLookup cmap) {

    /** Stands for a character the font has no glyph for (rare characters beyond GB 18030's common range). */
    private static final int MISSING = '□';

    /** The block with every text in it made safe. */
    Block clean(Block block) {
        if (block instanceof Block.Banner banner) {
            return new Block.Banner(clean(banner.text()));
        } else if (block instanceof Block.Heading heading) {
            return new Block.Heading(clean(heading.text()));
        } else if (block instanceof Block.Reference reference) {
            return new Block.Reference(clean(reference.text()));
        } else if (block instanceof Block.Paragraph paragraph) {
            return new Block.Paragraph(clean(paragraph.text()), paragraph.indented());
        } else if (block instanceof Block.Particular particular) {
            return new Block.Particular(clean(particular.label()), clean(particular.value()));
        } else if (block instanceof Block.Signature signature) {
            return new Block.Signature(signature.lines().stream().map(this::clean).toList());
        }
        return block;
    }

    /** A phrase of the same units, each made safe (a unit left empty goes). */
    private Phrase clean(Phrase phrase) {
        Phrase clean = new Phrase();
        phrase.units().forEach(unit -> clean.keep(unit.equals(" ") ? unit : safe(unit)));
        return clean;
    }

    /** Text made safe, without white space at either end. */
    String clean(String text) {
        return safe(text.strip());
    }

    private String safe(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.FORMAT) {
                return;
            }
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(cmap.getGlyphId(cp) > 0 ? cp : MISSING);
            }
        });
        return clean.toString();
    }
}

package org.onestop.api.print;

import java.util.List;
import java.util.Objects;

/** The parts a printed document is made of, top to bottom, before they are measured and placed on the page. */
public sealed interface Block {

    /** The issuing centre's name across the top, in red, over a red double rule. */
    record Banner(String text) implements Block {
        public Banner {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The document's title, centred and bold. */
    record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A reference line (a number) set flush right. */
    record Reference(Phrase text) implements Block {
        public Reference {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text; the first line indented by two characters when {@code indented}. */
    record Paragraph(Phrase text, boolean indented) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A labelled particular: the label in its own column, the value wrapping beside it; kept on one page. */
    record Particular(String label, Phrase value) implements Block {
        public Particular {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Vertical space, in body lines. */
    record Gap(float lines) implements Block {
    }

    /**
     * A picture (a QR code, a seal) centred on the page, {@code width} millimetres wide, its height in proportion;
     * kept on one page. {@code png} is a PNG image, {@code description} says what it shows (for the record, never
     * printed).
     */
    record Picture(byte[] png, float width, String description) implements Block {
        private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

        public Picture {
            Objects.requireNonNull(png, "png");
            Objects.requireNonNull(description, "description");
            if (png.length < 24 || !java.util.Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
                throw new IllegalArgumentException("A picture is a PNG image");
            }
            if (!(width > 0 && width <= 170)) {
                throw new IllegalArgumentException("A picture is 0 to 170 mm wide, not " + width);
            }
            png = png.clone();
        }

        /** The PNG image (a copy). */
        @Override
        public byte[] png() {
            return png.clone();
        }

        /** The image's width in pixels, from its header. */
        public int pixelWidth() {
            return java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
        }

        /** The image's height in pixels, from its header. */
        public int pixelHeight() {
            return java.nio.ByteBuffer.wrap(png, 20, 4).getInt();
        }
    }

    /** The signature: the issuer and the date, centred on each other towards the right, kept together. */
    record Signature(List<String> lines) implements Block {
        public Signature {
            lines = List.copyOf(lines);
        }
    }
}

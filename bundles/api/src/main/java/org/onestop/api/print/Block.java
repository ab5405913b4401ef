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

    /** The signature: the issuer and the date, centred on each other towards the right, kept together. */
    record Signature(List<String> lines) implements Block {
        public Signature {
            lines = List.copyOf(lines);
        }
    }
}

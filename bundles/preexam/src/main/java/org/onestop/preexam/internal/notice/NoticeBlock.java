package org.onestop.preexam.internal.notice;

import java.util.List;

/** The parts a notice is made of, top to bottom, before they are measured and placed on the page. */
sealed interface NoticeBlock {

    /** The issuing centre's name across the top, in red, over a red double rule. */
    record Banner(String text) implements NoticeBlock {
    }

    /** The document's title, centred and bold. */
    record Heading(String text) implements NoticeBlock {
    }

    /** A reference line (number) set flush right. */
    record Reference(Phrase text) implements NoticeBlock {
    }

    /** Running text; the first line indented by two characters when {@code indented}. */
    record Paragraph(Phrase text, boolean indented) implements NoticeBlock {
    }

    /** A labelled particular: the label in its own column, the value wrapping beside it. */
    record Particular(String label, Phrase value) implements NoticeBlock {
    }

    /** Vertical space, in body lines. */
    record Gap(float lines) implements NoticeBlock {
    }

    /** The signature: the centre and the date, centred on each other towards the right, kept together. */
    record Signature(List<String> lines) implements NoticeBlock {
    }
}

package org.onestop.assistance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.onestop.api.print.Block;
import org.onestop.api.print.Phrase;
import org.onestop.api.print.PrintedDocument;

/**
 * The centre's opinion on a rights-protection case (知识产权维权援助意见书) as a printed document, in Chinese as the
 * pre-examination notice is: the centre's banner, the heading, the case number, the applicant it is addressed to, the
 * particulars of the right and the other party, the opinion as the officer wrote it (one paragraph per line), the
 * reminder that it is advice without binding force, and the centre's name and date.
 *
 * @param centre      the centre's name
 * @param tracking    the case's number
 * @param addressee   the organisation or person who applied
 * @param right       the right concerned, in Chinese, with its number when it has one
 * @param otherParty  the other party
 * @param opinion     the opinion's text
 * @param issuedOn    the day it was issued, in the centre's zone
 */
record OpinionLetter(String centre, String tracking, String addressee, String right, String otherParty,
        String opinion, LocalDate issuedOn) {

    static final String HEADING = "知识产权维权援助意见书";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** What the letter says, with its properties. */
    PrintedDocument document() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Banner(centre));
        blocks.add(new Block.Heading(HEADING));
        blocks.add(new Block.Reference(new Phrase().text("受理编号：").keep(tracking)));
        blocks.add(new Block.Gap(0.4f));
        blocks.add(new Block.Paragraph(Phrase.of(addressee.strip() + "："), false));
        blocks.add(new Block.Paragraph(Phrase.of("你方申请的知识产权维权援助事项，经" + centre + "研究，现出具意见如下。"),
                true));
        blocks.add(new Block.Particular("涉及权利", Phrase.of(right)));
        blocks.add(new Block.Particular("对方当事人", Phrase.of(otherParty)));
        blocks.add(new Block.Gap(0.4f));
        for (String paragraph : opinion.split("\\R")) {
            if (!paragraph.isBlank()) {
                blocks.add(new Block.Paragraph(Phrase.of(paragraph.strip()), true));
            }
        }
        blocks.add(new Block.Paragraph(Phrase.of("本意见书系本中心提供的维权援助参考意见，不具有法律约束力。"), true));
        blocks.add(new Block.Gap(1.5f));
        blocks.add(new Block.Signature(List.of(centre, DATE.format(issuedOn))));
        return new PrintedDocument(HEADING + "（" + tracking + "）", right, centre, tracking, "OneStop assistance",
                blocks);
    }
}

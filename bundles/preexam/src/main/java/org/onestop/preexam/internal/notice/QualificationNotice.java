package org.onestop.preexam.internal.notice;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.onestop.api.print.Block;
import org.onestop.api.print.Phrase;
import org.onestop.api.print.PrintedDocument;
import org.onestop.api.print.Printer;

/**
 * Writes the qualification notice (预审合格通知书) of a qualified pre-examination request, printed by the gateway's
 * {@link Printer} as a one-page A4 PDF in Chinese: the centre's banner, the heading, the pre-examination and request
 * numbers, the organisation it is addressed to, the request's particulars, the instruction to file the application
 * with the China National Intellectual Property Administration through the fast-track channel by the filing deadline
 * on pain of losing the qualification, and the centre's name and date. An instance may be shared by any number of
 * threads.
 */
public final class QualificationNotice {

    /** How the notice writes a date: 2026年3月16日. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String HEADING = "预审合格通知书";

    private final Printer printer;

    /** A notice writer printing with {@code printer}. */
    public QualificationNotice(Printer printer) {
        this.printer = printer;
    }

    /** The PDF of the notice that says {@code content}. */
    public byte[] render(NoticeContent content) throws IOException {
        return printer.pdf(new PrintedDocument(HEADING + "（" + content.preexamNumber() + "）", content.title(),
                content.centreName(), content.preexamNumber() + ", " + content.trackingNumber(), "OneStop preexam",
                blocks(content)));
    }

    /** What the notice says, top to bottom. */
    private static List<Block> blocks(NoticeContent c) {
        String centre = c.centreName();
        String number = c.preexamNumber().strip();
        String deadline = DATE.format(c.filingDeadline());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Banner(centre));
        blocks.add(new Block.Heading(HEADING));
        blocks.add(new Block.Reference(new Phrase().text("预审编号：").keep(number)));
        blocks.add(new Block.Reference(new Phrase().text("请求编号：").keep(c.trackingNumber().strip())));
        blocks.add(new Block.Gap(0.4f));
        blocks.add(new Block.Paragraph(Phrase.of(c.organisationName() + "："), false));
        blocks.add(new Block.Paragraph(Phrase.of("你单位提交的下列专利申请预审请求，经" + centre
                + "预审，符合预审要求，准予预审合格。"), true));
        blocks.add(new Block.Particular(c.design() ? "使用外观设计的产品名称" : "发明创造名称",
                Phrase.of(c.title())));
        blocks.add(new Block.Particular("专利类型", Phrase.of(c.patentType())));
        Phrase applicants = new Phrase();
        for (int i = 0; i < c.applicants().size(); i++) {
            applicants.text((i == 0 ? "" : "；") + c.applicants().get(i).strip());
        }
        blocks.add(new Block.Particular("申请人", applicants));
        if (!c.creditCode().isBlank()) {
            blocks.add(new Block.Particular("统一社会信用代码", new Phrase().keep(c.creditCode().strip())));
        }
        blocks.add(new Block.Particular(c.design() ? "洛迦诺分类号" : "主分类号",
                new Phrase().keep(c.classification().strip())));
        blocks.add(new Block.Particular("预审合格日期", new Phrase().keep(DATE.format(c.qualifiedOn()))));
        blocks.add(new Block.Particular("申请提交期限", new Phrase().keep(deadline).text("（含当日）")));
        blocks.add(new Block.Gap(0.4f));
        blocks.add(new Block.Paragraph(new Phrase().text("请你单位于").keep(deadline)
                .text("前（含当日），通过专利预审快速通道向国家知识产权局提交上述专利申请，并注明预审编号")
                .keep(number).text("。提交的申请文件应与预审合格的文件一致。逾期未提交的，本预审合格资格自动失效。"),
                true));
        blocks.add(new Block.Paragraph(Phrase.of("特此通知。"), true));
        blocks.add(new Block.Gap(1.5f));
        blocks.add(new Block.Signature(List.of(centre, DATE.format(c.qualifiedOn()))));
        return blocks;
    }
}

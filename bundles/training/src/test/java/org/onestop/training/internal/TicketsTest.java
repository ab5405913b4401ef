package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onestop.training.internal.TrainingDesk.TRAINER;
import static org.onestop.training.internal.TrainingDesk.at;
import static org.onestop.training.internal.TrainingDesk.innovator;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onestop.api.module.Refusal;
import org.onestop.platform.internal.identity.HallAddress;
import org.onestop.platform.internal.identity.PeopleDirectory;
import org.onestop.print.internal.PdfPrinter;
import org.onestop.testing.ModuleTexts;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Admission tickets on a real Derby: a confirmed place is mailed its ticket's link in the transaction that confirms
 * it; the ticket (its holder's only) carries a code whose QR code in the PDF reads back; at the door the code checks
 * in once, and a reused, foreign, forged or untimely code is refused with its reason.
 */
class TicketsTest {

    @TempDir
    Path folder;

    private TrainingDesk t;
    private Tickets tickets;
    private CheckInDesk door;

    @BeforeEach
    void open() throws Exception {
        t = new TrainingDesk(folder, 24, 24);
        TicketCodes codes = new TicketCodes(t.catalogue, t.clock);
        tickets = new Tickets(t.catalogue, codes, new PeopleDirectory(), new PdfPrinter(), new HallAddress(
                "https://hall.example.cn", "8080"), () -> TrainingDesk.SHANGHAI, ModuleTexts.strict(), t.clock);
        door = new CheckInDesk(t.catalogue, codes, t.attendance, new PeopleDirectory(), () -> TrainingDesk.SHANGHAI,
                t.clock);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aConfirmedPlaceIsMailedItsTicketWhoseQrCodeReadsBackToItsCode() throws Exception {
        long session = t.publishedSession(1, 0);
        Enrolment placed = t.waitlist.enrol(session, innovator(1));
        Enrolment waiting = t.waitlist.enrol(session, innovator(2));

        assertEquals(List.of("入场凭证：专利检索实务"), t.noticesTo(1));
        assertEquals(List.of(), t.noticesTo(2), "no ticket while waiting");
        String mail = mailTo("p1@example.cn");
        assertTrue(mail.contains("/training/enrolments/" + placed.id() + "/ticket"), mail);

        Tickets.Ticket ticket = tickets.of(placed.id(), innovator(1));
        assertEquals("学员1", ticket.holder());
        assertEquals(Refusal.class, assertThrows(Refusal.class, () -> tickets.of(placed.id(), innovator(2)))
                .getClass());
        assertEquals(404, assertThrows(Refusal.class, () -> tickets.of(placed.id(), innovator(2))).status(),
                "another person's ticket is not found");
        assertEquals(409, assertThrows(Refusal.class, () -> tickets.of(waiting.id(), innovator(2))).status(),
                "no place, no ticket");

        try (PDDocument pdf = Loader.loadPDF(tickets.pdf(ticket))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("培训入场凭证") && text.contains("学员1") && text.contains("专利检索实务")
                    && text.contains("2026年12月20日09:00–11:30") && text.contains(ticket.code()), text);
            assertEquals(ticket.code(), qrIn(pdf.getPage(0)));
        }
        assertTrue(tickets.calendar(ticket).contains("DTSTART:20261220T010000Z\r\n"));
    }

    @Test
    void anOfferConfirmedIsTicketedToo() throws Exception {
        long session = t.publishedSession(1, 0);
        Enrolment first = t.waitlist.enrol(session, innovator(1));
        Enrolment second = t.waitlist.enrol(session, innovator(2));
        t.waitlist.cancel(first.id(), innovator(1));
        t.waitlist.confirm(second.id(), innovator(2));
        assertEquals("入场凭证：专利检索实务", t.noticesTo(2).get(t.noticesTo(2).size() - 1));
        assertEquals("confirmed", tickets.of(second.id(), innovator(2)).enrolment().status());
    }

    @Test
    void theDoorLetsAGenuineTicketInOnceAndSaysWhyOthersAreNot() throws Exception {
        long session = t.publishedSession(5, 0);
        long other = t.publishedSession(5, 0);
        Enrolment mine = t.waitlist.enrol(session, innovator(3));
        Enrolment elsewhere = t.waitlist.enrol(other, innovator(4));
        Enrolment cancelled = t.waitlist.enrol(session, innovator(5));
        String code = tickets.of(mine.id(), innovator(3)).code();
        String cancelledCode = tickets.of(cancelled.id(), innovator(5)).code();
        t.waitlist.cancel(cancelled.id(), innovator(5));

        CheckInDesk.Answer early = door.read(session, code, TRAINER);
        assertEquals("too-early", early.outcome());
        assertEquals(List.of("学员3", "2026-12-20 07:00"), early.arguments());
        t.clock.set(at(20, 8).plus(Duration.ofMinutes(45)));
        CheckInDesk.Answer in = door.read(session, code, TRAINER);
        assertEquals("checked-in", in.outcome());
        assertEquals(200, in.status());
        assertEquals("学员3", in.name());
        t.clock.set(at(20, 9));
        CheckInDesk.Answer again = door.read(session, code.toLowerCase(), TRAINER);
        assertEquals("already-used", again.outcome());
        assertEquals(409, again.status());
        assertEquals(List.of("学员3", "2026-12-20 08:45"), again.arguments(), "when it was first used");

        String foreign = tickets.of(elsewhere.id(), innovator(4)).code();
        assertEquals("other-session", door.read(session, foreign, TRAINER).outcome());
        assertEquals("no-place", door.read(session, cancelledCode, TRAINER).outcome());
        String altered = code.replace("TK-" + mine.id() + "-", "TK-" + elsewhere.id() + "-");
        CheckInDesk.Answer forged = door.read(other, altered, TRAINER);
        assertEquals("forged", forged.outcome());
        assertEquals(422, forged.status());
        assertEquals("forged", door.read(session, "TK-1-1-" + "A".repeat(32), TRAINER).outcome());
        assertEquals(400, assertThrows(Refusal.class, () -> door.read(session, " ", TRAINER)).status());
        t.clock.set(at(20, 12));
        assertEquals("over", door.read(other, foreign, TRAINER).outcome());
        assertEquals(1, t.audited().stream().filter("training.attendance.door"::equals).count(), "let in once");
    }

    private String mailTo(String recipient) throws Exception {
        try (Connection c = t.db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT BODY FROM MAIL.MAIL_OUTBOX WHERE RECIPIENT = ? ORDER BY ID DESC")) {
            s.setString(1, recipient);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), "a mail to " + recipient);
                return rows.getString(1);
            }
        }
    }

    /** The text of the QR code on a PDF page, as a phone reads it. */
    static String qrIn(PDPage page) throws Exception {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        assertEquals(1, images.size());
        BufferedImage image = images.get(0).getImage();
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    @Test
    void aNamedAttendeesTicketCheckInListAndCertificateNameTheAttendeeWhoseHoursAreNotTheMembers() throws Exception {
        long session = t.publishedSession(3, 0);
        NamedAttendees named = new NamedAttendees(t.catalogue, t.waitlist);
        Enrolment wang = named.enrol(session, new Attendee("王五", "wang@example.cn", ""),
                innovator(1, 77L)).enrolment();
        Tickets.Ticket ticket = tickets.of(wang.id(), innovator(1, 77L));
        assertEquals("王五", ticket.holder(), "the ticket names who comes, not the member who enrolled them");

        t.clock.set(TrainingDesk.at(20, 8));
        CheckInDesk.Answer in = door.read(session, ticket.code(), TRAINER);
        assertEquals("checked-in", in.outcome());
        assertEquals("王五", in.name());
        AttendanceList.Attendee listed = t.attendanceList.of(session).attendees().get(0);
        assertEquals(List.of("王五", "wang@example.cn", "attended"), List.of(listed.name(), listed.email(),
                listed.status()));

        t.clock.set(TrainingDesk.at(21, 9));
        TrainingRecord.Record own = t.record.of(1);
        assertEquals(0, own.totalHours(), "the member's own record holds only their own places");
        assertTrue(own.attended().isEmpty());
        assertTrue(own.certificates().isEmpty());
        assertEquals(List.of("王五"), own.certificatesOfNamed().stream().map(Certificates.Certificate::holder).toList(),
                "the attendee's certificate, in their name, kept for the member to hand on");
    }
}

package org.onestop.training.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.onestop.api.i18n.CentreZone;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Person;
import org.onestop.api.module.Refusal;
import org.onestop.api.print.Block;
import org.onestop.api.print.Phrase;
import org.onestop.api.print.PrintedDocument;
import org.onestop.api.print.Printer;
import org.onestop.api.view.PublicAddress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Admission tickets: a confirmed place has one, for its holder only (another reader is told there is no such
 * enrolment, 404; a place not or no longer held has none, 409). A ticket names the course, the session's time and
 * place and the holder, and carries the signed code ({@link TicketCodes}) in words and as a QR code; it comes as a
 * page, as a PDF (printed by the gateway's {@link Printer}, in Chinese) and with the session's iCalendar file.
 */
@Component(service = Tickets.class)
public final class Tickets {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * An admission ticket.
     *
     * @param enrolment   the confirmed enrolment
     * @param course      its course
     * @param session     its session
     * @param holder      the holder's name
     * @param code        the signed code
     * @param checkedInAt when it was let in, or null
     */
    public record Ticket(Enrolment enrolment, Course course, TrainingSession session, String holder, String code,
            Instant checkedInAt) {

        QrCode qr() {
            return QrCode.of(code);
        }
    }

    private final Catalogue catalogue;
    private final TicketCodes codes;
    private final People people;
    private final Printer printer;
    private final PublicAddress hall;
    private final CentreZone zone;
    private final Messages messages;
    private final Clock clock;

    @Activate
    public Tickets(@Reference Catalogue catalogue, @Reference TicketCodes codes, @Reference People people,
            @Reference Printer printer, @Reference PublicAddress hall, @Reference CentreZone zone,
            @Reference Messages messages) {
        this(catalogue, codes, people, printer, hall, zone, messages, Clock.systemUTC());
    }

    Tickets(Catalogue catalogue, TicketCodes codes, People people, Printer printer, PublicAddress hall,
            CentreZone zone, Messages messages, Clock clock) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.people = people;
        this.printer = printer;
        this.hall = hall;
        this.zone = zone;
        this.messages = messages;
        this.clock = clock;
    }

    /** The ticket of the caller's enrolment: 404 unless it is the caller's, 409 unless it holds a place. */
    Ticket of(long enrolmentId, Caller caller) throws SQLException {
        Ticket ticket = catalogue.work().call(tx -> {
            Enrolment enrolment = Rolls.enrolment(tx, enrolmentId).filter(e -> e.accountId() == caller.accountId())
                    .orElseThrow(() -> new Refusal(404, "training.refused.noEnrolment"));
            if (!Enrolment.CONFIRMED.equals(enrolment.status())) {
                throw new Refusal(409, "training.ticket.none", new Refusal.Term("training.status."
                        + enrolment.status()));
            }
            TrainingSession session = catalogue.session(tx, enrolment.sessionId()).orElseThrow();
            Course course = catalogue.course(tx, session.courseId()).orElseThrow();
            String holder = NamedAttendees.holder(tx, enrolmentId, enrolment.accountId(), people);
            return new Ticket(enrolment, course, session, holder, "", Attendance.checkedIn(tx, enrolmentId)
                    .orElse(null));
        });
        return new Ticket(ticket.enrolment(), ticket.course(), ticket.session(), ticket.holder(),
                codes.code(enrolmentId, ticket.session().id()), ticket.checkedInAt());
    }

    /** The ticket as a one-page PDF in Chinese, with its QR code. */
    byte[] pdf(Ticket ticket) throws IOException {
        String title = text("training.ticket.title");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Banner(text("training.ticket.issuer")));
        blocks.add(new Block.Heading(title));
        blocks.add(new Block.Reference(new Phrase().text(text("training.ticket.number")).keep(String.valueOf(
                ticket.enrolment().id()))));
        blocks.add(new Block.Particular(text("training.ticket.holder"), Phrase.of(ticket.holder())));
        blocks.add(new Block.Particular(text("training.ticket.course"), Phrase.of(ticket.course().title())));
        blocks.add(new Block.Particular(text("training.ticket.when"), new Phrase().keep(DAY_TIME.format(
                ticket.session().startsAt().atZone(zone.zone()))).text(" – ").keep(TIME.format(ticket.session()
                        .endsAt().atZone(zone.zone())))));
        blocks.add(new Block.Particular(text("training.ticket.where"), ticket.session().online()
                ? Phrase.of(text("training.ticket.online", hall.url() + joinPath(ticket)))
                : Phrase.of(ticket.session().place())));
        blocks.add(new Block.Gap(0.5f));
        blocks.add(new Block.Picture(ticket.qr().png(8), 50, text("training.ticket.qr")));
        blocks.add(new Block.Paragraph(new Phrase().text(text("training.ticket.code") + "：").keep(ticket.code()),
                false));
        blocks.add(new Block.Paragraph(Phrase.of(text(ticket.session().online() ? "training.ticket.hintOnline"
                : "training.ticket.hint")), true));
        return printer.pdf(new PrintedDocument(title + "（" + ticket.enrolment().id() + "）", ticket.course().title(),
                text("training.ticket.issuer"), String.valueOf(ticket.enrolment().id()), "OneStop training",
                blocks));
    }

    /** The session's iCalendar file, with the ticket's (or online the join) link. */
    String calendar(Ticket ticket) {
        return SessionCalendar.of(ticket.course(), ticket.session(), ticket.enrolment().id(), hall.url(),
                clock.instant());
    }

    /** The file name of a ticket's download, e.g. {@code ticket-12.pdf}. */
    static String fileName(Ticket ticket, String extension) {
        return "ticket-" + ticket.enrolment().id() + "." + extension;
    }

    static String joinPath(Ticket ticket) {
        return "/training/enrolments/" + ticket.enrolment().id() + "/join";
    }

    private String text(String key, Object... arguments) {
        return messages.text(Language.ZH_CN, key, arguments);
    }
}

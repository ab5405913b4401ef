package org.onestop.cnipa.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/cnipa/fees}: the patent fee schedule ({@code GET schedule}) and a calculation ({@code GET calculate}
 * with {@code type}, {@code fee}, {@code year}, {@code applicants}, {@code reduction}, {@code granted}, {@code due},
 * {@code paid}), or the same fields as a JSON body ({@code POST calculate}, a {@link Question}): its lines, the
 * reduction and the total in yuan, the source and its date. Bad input is a problem document (400) in the caller's
 * language naming each field at fault; a body that is not JSON, has a field of the wrong type or one this interface
 * does not know is refused by the platform's JSON reader with its own problem document.
 */
@Component(service = FeeApi.class, immediate = true)
@ModuleResource
@Path("api/cnipa/fees")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class FeeApi {

    private final FeeSchedule schedule;
    private final Messages messages;

    @Activate
    public FeeApi(@Reference FeeSchedule schedule, @Reference Messages messages) {
        this.schedule = schedule;
        this.messages = messages;
    }

    @GET
    @Path("schedule")
    @Access(Audience.ANYONE)
    public List<Fee> fees(@Context Language language) throws SQLException {
        return schedule.all().stream().map(f -> Fee.of(f, language, messages)).toList();
    }

    @GET
    @Path("calculate")
    @Access(Audience.ANYONE)
    public Calculation calculate(@Context UriInfo uri, @Context Language language) throws SQLException {
        return calculation(FeePages.fields(uri), language);
    }

    @POST
    @Path("calculate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Audience.ANYONE)
    public Calculation calculate(Question body, @Context Language language) throws SQLException {
        if (body == null) {
            throw Refusal.badRequest("cnipa.fees.error.noBody");
        }
        return calculation(body.fields(), language);
    }

    private Calculation calculation(Map<String, String> fields, Language language) throws SQLException {
        FeeRules.Request request = FeeRules.request(fields);
        FeeCalculation done = FeeRules.calculate(schedule.all(), request);
        return new Calculation(done.type(), done.kind(), done.year(), done.applicants(), done.reductionPercent(),
                done.reductionApplies(), done.lateMonths(), done.latePercent(), done.lines().stream()
                        .map(l -> new Line(l.item(), messages.text(language, "cnipa.fees.line." + l.item()),
                                BigDecimal.valueOf(l.fen(), 2))).toList(), BigDecimal.valueOf(done.fen(), 2),
                Fee.of(done.source(), language, messages));
    }

    /**
     * A calculation asked for in a JSON body: the fields of the query of {@code GET calculate}, numbers as numbers,
     * {@code reduction} true or false, days as {@code yyyy-MM-dd}; a field not given is as if left out of the query.
     */
    public record Question(String type, String fee, Integer year, Integer applicants, Boolean reduction,
            Integer granted, String due, String paid) {

        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("type", FeeRules.trim(type));
            fields.put("fee", FeeRules.trim(fee));
            fields.put("year", year == null ? "" : year.toString());
            fields.put("applicants", applicants == null ? "" : applicants.toString());
            fields.put("reduction", Boolean.TRUE.equals(reduction) ? "true" : "");
            fields.put("granted", granted == null ? "" : granted.toString());
            fields.put("due", FeeRules.trim(due));
            fields.put("paid", FeeRules.trim(paid));
            return fields;
        }
    }

    /** A fee of the schedule in JSON: {@code amount} in yuan, its source and date, whether staff confirmed it. */
    public record Fee(String key, String fee, String type, int firstYear, int lastYear, String name,
            BigDecimal amount, boolean reducible, boolean confirmed, String source, LocalDate sourceDate) {

        static Fee of(FeeScheduleEntry f, Language language, Messages messages) {
            return new Fee(f.key(), f.kind(), f.type(), f.firstYear(), f.lastYear(), messages.text(language,
                    "cnipa.fees.type." + f.type()) + " · " + messages.text(language, "cnipa.fees.kind." + f.kind()),
                    BigDecimal.valueOf(f.fen(), 2), f.reducible(), f.confirmed(), f.source(language),
                    f.sourceDate());
        }
    }

    /** A line of a calculation in JSON: {@code item} (fee, reduction, late), its words, {@code amount} in yuan. */
    public record Line(String item, String label, BigDecimal amount) {
    }

    /** A calculation in JSON; {@code total} in yuan. */
    public record Calculation(String type, String fee, int year, int applicants, int reductionPercent,
            boolean reductionApplies, int lateMonths, int latePercent, List<Line> lines, BigDecimal total,
            Fee schedule) {
    }
}

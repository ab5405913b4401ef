package org.onestop.cnipa.internal;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.print.Block;
import org.onestop.api.print.Phrase;
import org.onestop.api.print.PrintedDocument;
import org.onestop.api.print.Printer;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /cnipa/fees}: the fee calculator (a form; with its query the result line by line, printable, and as a PDF
 * at {@code result.pdf} with the same query), the schedule ({@code schedule}) with its sources and dates, and the
 * supervisors' edit of the schedule ({@code schedule/edit}), each fee with its own form whose errors come back in
 * place.
 */
@Component(service = FeePages.class, immediate = true)
@ModuleResource
@Path("cnipa/fees")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class FeePages {

    private final FeeSchedule schedule;
    private final Printer printer;
    private final Messages messages;

    @Activate
    public FeePages(@Reference FeeSchedule schedule, @Reference Printer printer, @Reference Messages messages) {
        this.schedule = schedule;
        this.printer = printer;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public Response calculator(@Context UriInfo uri, @Context Language language) throws SQLException {
        Map<String, String> form = fields(uri);
        boolean asked = uri.getQueryParameters().containsKey("type");
        form.put("type", form.get("type").isEmpty() ? "invention" : form.get("type"));
        form.put("fee", form.get("fee").isEmpty() ? "annual" : form.get("fee"));
        form.put("applicants", form.get("applicants").isEmpty() ? "1" : form.get("applicants"));
        List<FeeScheduleEntry> fees = schedule.all();
        if (!asked) {
            return Response.ok(page(form, fees, null, Map.of(), "", "")).build();
        }
        try {
            FeeCalculation result = FeeRules.calculate(fees, FeeRules.request(form));
            return Response.ok(page(form, fees, result, Map.of(), "", query(form))).build();
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(page(form, fees, null, errors(refused, language),
                    refused.text(messages,
                    language), "")).build();
        }
    }

    @GET
    @Path("result.pdf")
    @Produces("application/pdf")
    @Access(Audience.ANYONE)
    public Response pdf(@Context UriInfo uri, @Context Language language) throws SQLException, IOException {
        FeeCalculation result = FeeRules.calculate(schedule.all(), FeeRules.request(fields(uri)));
        return Response.ok(printed(result, language), "application/pdf").header("Content-Disposition",
                "inline; filename=\"patent-fees.pdf\"").build();
    }

    @GET
    @Path("schedule")
    @Access(Audience.ANYONE)
    public View table(@Context Caller caller) throws SQLException {
        List<FeeScheduleEntry> fees = schedule.all();
        return View.of("cnipa/fees-schedule", "fees", fees, "sources", sources(fees), "staff", caller.has(
                Role.SUPERVISOR));
    }

    @GET
    @Path("schedule/edit")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public View editing(@QueryParam("done") String done) throws SQLException {
        return edit(null, Map.of(), Map.of(), "", FeeRules.trim(done));
    }

    @POST
    @Path("schedule/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Response edit(@FormParam("key") String key, @FormParam("amount") String amount,
            @FormParam("sourceZh") String sourceZh, @FormParam("sourceEn") String sourceEn,
            @FormParam("sourceDate") String sourceDate, @Context Caller caller, @Context Language language)
            throws SQLException {
        String fee = FeeRules.trim(key);
        try {
            schedule.change(fee, amount, sourceZh, sourceEn, sourceDate, caller);
            return Response.seeOther(URI.create("/cnipa/fees/schedule/edit?done=" + fee + "#fee-" + fee)).build();
        } catch (Refusal refused) {
            Map<String, String> typed = Map.of("amount", FeeRules.trim(amount), "sourceZh", FeeRules.trim(sourceZh),
                    "sourceEn", FeeRules.trim(sourceEn), "sourceDate", FeeRules.trim(sourceDate));
            return Response.status(refused.status()).entity(edit(fee, typed, errors(refused, language),
                    refused.text(messages, language), "")).build();
        }
    }

    private View edit(String key, Map<String, String> typed, Map<String, String> errors, String problem,
            String done) throws SQLException {
        return View.of("cnipa/fees-edit", "fees", schedule.all(), "editing", key == null ? "" : key, "typed", typed,
                "failures", errors, "problem", problem, "done", done);
    }

    private View page(Map<String, String> form, List<FeeScheduleEntry> fees, FeeCalculation result,
            Map<String, String> errors, String problem, String query) {
        return View.of("cnipa/fees", "form", form, "types", FeeRules.TYPES, "kinds", FeeRules.KINDS, "result",
                result, "errors", errors, "problem", problem, "query", query, "sources", sources(fees));
    }

    private static List<Source> sources(List<FeeScheduleEntry> fees) {
        return fees.stream().map(f -> new Source(f.sourceZh(), f.sourceEn(), f.sourceDate())).distinct().toList();
    }

    /** A published notice the schedule's figures come from, and its date. */
    public record Source(String zh, String en, LocalDate date) {
    }

    /** The calculation's fields of a request's query, trimmed, each present (empty when not given). */
    static Map<String, String> fields(UriInfo uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String field : FeeRules.FIELDS) {
            query.put(field, FeeRules.trim(uri.getQueryParameters().getFirst(field)));
        }
        return query;
    }

    private static String query(Map<String, String> form) {
        StringBuilder query = new StringBuilder();
        form.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(
                        java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The calculation as a one-page PDF in the reader's language. */
    private byte[] printed(FeeCalculation result, Language language) throws IOException {
        String title = text(language, "cnipa.fees.pdf.title");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Banner(text(language, "cnipa.fees.pdf.issuer")));
        blocks.add(new Block.Heading(title));
        blocks.add(new Block.Particular(text(language, "cnipa.fees.field.type"), Phrase.of(text(language,
                "cnipa.fees.type." + result.type()))));
        blocks.add(new Block.Particular(text(language, "cnipa.fees.field.fee"), Phrase.of(text(language,
                "cnipa.fees.kind." + result.kind()) + (result.year() > 0 ? " · " + text(language,
                        "cnipa.fees.yearN", result.year()) : ""))));
        for (FeeCalculation.Line line : result.lines()) {
            String label = "late".equals(line.item()) ? text(language, "cnipa.fees.line.lateMonths",
                    result.lateMonths(), result.latePercent()) : "reduction".equals(line.item()) ? text(language,
                            "cnipa.fees.line.reductionPercent", result.reductionPercent())
                            : text(language, "cnipa.fees.line." + line.item());
            blocks.add(new Block.Particular(label, new Phrase().keep(text(language, "cnipa.fees.yuan",
                    line.yuan()))));
        }
        blocks.add(new Block.Particular(text(language, "cnipa.fees.total"), new Phrase().keep(text(language,
                "cnipa.fees.yuan", result.total()))));
        blocks.add(new Block.Gap(0.5f));
        blocks.add(new Block.Paragraph(Phrase.of(text(language, "cnipa.fees.source", result.source()
                .source(language), result.sourceDate().toString())), false));
        if (!result.source().confirmed()) {
            blocks.add(new Block.Paragraph(Phrase.of(text(language, "cnipa.fees.unconfirmed")), false));
        }
        blocks.add(new Block.Paragraph(Phrase.of(text(language, "cnipa.fees.reduction.scope")), false));
        blocks.add(new Block.Paragraph(Phrase.of(text(language, "cnipa.fees.payOnline")), false));
        return printer.pdf(new PrintedDocument(title, text(language, "cnipa.fees.kind." + result.kind()),
                text(language, "cnipa.fees.pdf.issuer"), "", "OneStop cnipa", blocks));
    }

    /** Each field at fault with what is wrong with it, in {@code language}. */
    private Map<String, String> errors(Refusal refused, Language language) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.fields().forEach((field, key) -> errors.put(field, messages.text(language, key)));
        return errors;
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }
}

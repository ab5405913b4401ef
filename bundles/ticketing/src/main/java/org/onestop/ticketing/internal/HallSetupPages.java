package org.onestop.ticketing.internal;

import java.net.URI;
import java.sql.SQLException;
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
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The hall's setup for supervisors: {@code /ticketing/hall} lists the services and counters; {@code …/services/new},
 * {@code …/services/{id}}, {@code …/counters/new} and {@code …/counters/{id}} are their forms, each field at fault
 * named on the form (422) and nothing stored until all are right ({@link HallSetup}).
 */
@Component(service = HallSetupPages.class, immediate = true)
@ModuleResource
@Path("ticketing/hall")
@Produces(MediaType.TEXT_HTML)
@Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
public final class HallSetupPages {

    private static final List<String> SERVICE_FIELDS = List.of("code", "prefix", "nameZh", "nameEn",
            "typicalMinutes", "slotMinutes", "slotCapacity", "position");

    private final Hall hall;
    private final HallSetup setup;
    private final Messages messages;

    @Activate
    public HallSetupPages(@Reference Hall hall, @Reference HallSetup setup, @Reference Messages messages) {
        this.hall = hall;
        this.setup = setup;
        this.messages = messages;
    }

    @GET
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public View overview(@Context Language language) throws SQLException {
        return hall.work().call(tx -> View.of("ticketing/hall/overview", "services", hall.services(tx), "counters",
                hall.counters(tx), "names", names(hall.services(tx), language), "en", language == Language.EN));
    }

    @GET
    @Path("services/{id}")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public View service(@PathParam("id") String id) throws SQLException {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("active", "on");
        if (!"new".equals(id)) {
            HallService s = hall.work().call(tx -> hall.service(tx, number(id))).orElseThrow(() -> new Refusal(404,
                    "ticketing.error.service"));
            typed.putAll(Map.of("code", s.code(), "prefix", s.prefix(), "nameZh", s.nameZh(), "nameEn", s.nameEn(),
                    "typicalMinutes", "" + s.typicalMinutes(), "slotMinutes", "" + s.slotMinutes(), "slotCapacity",
                    "" + s.slotCapacity(), "position", "" + s.position(), "active", s.active() ? "on" : ""));
        }
        return View.of("ticketing/hall/service", "id", id, "typed", typed, "errors", Map.of(), "problem", "");
    }

    @POST
    @Path("services/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Response saveService(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @Context Caller caller, @Context Language language) throws SQLException {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : SERVICE_FIELDS) {
            typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        typed.put("active", form.getFirst("active") == null ? "" : "on");
        try {
            setup.saveService("new".equals(id) ? null : number(id), new HallSetup.ServiceForm(typed.get("code"),
                    typed.get("prefix"), typed.get("nameZh"), typed.get("nameEn"), integer(typed.get("typicalMinutes")),
                    integer(typed.get("slotMinutes")), integer(typed.get("slotCapacity")),
                    integer(typed.get("position")), !typed.get("active").isEmpty()), caller);
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(View.of("ticketing/hall/service", "id", id, "typed", typed,
                    "errors", errors(refused, language), "problem", refused.text(messages, language))).build();
        }
        return Response.seeOther(URI.create("/ticketing/hall")).build();
    }

    @GET
    @Path("counters/{id}")
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public View counter(@PathParam("id") String id, @Context Language language) throws SQLException {
        Map<String, Object> typed = new LinkedHashMap<>(Map.of("active", "on", "serviceIds", List.of()));
        if (!"new".equals(id)) {
            Counter c = hall.work().call(tx -> hall.counter(tx, number(id))).orElseThrow(() -> new Refusal(404,
                    "ticketing.counter.none", id));
            typed.putAll(Map.of("number", "" + c.number(), "nameZh", c.nameZh(), "nameEn", c.nameEn(), "active",
                    c.active() ? "on" : "", "serviceIds", c.serviceIds()));
        }
        return counterForm(id, typed, Map.of(), "", language);
    }

    @POST
    @Path("counters/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = Role.SUPERVISOR)
    public Response saveCounter(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @Context Caller caller, @Context Language language) throws SQLException {
        List<Long> services = new ArrayList<>();
        for (String value : form.getOrDefault("serviceIds", List.of())) {
            Integer n = integer(value);
            if (n != null) {
                services.add((long) n);
            }
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (String field : List.of("number", "nameZh", "nameEn")) {
            typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        typed.put("active", form.getFirst("active") == null ? "" : "on");
        typed.put("serviceIds", services);
        try {
            setup.saveCounter("new".equals(id) ? null : number(id), new HallSetup.CounterForm(integer(
                    (String) typed.get("number")), (String) typed.get("nameZh"), (String) typed.get("nameEn"),
                    services, form.getFirst("active") != null), caller);
        } catch (Refusal refused) {
            return Response.status(refused.status()).entity(counterForm(id, typed, errors(refused, language),
                    refused.text(messages, language), language)).build();
        }
        return Response.seeOther(URI.create("/ticketing/hall")).build();
    }

    private View counterForm(String id, Map<String, Object> typed, Map<String, String> errors, String problem,
            Language language) throws SQLException {
        List<HallService> services = hall.work().call(hall::services);
        return View.of("ticketing/hall/counter", "id", id, "typed", typed, "services", services, "names",
                names(services, language), "errors", errors, "problem", problem);
    }

    private static Map<String, String> names(List<HallService> services, Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        services.forEach(s -> names.put(String.valueOf(s.id()), s.name(language)));
        return names;
    }

    private Map<String, String> errors(Refusal refused, Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        refused.fields().forEach((field, key) -> texts.put(field, messages.text(language, key)));
        return texts;
    }

    private static long number(String id) {
        Integer n = integer(id);
        if (n == null) {
            throw new Refusal(404, "ticketing.error.service");
        }
        return n;
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

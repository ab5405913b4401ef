package org.onestop.lookup.internal.stats;

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
import org.onestop.api.view.View;
import org.onestop.lookup.internal.Stewardship;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The IP statistics pages: the overview (small multiples grouped by topic: each indicator's latest value, its trend
 * as a small line and its target as a target line, never as a bar), one indicator in full (chart, every figure with
 * its source), the list of sources, and the form with which data stewards add a value.
 */
@Component(service = StatisticsPages.class, immediate = true)
@ModuleResource
@Path("lookup/statistics")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class StatisticsPages {

    /** The indicators of one topic, in the order the overview shows them. */
    public record Group(String topic, List<Indicator> indicators) {
    }

    private final IndicatorStore store;
    private final Stewardship stewardship;
    private final Messages messages;

    @Activate
    public StatisticsPages(@Reference IndicatorStore store, @Reference Stewardship stewardship,
            @Reference Messages messages) {
        this.store = store;
        this.stewardship = stewardship;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View overview(@Context Caller caller) throws SQLException {
        return View.of("lookup/statistics", "groups", groups(store.indicators()), "sources", sources(store.all()),
                "steward", Stewardship.keeps(caller), "width", Sparkline.WIDTH, "height", Sparkline.HEIGHT);
    }

    @GET
    @Path("{code: [a-z0-9_]{1,100}}")
    @Access(Audience.ANYONE)
    public View indicator(@PathParam("code") String code, @Context Language language) throws SQLException {
        Indicator indicator = store.indicator(code).orElseThrow(() -> new NotFoundException(
                messages.text(language, "lookup.stats.error.none", code)));
        return View.of("lookup/statistics-indicator", "i", indicator, "sources", sources(store.all()));
    }

    @GET
    @Path("sources")
    @Access(Audience.ANYONE)
    public View sources() throws SQLException {
        List<IndicatorValue> all = store.all();
        return View.of("lookup/statistics-sources", "sources", sources(all), "values", all);
    }

    /** The indicators by topic, topics in their fixed order, empty topics left out. */
    static List<Group> groups(List<Indicator> indicators) {
        Map<String, List<Indicator>> byTopic = new LinkedHashMap<>();
        for (String topic : Topics.CODES) {
            byTopic.put(topic, new ArrayList<>());
        }
        byTopic.put(Topics.OTHER, new ArrayList<>());
        for (Indicator i : indicators) {
            byTopic.get(Topics.CODES.contains(i.topic()) ? i.topic() : Topics.OTHER).add(i);
        }
        return byTopic.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Each source once, in order of first use, with the anchor its figures link to. */
    static Map<String, String> sources(List<IndicatorValue> values) {
        Map<String, String> anchors = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            anchors.computeIfAbsent(v.source(), s -> "source-" + (anchors.size() + 1));
        }
        return anchors;
    }

    @GET
    @Path("new")
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public View newValue() {
        return form(new IndicatorForm("", "", "", "内蒙古自治区", "", "", "", "actual", "", "", ""), null);
    }

    @POST
    @Path("values")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(value = Audience.STAFF, roles = {Role.DATA_STEWARD, Role.SUPERVISOR})
    public Response addValue(@FormParam("code") String code, @FormParam("nameZh") String nameZh,
            @FormParam("nameEn") String nameEn, @FormParam("region") String region,
            @FormParam("period") String period, @FormParam("value") String value, @FormParam("unit") String unit,
            @FormParam("kind") String kind, @FormParam("source") String source,
            @FormParam("sourceUrl") String sourceUrl, @FormParam("topic") String topic,
            @Context Language language, @Context Caller caller) throws SQLException {
        IndicatorForm form = new IndicatorForm(code, nameZh, nameEn, region, period, value, unit, kind, source,
                sourceUrl, topic);
        String problem = form.problem();
        if (problem != null) {
            return Response.status(400).entity(form(form, messages.text(language, problem,
                    form.argument(problem)))).build();
        }
        IndicatorValue stored = form.toValue();
        store.put(List.of(stored), stewardship.by(caller), "lookup.indicator.stored", "indicator:" + stored.code());
        return Response.seeOther(URI.create("/lookup/statistics/" + stored.code())).build();
    }

    private static View form(IndicatorForm form, String problem) {
        return View.of("lookup/statistics-form", "form", form, "problem", problem, "topics", Topics.CODES);
    }
}

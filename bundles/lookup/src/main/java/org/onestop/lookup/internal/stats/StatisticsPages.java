package org.onestop.lookup.internal.stats;

import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ServiceModule;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The IP statistics dashboard: every indicator with its figures, a chart (Apache ECharts, drawn by a static script
 * from the JSON API) and the progress toward its target, each figure linked to its source; the list of sources;
 * and the staff form that adds a value.
 */
@Component(service = StatisticsPages.class, immediate = true)
@JakartarsResource
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@Path("lookup/statistics")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class StatisticsPages {

    private final IndicatorStore store;
    private final Messages messages;

    @Activate
    public StatisticsPages(@Reference IndicatorStore store, @Reference Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    @GET
    @Access(Audience.ANYONE)
    public View dashboard() throws SQLException {
        List<IndicatorValue> all = store.all();
        return View.of("lookup/statistics", "indicators", store.indicators(), "sources", sources(all));
    }

    @GET
    @Path("sources")
    @Access(Audience.ANYONE)
    public View sources() throws SQLException {
        List<IndicatorValue> all = store.all();
        return View.of("lookup/statistics-sources", "sources", sources(all), "values", all);
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
    @Access(Audience.STAFF)
    public View newValue() {
        return View.of("lookup/statistics-form", "form", new IndicatorForm("", "", "", "内蒙古自治区", "", "", "",
                "actual", "", ""), "problem", null);
    }

    @POST
    @Path("values")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(Audience.STAFF)
    public Response addValue(@FormParam("code") String code, @FormParam("nameZh") String nameZh,
            @FormParam("nameEn") String nameEn, @FormParam("region") String region,
            @FormParam("period") String period, @FormParam("value") String value, @FormParam("unit") String unit,
            @FormParam("kind") String kind, @FormParam("source") String source,
            @FormParam("sourceUrl") String sourceUrl, @Context Language language) throws SQLException {
        IndicatorForm form = new IndicatorForm(code, nameZh, nameEn, region, period, value, unit, kind, source,
                sourceUrl);
        String problem = form.problem();
        if (problem != null) {
            return Response.status(400).entity(View.of("lookup/statistics-form", "form", form, "problem",
                    messages.text(language, problem, period, value))).build();
        }
        store.put(List.of(form.toValue()));
        return Response.seeOther(URI.create("/lookup/statistics#" + form.code().strip())).build();
    }
}

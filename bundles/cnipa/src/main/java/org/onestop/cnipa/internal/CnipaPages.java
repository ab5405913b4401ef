package org.onestop.cnipa.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /cnipa}: the module's home (the routing guide's first question, the catalogue by channel, the fee calculator
 * and window visits), and {@code /cnipa/guide/{question}}: the routing guide, a question a page, its choices links.
 */
@Component(service = CnipaPages.class, immediate = true)
@ModuleResource
@Path("cnipa")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class CnipaPages {

    static final List<String> CHANNELS = List.of("online", "window", "post");

    private final Catalogue catalogue;
    private final RoutingGuide guide;

    @Activate
    public CnipaPages(@Reference Catalogue catalogue, @Reference RoutingGuide guide) {
        this.catalogue = catalogue;
        this.guide = guide;
    }

    @GET
    @Access(Audience.ANYONE)
    public View home() throws SQLException {
        Map<String, List<Map<String, Object>>> byChannel = new LinkedHashMap<>();
        CHANNELS.forEach(channel -> byChannel.put(channel, new ArrayList<>()));
        catalogue.businesses().work().run(tx -> {
            Map<String, CatalogueEntry> current = catalogue.current(tx);
            for (Business business : catalogue.businesses().all(tx)) {
                if (business.active() && current.containsKey(business.code())
                        && byChannel.containsKey(business.channel())) {
                    byChannel.get(business.channel()).add(Map.of("business", business, "entry",
                            current.get(business.code())));
                }
            }
        });
        byChannel.values().removeIf(List::isEmpty);
        return View.of("cnipa/index", "question", guide.first(), "channels", byChannel);
    }

    @GET
    @Path("guide")
    @Access(Audience.ANYONE)
    public View guide() {
        return View.of("cnipa/guide", "question", guide.first(), "first", true);
    }

    @GET
    @Path("guide/{question}")
    @Access(Audience.ANYONE)
    public View question(@PathParam("question") String id) {
        RoutingGuide.Question question = guide.question(id)
                .orElseThrow(() -> new Refusal(404, "cnipa.guide.none"));
        return View.of("cnipa/guide", "question", question, "first", question.equals(guide.first()));
    }
}

package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceModel;
import org.glassfish.jersey.uri.UriTemplate;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;

class RouteGroupsTest {

    /** Addresses laid out as the hall's modules lay theirs out, each answering which method it is. */
    private static final List<Class<?>> RESOURCES = List.of(Shell.class, Audit.class, NewsApi.class, InfoPages.class,
            Sheets.class, Visits.class, StaticFiles.class, Locating.class, Matched.class);

    private static final List<String[]> ADDRESSES = List.of(
            new String[] {"GET", "/", "home"},
            new String[] {"GET", "/account/login", "login"},
            new String[] {"POST", "/account/login", "signed in"},
            new String[] {"GET", "/ops/health", "health"},
            new String[] {"GET", "/ops/audit", "audit"},
            new String[] {"GET", "/ops/audit/42", "audit entry 42"},
            new String[] {"GET", "/api/info/news", "news"},
            new String[] {"GET", "/api/info/news/spring", "news item spring"},
            new String[] {"GET", "/info/news", "news page"},
            new String[] {"GET", "/info/news/spring", "news page spring"},
            new String[] {"GET", "/cnipa/statistics", "sheet statistics"},
            new String[] {"GET", "/cnipa/statistics.csv", "sheet statistics.csv"},
            new String[] {"GET", "/cnipa/visits", "visits"},
            new String[] {"GET", "/static/css/hall.css", "file css/hall.css"},
            new String[] {"GET", "/locate/7", "located 7"},
            new String[] {"GET", "/locate/7/more", "located 7 more"},
            new String[] {"GET", "/ops/templates/api/x", "/ops/templates/api/{rest: .+}"});

    @Test
    void everyAddressAnswersAsWithoutTheGroups() throws Exception {
        ApplicationHandler plain = new ApplicationHandler(new ResourceConfig(Set.copyOf(RESOURCES)));
        ApplicationHandler grouped = new ApplicationHandler(
                new ResourceConfig(Set.copyOf(RESOURCES)).register(new RouteGroups()));

        assertTrue(roots(grouped).contains("/ops") && !roots(grouped).contains("ops/audit"), roots(grouped)::toString);
        assertTrue(roots(plain).contains("ops/audit"), roots(plain)::toString);
        for (String[] address : ADDRESSES) {
            String what = address[0] + " " + address[1];
            assertEquals(address[2], answer(plain, address[0], address[1]).getEntity(), what + " without groups");
            assertEquals(address[2], answer(grouped, address[0], address[1]).getEntity(), what);
        }
        assertEquals(404, answer(grouped, "GET", "/ops/nothing").getStatus());
        assertEquals(404, answer(grouped, "GET", "/nothing").getStatus());
        assertEquals(405, answer(grouped, "DELETE", "/info/news").getStatus());
    }

    @Test
    void rootResourcesAreTheirPrefixes() {
        ResourceModel model = new ResourceModel.Builder(
                RESOURCES.stream().map(Resource::from).toList(), false).build();

        ResourceModel grouped = RouteGroups.Regrouping.regrouped(model);

        Set<String> prefixes = grouped.getRootResources().stream().map(Resource::getPath).collect(Collectors.toSet());
        assertEquals(Set.of("/", "/account", "/ops", "/api/info", "/info", "/cnipa", "/static", "/locate"), prefixes);
        Resource ops = grouped.getRootResources().stream().filter(r -> r.getPath().equals("/ops")).findFirst()
                .orElseThrow();
        assertEquals(Set.of("health", "audit", "audit/{id}", "templates/api/{rest: .+}"),
                ops.getChildResources().stream().map(Resource::getPath).collect(Collectors.toSet()));
    }

    @Test
    void twoAddressesWithOnePatternLeaveTheResourcesAsTheyAre() {
        ResourceModel model = new ResourceModel.Builder(
                List.of(Resource.from(InfoPages.class), Resource.from(OtherNews.class)), false).build();

        assertTrue(RouteGroups.Regrouping.regrouped(model) == model);
    }

    @Test
    void prefixesAreTheFirstSegmentOrTwoUnderApi() {
        assertEquals("info", RouteGroups.Regrouping.prefix(RouteGroups.Regrouping.segments("/info/news/{slug}")));
        assertEquals("api/info", RouteGroups.Regrouping.prefix(RouteGroups.Regrouping.segments("api/info/news/")));
        assertEquals("api", RouteGroups.Regrouping.prefix(RouteGroups.Regrouping.segments("/api/{x}")));
        assertEquals("", RouteGroups.Regrouping.prefix(RouteGroups.Regrouping.segments("{id}/attachments")));
        assertEquals("", RouteGroups.Regrouping.prefix(RouteGroups.Regrouping.segments("/")));
        assertEquals(List.of("cnipa", "{sheet: a/b(\\.csv)?}", "x"),
                RouteGroups.Regrouping.segments("cnipa/{sheet: a/b(\\.csv)?}/x"));
    }

    private static Set<String> roots(ApplicationHandler handler) {
        return handler.getInjectionManager().getInstance(ExtendedResourceContext.class).getResourceModel()
                .getRootResources().stream().map(Resource::getPath).collect(Collectors.toSet());
    }

    private static ContainerResponse answer(ApplicationHandler handler, String method, String path)
            throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://hall/"), URI.create("http://hall" + path),
                method, null, new MapPropertiesDelegate(), handler.getConfiguration());
        return handler.apply(request).get();
    }

    @Path("/")
    public static class Shell {
        @GET
        public String home() {
            return "home";
        }

        @GET
        @Path("account/login")
        public String login() {
            return "login";
        }

        @POST
        @Path("account/login")
        public String signIn() {
            return "signed in";
        }

        @GET
        @Path("ops/health")
        public String health() {
            return "health";
        }
    }

    @Path("ops/audit")
    public static class Audit {
        @GET
        public String list() {
            return "audit";
        }

        @GET
        @Path("{id}")
        public String entry(@PathParam("id") String id) {
            return "audit entry " + id;
        }
    }

    @Path("/api/info/news/")
    public static class NewsApi {
        @GET
        public String list() {
            return "news";
        }

        @GET
        @Path("{slug}")
        public String item(@PathParam("slug") String slug) {
            return "news item " + slug;
        }
    }

    @Path("info")
    public static class InfoPages {
        @GET
        @Path("news")
        public String list() {
            return "news page";
        }

        @GET
        @Path("news/{slug}")
        public String item(@PathParam("slug") String slug) {
            return "news page " + slug;
        }
    }

    @Path("info/news")
    public static class OtherNews {
        @GET
        @Path("{id}")
        public String item(@PathParam("id") String id) {
            return "other " + id;
        }
    }

    @Path("cnipa/{sheet: statistics(\\.csv)?}")
    public static class Sheets {
        @GET
        public String sheet(@PathParam("sheet") String sheet) {
            return "sheet " + sheet;
        }
    }

    @Path("cnipa/visits")
    public static class Visits {
        @GET
        public String list() {
            return "visits";
        }
    }

    @Path("static")
    public static class StaticFiles {
        @GET
        @Path("{path: .+}")
        public String file(@PathParam("path") String path) {
            return "file " + path;
        }
    }

    @Path("locate")
    public static class Locating {
        @Path("{id}")
        public Located locate(@PathParam("id") String id) {
            return new Located(id);
        }
    }

    public static class Located {
        private final String id;

        Located(String id) {
            this.id = id;
        }

        @GET
        public String get() {
            return "located " + id;
        }

        @GET
        @Path("more")
        public String more() {
            return "located " + id + " more";
        }
    }

    @Path("ops/templates")
    public static class Matched {
        @GET
        @Path("api/{rest: .+}")
        public String template(@Context ExtendedUriInfo uri) {
            List<UriTemplate> templates = uri.getMatchedTemplates();
            StringBuilder route = new StringBuilder();
            for (int i = templates.size() - 1; i >= 0; i--) {
                route.append('/').append(templates.get(i).getTemplate().replaceAll("^/+", ""));
            }
            return route.toString().replace("//", "/");
        }
    }
}

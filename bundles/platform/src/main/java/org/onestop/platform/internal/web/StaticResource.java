package org.onestop.platform.internal.web;

import java.io.IOException;
import java.util.Date;
import java.util.Optional;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.module.ModuleDirectory;
import org.onestop.api.module.ModuleResource;
import org.onestop.platform.internal.shell.StaticFiles;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Serves {@code /static/…} ({@link StaticFiles}: the shell's files, an operator's overrides, the running modules'
 * files). An address with the file's version ({@code /static/lookup/<version>/js/echarts.min.js}, as templates get
 * it from {@code asset("lookup/js/echarts.min.js")}) is cached by browsers for a year without asking again; a plain
 * address is revalidated each time by its ETag, so an operator's edit shows on the next load. Text files go out
 * gzip-compressed to clients that accept it.
 */
@Component(service = StaticResource.class, immediate = true)
@Access(Audience.ANYONE)
@ModuleResource
@Path("static")
public final class StaticResource {

    static final String FOR_GOOD = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private final StaticFiles files;

    @Activate
    public StaticResource(BundleContext context, @Reference ModuleDirectory modules) {
        this(new StaticFiles(GatewayPaths.of(context).web().resolve("static"),
                id -> modules.find(id).map(m -> context.getBundle(m.bundleId())), true));
    }

    StaticResource(StaticFiles files) {
        this.files = files;
    }

    @GET
    @Path("{file: .+}")
    public Response file(@PathParam("file") String requested, @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String accepted,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws IOException {
        StaticFiles.Asked asked = StaticFiles.asked(requested);
        Optional<StaticFiles.File> found = files.find(asked.path());
        if (found.isEmpty() && asked.version() != null) {
            asked = new StaticFiles.Asked(requested, null);
            found = files.find(requested);
        }
        StaticFiles.File file = found.orElseThrow(NotFoundException::new);
        boolean forGood = file.version().equals(asked.version());
        boolean gzip = file.gzip() != null && accepts(accepted, "gzip");
        String tag = "\"" + file.version() + (gzip ? "-gzip" : "") + "\"";
        Response.ResponseBuilder answer = matches(ifNoneMatch, file.version()) ? Response.notModified()
                : Response.ok(gzip ? file.gzip() : file.content(), file.type());
        answer.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, forGood ? FOR_GOOD : REVALIDATE)
                .lastModified(new Date(file.modified() - file.modified() % 1000))
                .header("X-Content-Type-Options", "nosniff");
        if (file.gzip() != null) {
            answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (gzip) {
            answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return answer.build();
    }

    /** Whether an {@code Accept-Encoding} header admits {@code coding} (named with a quality above zero). */
    static boolean accepts(String header, String coding) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] pieces = part.strip().split(";");
            if (pieces[0].strip().equalsIgnoreCase(coding)) {
                for (int i = 1; i < pieces.length; i++) {
                    String p = pieces[i].strip().replace(" ", "");
                    if (p.startsWith("q=")) {
                        try {
                            return Double.parseDouble(p.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an {@code If-None-Match} header names the current version, in either of its encodings (the tags
     * differ only so that caches keep the two apart; the content is the same).
     */
    static boolean matches(String header, String version) {
        if (header == null) {
            return false;
        }
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.equals("*")) {
                return true;
            }
            t = t.startsWith("W/") ? t.substring(2) : t;
            t = t.replace("\"", "");
            if (t.equals(version) || t.equals(version + "-gzip")) {
                return true;
            }
        }
        return false;
    }
}

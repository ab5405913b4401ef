package org.onestop.platform.internal.web;

import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.module.ModuleDirectory;
import org.onestop.api.module.ServiceModule;
import org.onestop.platform.internal.GatewayPaths;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Serves {@code /static/…}: the shell's files from {@code web/static/} (where an operator may also override a
 * module's file as {@code web/static/<module id>/…}), then a running module's files from its bundle's
 * {@code /static/} folder. Browsers revalidate each time, so an operator's edit shows on the next load.
 */
@Component(service = StaticResource.class, immediate = true)
@JakartarsResource
@Access(Audience.ANYONE)
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@Path("static")
public final class StaticResource {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=UTF-8"), Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("json", "application/json"), Map.entry("txt", "text/plain; charset=UTF-8"));

    private final java.nio.file.Path root;
    private final BundleContext context;
    private final ModuleDirectory modules;

    @Activate
    public StaticResource(BundleContext context, @Reference ModuleDirectory modules) {
        this.root = GatewayPaths.of(context).web().resolve("static");
        this.context = context;
        this.modules = modules;
    }

    @GET
    @Path("{file: .+}")
    public Response file(@PathParam("file") String file, @Context Request request) throws IOException {
        if (file.contains("..") || file.contains("\\") || file.startsWith(".") || file.contains("/.")) {
            throw new NotFoundException();
        }
        java.nio.file.Path local = root.resolve(file).normalize();
        if (local.startsWith(root) && Files.isRegularFile(local)) {
            long modified = Files.getLastModifiedTime(local).toMillis();
            return send(request, file, modified, Files.size(local), () -> Files.newInputStream(local));
        }
        int slash = file.indexOf('/');
        Optional<Bundle> bundle = slash <= 0 ? Optional.empty()
                : modules.find(file.substring(0, slash)).map(m -> context.getBundle(m.bundleId()));
        URL entry = bundle.map(b -> b.getEntry("static/" + file.substring(slash + 1))).orElse(null);
        if (entry == null || entry.getPath().endsWith("/")) {
            throw new NotFoundException();
        }
        return send(request, file, bundle.get().getLastModified(), -1, entry::openStream);
    }

    private interface Content {
        InputStream open() throws IOException;
    }

    private static Response send(Request request, String file, long modified, long size, Content content)
            throws IOException {
        EntityTag tag = new EntityTag(Long.toHexString(modified) + "-" + Long.toHexString(size));
        Date lastModified = new Date(modified - modified % 1000);
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(lastModified, tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(content.open(), type(file)).tag(tag).lastModified(lastModified).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static String type(String file) {
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}

package org.onestop.cases.internal.attachment;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.cases.FormParts;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The files of a case on its pages: {@code GET /cases/{tracking}/attachments/{id}} downloads one (as an
 * attachment, of the type found in its content, never cached by shared caches, never sniffed by the browser), and
 * {@code POST /cases/{tracking}/attachments} is the upload form of the case pages (multipart, fields {@code file}
 * and optional {@code purpose} and {@code back}; the CSRF token travels in the action's query,
 * {@code ?_csrf=…}). After the upload the browser goes back to {@code back} if it is a path of this site, else to
 * the case's page. A case or file the caller may not see answers 404, as if it did not exist.
 */
@Component(service = CaseAttachmentPages.class, immediate = true)
@ModuleResource
@Path("cases/{tracking}/attachments")
@Access(Audience.SIGNED_IN)
public final class CaseAttachmentPages {

    static final String BACK_FIELD = "back";

    private final CaseAttachments attachments;

    @Activate
    public CaseAttachmentPages(@Reference CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("tracking") String tracking, @PathParam("id") String id,
            @Context Caller caller) throws IOException, SQLException {
        return download(attachments, tracking, id, caller);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("tracking") String tracking, FormParts form, @Context Caller caller)
            throws IOException, SQLException {
        attachments.attachUploads(tracking, form.files(AttachmentApi.FILE_FIELD),
                form.field(AttachmentApi.PURPOSE_FIELD).orElse(null), caller);
        return Response.seeOther(URI.create(back(form.field(BACK_FIELD), tracking, caller))).build();
    }

    /** The response that downloads file {@code id} of case {@code tracking}, or 404. */
    static Response download(CaseAttachments attachments, String tracking, String id, Caller caller)
            throws IOException, SQLException {
        Optional<StoredAttachment> row = Optional.empty();
        if (id.matches("[0-9]{1,18}")) {
            row = attachments.readable(Long.parseLong(id), caller)
                    .filter(r -> r.trackingNumber() != null && r.trackingNumber().equals(tracking));
        }
        if (row.isEmpty()) {
            throw new Refusal(404, "attachment.error.notFound", id);
        }
        CacheControl noStore = new CacheControl();
        noStore.setPrivate(true);
        noStore.setNoStore(true);
        return Response.ok(attachments.open(row.get()), row.get().attachment().mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, row.get().attachment().size())
                .header("Content-Disposition", FileNames.contentDisposition(row.get().attachment().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(noStore)
                .build();
    }

    /** {@code back} if it is a path of this site, else the case's page for the caller. */
    static String back(Optional<String> back, String tracking, Caller caller) {
        String path = back.map(String::strip).orElse("");
        boolean local = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x21 || c == 0x7F || c == '\\');
        if (local) {
            try {
                URI uri = URI.create(path);
                if (uri.getScheme() == null && uri.getAuthority() == null) {
                    return path;
                }
            } catch (IllegalArgumentException e) {
                // not a path: go to the case's page
            }
        }
        String segment = URLEncoder.encode(tracking, StandardCharsets.UTF_8).replace("+", "%20");
        return (caller.staff() ? "/staff/cases/" : "/requests/") + segment;
    }
}

package org.onestop.cases.internal.attachment;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.FormParts;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
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
import jakarta.ws.rs.core.Response;

/**
 * The files of a case over JSON: {@code GET /api/cases/{tracking}/attachments} lists them,
 * {@code POST /api/cases/{tracking}/attachments} (multipart, fields {@code file} and optional {@code purpose})
 * stores and attaches files in one transaction, all or none, answering 201 with them, and
 * {@code GET /api/cases/{tracking}/attachments/{id}} downloads one. A case the caller may not see answers 404.
 */
@Component(service = CaseAttachmentApi.class, immediate = true)
@ModuleResource
@Path("api/cases/{tracking}/attachments")
@Access(Audience.SIGNED_IN)
public final class CaseAttachmentApi {

    private final CaseAttachments attachments;

    @Activate
    public CaseAttachmentApi(@Reference CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Attachment> list(@PathParam("tracking") String tracking, @Context Caller caller)
            throws SQLException {
        return attachments.of(tracking, caller);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response attach(@PathParam("tracking") String tracking, FormParts form, @Context Caller caller)
            throws IOException, SQLException {
        return Response.status(Response.Status.CREATED).entity(attachments.attachUploads(tracking,
                form.files(AttachmentApi.FILE_FIELD), form.field(AttachmentApi.PURPOSE_FIELD).orElse(null),
                caller)).build();
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("tracking") String tracking, @PathParam("id") String id,
            @Context Caller caller) throws IOException, SQLException {
        return CaseAttachmentPages.download(attachments, tracking, id, caller);
    }
}

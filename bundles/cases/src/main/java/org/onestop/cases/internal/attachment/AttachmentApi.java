package org.onestop.cases.internal.attachment;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.onestop.api.cases.Attachment;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FormParts;
import org.onestop.api.cases.UploadedFile;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/attachments}: stores the files of a {@code multipart/form-data} body (field {@code file}, once
 * or more; optional {@code purpose}) held for the caller, to be attached later when a case is opened or moved or a
 * draft is saved. Answers 201 with the stored files as JSON; every file is checked before any is stored, so a
 * refused file (type, size, the account's hourly number of uploads or held total) stores none of them. Needs no
 * case engine.
 */
@Component(service = AttachmentApi.class, immediate = true)
@ModuleResource
@Path("api/attachments")
@Access(Audience.SIGNED_IN)
public final class AttachmentApi {

    static final String FILE_FIELD = "file";
    static final String PURPOSE_FIELD = "purpose";

    private final AttachmentFiles files;

    @Activate
    public AttachmentApi(@Reference AttachmentFiles files) {
        this.files = files;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(FormParts form, @Context Caller caller) throws IOException, SQLException {
        List<UploadedFile> uploads = form.files(FILE_FIELD);
        String purpose = form.field(PURPOSE_FIELD).orElse(null);
        if (uploads.isEmpty()) {
            throw new CaseRefusal(400, "attachment.error.noFile");
        }
        List<Attachment> stored = files.storeAll(uploads, purpose, Set.of(), caller);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }
}

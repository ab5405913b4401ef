package org.onestop.platform.internal.attachment;

import java.io.IOException;
import java.sql.SQLException;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FormParts;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.module.ServiceModule;
import org.onestop.platform.internal.identity.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

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
 * draft is saved. Answers 201 with the stored files as JSON; a refused file (type, size) stores none of them.
 */
@Component(service = AttachmentApi.class, immediate = true)
@JakartarsResource
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@Path("api/attachments")
@Access(Audience.SIGNED_IN)
public final class AttachmentApi {

    static final String FILE_FIELD = "file";
    static final String PURPOSE_FIELD = "purpose";

    private final CaseAttachments attachments;

    @Activate
    public AttachmentApi(@Reference CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(FormParts form, @Context Caller caller) throws IOException, SQLException {
        try {
            return Response.status(Response.Status.CREATED).entity(attachments.storeAll(form.files(FILE_FIELD),
                    form.field(PURPOSE_FIELD).orElse(null), caller)).build();
        } catch (CaseRefusal refusal) {
            throw refused(refusal);
        }
    }

    /** A case refusal as the gateway's error mapping shows it: its status and its message in the user's language. */
    static Refusal refused(CaseRefusal refusal) {
        return new Refusal(refusal.status(), refusal.key(), refusal.arguments());
    }
}

package org.onestop.cases.internal.attachment;

import java.nio.file.Path;

import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Deletes the temporary files of a {@code multipart/form-data} request ({@link FormBodies}) once its resource
 * method has answered, whether it succeeded, was refused or failed. Stored attachments are copies, kept elsewhere.
 */
@Component(service = ContainerResponseFilter.class, immediate = true)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
public final class UploadCleanup implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(FormBodies.UPLOADS) instanceof Path folder) {
            request.removeProperty(FormBodies.UPLOADS);
            FormBodies.delete(folder);
        }
    }
}

package org.onestop.cases.internal.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.onestop.api.cases.FormParts;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.module.ServiceModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;

/**
 * Reads {@code multipart/form-data} bodies as {@link FormParts} for every resource method that takes one, with
 * {@link FormStream} (Apache Commons FileUpload's streaming API). Each
 * request's files go to a folder of their own under {@code <data>/uploads}, named in the request's property
 * {@value #UPLOADS} so that {@link UploadCleanup} deletes it when the request ends; folders left by a gateway that
 * stopped mid-request are deleted when this component starts. Limits from {@value AttachmentConfig#PID}.
 */
@Component(service = MessageBodyReader.class, immediate = true, configurationPid = AttachmentConfig.PID)
@JakartarsExtension
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@JakartarsMediaType(MediaType.MULTIPART_FORM_DATA)
@Consumes(MediaType.MULTIPART_FORM_DATA)
public final class FormBodies implements MessageBodyReader<FormParts> {

    /** The request property naming the folder of the request's uploaded files. */
    static final String UPLOADS = "org.onestop.attachment.uploads";
    private static final Duration STALE = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(FormBodies.class);

    private final Path uploads;
    private final FormStream form;
    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public FormBodies(BundleContext context, AttachmentConfig config) {
        this(GatewayPaths.of(context).data().resolve("uploads"),
                AttachmentRules.of(config, GatewayPaths.of(context)));
    }

    FormBodies(Path uploads, AttachmentRules rules) {
        this.uploads = uploads;
        this.form = new FormStream(rules.maxFileBytes(), rules.maxCaseBytes());
        deleteStale(uploads);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == FormParts.class && mediaType != null
                && mediaType.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    @Override
    public FormParts readFrom(Class<FormParts> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> httpHeaders, InputStream entityStream)
            throws IOException {
        String boundary = FormStream.boundary(mediaType.getParameters());
        Files.createDirectories(uploads);
        Path folder = Files.createTempDirectory(uploads, "request-");
        if (servletRequest != null) {
            servletRequest.setAttribute(UPLOADS, folder);
        }
        String contentType = httpHeaders.getFirst(HttpHeaders.CONTENT_TYPE);
        return form.read(entityStream, contentType == null ? mediaType.toString() : contentType, boundary, folder);
    }

    /** Deletes a request's folder of uploaded files and what it holds. */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("Uploaded files in {} could not be deleted: {}", folder, e.toString());
        }
    }

    /** Deletes request folders older than a day: a gateway stopped while they were in use. */
    private static void deleteStale(Path uploads) {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> folders = Files.list(uploads)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(before)) {
                    delete(folder);
                }
            }
        } catch (IOException e) {
            LOG.warn("Old uploads in {} could not be looked at: {}", uploads, e.toString());
        }
    }
}

package org.onestop.platform.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.ServiceModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

/**
 * Reads and writes JSON bodies (records, lists, java.time values as ISO-8601 text) for every resource. Named
 * {@value #NAME}, so that a resource waits for it ({@code @ModuleResource} selects it). A body is bounded (nesting
 * depth, length of numbers, texts, names and of the whole document), may not name a field twice and may not put a
 * fraction where a whole number is expected; a body that cannot be read is refused with 400 and a message in the
 * caller's language ({@link JsonProblems}), and logged in one line.
 *
 * <p>Jackson keeps what it learnt of each class it read or wrote (readers, writers, serializers, types). When a
 * bundle's classes are discarded (the bundle updated, refreshed or uninstalled), those are forgotten: a fresh mapper
 * and empty caches, so that an updated module's old classes are not held.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class}, immediate = true)
@JakartarsExtension
@JakartarsName(JsonBodies.NAME)
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@JakartarsMediaType(MediaType.APPLICATION_JSON)
public final class JsonBodies extends JacksonJsonProvider {

    /** The extension's name in the whiteboard. */
    public static final String NAME = ModuleResource.JSON_WRITER;
    /** Arrays and objects inside one another, at most. */
    static final int MAX_DEPTH = 64;
    /** Digits of one number, at most. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Characters of one text, at most. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** Characters of one field name, at most. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** Size of a whole body, in MB, at most. */
    static final int MAX_DOCUMENT_MB = 10;

    private static final Logger LOG = LoggerFactory.getLogger(JsonBodies.class);

    private final BundleContext context;
    private final SynchronousBundleListener sweeper = event -> {
        if (event.getType() == BundleEvent.UNRESOLVED || event.getType() == BundleEvent.UNINSTALLED) {
            forgetClasses();
        }
    };

    /** Bodies outside the framework (tests): nothing to forget. */
    public JsonBodies() {
        super(mapper());
        this.context = null;
    }

    @Activate
    public JsonBodies(BundleContext context) {
        super(mapper());
        this.context = context;
        context.addBundleListener(sweeper);
    }

    @Deactivate
    void deactivate() {
        if (context != null) {
            context.removeBundleListener(sweeper);
        }
    }

    /** Forgets every class Jackson has seen: a new mapper, empty reader and writer caches, and no cached types. */
    void forgetClasses() {
        ObjectMapper fresh = mapper();
        setMapper(fresh);
        _readers.clear();
        _writers.clear();
        fresh.getTypeFactory().clearCache();
    }

    /** The mapper of every JSON body: bounded, strict about duplicate fields and whole numbers. */
    static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_MB * 1024L * 1024L)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return new ObjectMapper(factory)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Reads a body; one that cannot be read (syntax, limits, encoding, types) is the client's error, 400. */
    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        try {
            return super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
        } catch (JsonProcessingException e) {
            throw refused(e);
        }
    }

    /** The 400 answer to a body that could not be read, logged in one line without a stack trace. */
    static BadRequestException refused(JsonProcessingException e) {
        Failure failure = JsonProblems.failure(e);
        LOG.info("JSON body refused with 400 ({}): {}", e.getClass().getSimpleName(), JsonProblems.oneLine(e));
        return new BadRequestException(Response.status(400).entity(failure).build());
    }
}

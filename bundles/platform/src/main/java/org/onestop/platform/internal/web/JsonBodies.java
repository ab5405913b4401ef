package org.onestop.platform.internal.web;

import org.onestop.api.module.ServiceModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

/**
 * Reads and writes JSON bodies (records, lists, java.time values as ISO-8601 text) for every resource. Named
 * {@value #NAME}, so that a resource may wait for it ({@code @JakartarsExtensionSelect}).
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class}, immediate = true)
@JakartarsExtension
@JakartarsName(JsonBodies.NAME)
@JakartarsApplicationSelect(ServiceModule.APPLICATION_SELECT)
@JakartarsMediaType(MediaType.APPLICATION_JSON)
public final class JsonBodies extends JacksonJsonProvider {

    /** The extension's name in the whiteboard. */
    public static final String NAME = "onestop.json";

    public JsonBodies() {
        super(new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }
}

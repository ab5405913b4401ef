package org.onestop.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** The log the gateway under test writes, as an operator would read it. */
public final class GatewayLog {

    private GatewayLog() {
    }

    /** Everything logged so far; empty while nothing is. */
    public static String text(BundleContext context) {
        Path file = Path.of(context.getProperty(Gateway.LOG));
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}

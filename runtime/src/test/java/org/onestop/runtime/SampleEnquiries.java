package org.onestop.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.onestop.api.cases.CaseType;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The example module {@code examples/casework} (enquiries, prefix SQ) in a Pax Exam gateway: dropped into its
 * {@code deploy/} folder once, then awaited until it offers its case type and the REST runtime serves its page and
 * its API.
 */
final class SampleEnquiries {

    private static final Duration SOON = Duration.ofSeconds(60);

    private SampleEnquiries() {
    }

    static void deploy(BundleContext context, int port) {
        Path deployed = Path.of(context.getProperty(Gateway.WORK), "deploy", "casework.jar");
        try {
            if (!Files.exists(deployed)) {
                Files.copy(Path.of(context.getProperty(Gateway.EXAMPLES), "casework.jar"), deployed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceTracker<CaseType, CaseType> types = new ServiceTracker<>(context, CaseType.class, null);
        types.open();
        try {
            Await.until("the enquiry case type", SOON, () -> types.getTracked().values().stream()
                    .anyMatch(t -> "sample".equals(t.workflow().module())), offered -> offered);
        } finally {
            types.close();
        }
        try (RestRuntime rest = new RestRuntime(context)) {
            rest.awaitServing("org.onestop.casework", 2, Set.of(), SOON);
        }
    }
}

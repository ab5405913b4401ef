package org.onestop.platform.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.onestop.api.schema.Schema;
import org.onestop.migration.MigrationException;
import org.onestop.migration.MigrationScript;
import org.onestop.migration.SchemaDataSource;
import org.onestop.migration.SchemaMigrator;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender behind {@link Schema}: when a bundle that declares a schema starts, brings the schema up to date
 * and then registers the bundle's data source. A bundle whose scripts fail gets no data source and is stopped.
 */
@Component(service = {}, immediate = true)
@Capability(namespace = "osgi.extender", name = Schema.EXTENDER, version = "1.0.0")
public final class SchemaExtender implements BundleTrackerCustomizer<SchemaExtender.Declared> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final DataSource gateway;
    private final SchemaMigrator migrator;
    private final ExecutorService stopper = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "onestop-schema-stopper");
        t.setDaemon(true);
        return t;
    });
    private final BundleTracker<Declared> tracker;

    /**
     * A tracked bundle that declares a schema: the data source registered for it, or none when its scripts
     * failed (kept, so that the failure is not retried when the bundle moves from STARTING to ACTIVE).
     */
    record Declared(ServiceRegistration<DataSource> registration) {
    }

    @Activate
    public SchemaExtender(BundleContext context, @Reference(target = Database.TARGET) DataSource gateway) {
        this.gateway = gateway;
        this.migrator = new SchemaMigrator(gateway);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
        stopper.shutdown();
    }

    @Override
    public Declared addingBundle(Bundle bundle, BundleEvent event) {
        Optional<BundleCapability> declaration = declaration(bundle);
        if (declaration.isEmpty()) {
            return null;
        }
        var attributes = declaration.get().getAttributes();
        String schema = String.valueOf(attributes.get(Schema.NAMESPACE));
        String folder = String.valueOf(attributes.getOrDefault(Schema.SCRIPTS_ATTRIBUTE, Schema.DEFAULT_SCRIPTS));
        try {
            SchemaMigrator.Outcome outcome = migrator.migrate(schema, scripts(bundle, folder));
            if (!outcome.applied().isEmpty()) {
                LOG.info("Schema {} of {} migrated to version {} (applied {})", schema, bundle.getSymbolicName(),
                        outcome.version(), outcome.applied());
            }
            BundleContext context = bundle.getBundleContext();
            if (context == null) {
                return null;
            }
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(Schema.DATASOURCE_PROPERTY, schema);
            return new Declared(context.registerService(DataSource.class,
                    new SchemaDataSource(gateway, outcome.stored()), properties));
        } catch (MigrationException e) {
            LOG.error("Bundle {} stays inactive: {}", bundle.getSymbolicName(), e.getMessage());
            stopLater(bundle);
            return new Declared(null);
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Declared declared) {
        // STARTING to ACTIVE: the data source stays
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Declared declared) {
        if (declared.registration() == null) {
            return;
        }
        try {
            declared.registration().unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregistered it when the bundle stopped
        }
    }

    private static Optional<BundleCapability> declaration(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return Optional.empty();
        }
        return revision.getDeclaredCapabilities(Schema.NAMESPACE).stream().findFirst();
    }

    /** Reads the scripts of a bundle's folder (not its fragments' or dependencies'). */
    static List<MigrationScript> scripts(Bundle bundle, String folder) throws MigrationException {
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        List<MigrationScript> scripts = new ArrayList<>();
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = entry.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = entry.openStream()) {
                scripts.add(MigrationScript.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new MigrationException("Cannot read script " + path + ": " + e.getMessage(), e);
            }
        }
        return scripts;
    }

    /**
     * A bundle cannot be stopped from inside its own start; do it right after. The stop is transient: a fixed jar
     * copied over the broken one, or the next start of the gateway, starts the bundle again.
     */
    private void stopLater(Bundle bundle) {
        stopper.execute(() -> {
            try {
                if (bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.STARTING) {
                    bundle.stop(Bundle.STOP_TRANSIENT);
                }
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("Could not stop {} after its failed migration: {}", bundle.getSymbolicName(),
                        e.getMessage());
            }
        });
    }
}

package org.onestop.platform.internal.audit;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.onestop.api.audit.AuditEntry;
import org.onestop.api.audit.AuditTrail;
import org.onestop.api.module.GatewayNode;
import org.onestop.api.module.GatewayPaths;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what happens to the runtime in the audit trail, as actor {@value #ACTOR}: bundles installed, updated and
 * uninstalled (symbolic name, version, location), configurations changed (the keys that changed, with their values
 * unless a key looks like a secret) and deleted. Only what happens after this component started is recorded; since
 * the framework cache is rebuilt at every start, the service modules of {@code deploy/} appear as installed at every
 * start. A configuration rewritten with the same values is not recorded. Entries are written by a thread of their
 * own, never on the framework's event thread. Each entry's detail ends with {@code ; node <name>}, the node that saw
 * it ({@link GatewayNode}): with several nodes sharing one database, each records what happened to it.
 */
@Component(service = ConfigurationListener.class, immediate = true)
public final class RuntimeEvents implements ConfigurationListener, BundleListener {

    static final String ACTOR = "runtime";
    private static final Logger LOG = LoggerFactory.getLogger(RuntimeEvents.class);
    private static final Set<String> BOOKKEEPING = Set.of(Constants.SERVICE_PID, ConfigurationAdmin.SERVICE_FACTORYPID,
            ConfigurationAdmin.SERVICE_BUNDLELOCATION, "felix.fileinstall.filename");
    private static final String[] SECRET_WORDS = {"password", "passwd", "pwd", "secret", "token", "credential",
        "private", "key"};
    private static final int VALUE_MAX = 200;

    private final BundleContext context;
    private final AuditTrail trail;
    private final ConfigurationAdmin configurations;
    /** {@code ; node <name>}, or empty when the node's name cannot be read. */
    private final String onNode;
    /** The properties of each configuration as last seen, to tell what an update changed. */
    private final Map<String, Map<String, String>> known = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "onestop-audit-runtime");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public RuntimeEvents(BundleContext context, @Reference AuditTrail trail,
            @Reference ConfigurationAdmin configurations) {
        this.context = context;
        this.trail = trail;
        this.configurations = configurations;
        this.onNode = onNode(context);
        for (Configuration configuration : list(null)) {
            known.put(configuration.getPid(), properties(configuration.getProperties()));
        }
        context.addBundleListener(this);
    }

    @Deactivate
    void close() throws InterruptedException {
        context.removeBundleListener(this);
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String action = switch (event.getType()) {
            case BundleEvent.INSTALLED -> "bundle.installed";
            case BundleEvent.UPDATED -> "bundle.updated";
            case BundleEvent.UNINSTALLED -> "bundle.uninstalled";
            default -> null;
        };
        if (action == null) {
            return;
        }
        Bundle bundle = event.getBundle();
        String detail = "version " + bundle.getVersion() + ", location " + bundle.getLocation();
        later(() -> record(action, "bundle:" + bundle.getSymbolicName(), detail));
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            later(() -> {
                known.remove(pid);
                record("config.deleted", "config:" + pid, "");
            });
        } else if (event.getType() == ConfigurationEvent.CM_UPDATED) {
            later(() -> updated(pid));
        }
    }

    /** Leaves the work to the writer thread; an event that arrives while this component stops is dropped. */
    private void later(Runnable work) {
        try {
            writer.execute(work);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Runtime event arrived while the audit trail stopped; not recorded");
        }
    }

    private void updated(String pid) {
        Configuration[] found = list("(" + Constants.SERVICE_PID + "=" + escape(pid) + ")");
        if (found.length == 0) {
            return;
        }
        Map<String, String> now = properties(found[0].getProperties());
        Map<String, String> before = known.put(pid, now);
        String changes = changes(before == null ? Map.of() : before, now);
        if (!changes.isEmpty()) {
            record("config.updated", "config:" + pid, (before == null ? "new: " : "") + changes);
        }
    }

    /** What differs between two versions of a configuration; values of secret-looking keys are never shown. */
    static String changes(Map<String, String> before, Map<String, String> after) {
        StringJoiner changes = new StringJoiner("; ");
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String old = before.get(key);
            String now = after.get(key);
            if (old != null && old.equals(now)) {
                continue;
            }
            if (now == null) {
                changes.add(key + " removed");
            } else if (secret(key)) {
                changes.add(key + " " + (old == null ? "set" : "changed") + " (value hidden)");
            } else if (old == null) {
                changes.add(key + "=" + shorten(now));
            } else {
                changes.add(key + ": " + shorten(old) + " → " + shorten(now));
            }
        }
        return changes.toString();
    }

    /** Whether a configuration key looks like it holds a secret, such as {@code smtp.password}. */
    static boolean secret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(SECRET_WORDS).anyMatch(k::contains);
    }

    private static String onNode(BundleContext context) {
        try {
            return "; node " + GatewayNode.name(GatewayPaths.of(context).data());
        } catch (IOException | RuntimeException e) {
            LOG.warn("The node's name cannot be read ({}); runtime entries are recorded without it", e.toString());
            return "";
        }
    }

    private void record(String action, String target, String detail) {
        try {
            trail.record(new AuditEntry(ACTOR, action, target, "", detail + onNode));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not record {} {} in the audit trail: {}", action, target, e.getMessage());
        }
    }

    private Configuration[] list(String filter) {
        try {
            Configuration[] found = configurations.listConfigurations(filter);
            return found == null ? new Configuration[0] : found;
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("Could not read the configurations ({}): {}", filter, e.getMessage());
            return new Configuration[0];
        }
    }

    private static Map<String, String> properties(Dictionary<String, Object> properties) {
        Map<String, String> values = new TreeMap<>();
        if (properties != null) {
            for (String key : Collections.list(properties.keys())) {
                if (!BOOKKEEPING.contains(key)) {
                    Object value = properties.get(key);
                    values.put(key, value instanceof Object[] array ? Arrays.deepToString(array)
                            : String.valueOf(value));
                }
            }
        }
        return values;
    }

    private static String shorten(String value) {
        return value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*");
    }
}

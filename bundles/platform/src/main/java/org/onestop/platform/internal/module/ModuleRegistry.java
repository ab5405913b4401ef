package org.onestop.platform.internal.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.ModuleDirectory;
import org.onestop.api.module.RunningModule;
import org.onestop.api.module.ServiceModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules running now, kept current as their {@link ServiceModule} services come and go. Remembers the ids
 * of modules that left, so their routes can answer "service not available" instead of a bare "not found".
 */
@Component(service = ModuleDirectory.class, immediate = true)
public final class ModuleRegistry implements ModuleDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);
    private static final java.util.regex.Pattern MODULE_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9]{1,30}");
    private static final Comparator<RunningModule> TILE_ORDER = Comparator
            .comparingInt((RunningModule m) -> m.descriptor().order())
            .thenComparing(m -> m.descriptor().id());

    /** Registered modules by service id, in registration order. */
    private final Map<Long, RunningModule> registered = new LinkedHashMap<>();
    private final Set<String> departed = ConcurrentHashMap.newKeySet();
    private volatile List<RunningModule> running = List.of();
    /** The same modules by id, for {@link #find} (asked many times a page: every module text looks its module up). */
    private volatile Map<String, RunningModule> runningById = Map.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ServiceModule module, ServiceReference<ServiceModule> reference) {
        ModuleDescriptor descriptor;
        try {
            descriptor = module.descriptor();
        } catch (RuntimeException e) {
            LOG.error("Module of bundle {} gave no descriptor: {}", reference.getBundle(), e.getMessage());
            return;
        }
        if (!valid(descriptor)) {
            LOG.error("Module of bundle {} is not listed: its id must be 2-31 lowercase letters or digits"
                    + " starting with a letter, and it needs an icon; it declared {}", reference.getBundle(),
                    descriptor);
            return;
        }
        Bundle bundle = reference.getBundle();
        add(serviceId(reference), new RunningModule(descriptor, bundle.getBundleId(), bundle.getSymbolicName(),
                bundle.getVersion().toString()));
    }

    void removeModule(ServiceReference<ServiceModule> reference) {
        remove(serviceId(reference));
    }

    /** Adds a module under a registration key; a second module with the same id waits behind the first. */
    synchronized void add(long key, RunningModule module) {
        registered.put(key, module);
        departed.remove(module.descriptor().id());
        refresh();
        if (running.stream().noneMatch(m -> m == module)) {
            LOG.warn("Module id '{}' of {} is taken by another bundle; it is not listed",
                    module.descriptor().id(), module.symbolicName());
        }
    }

    synchronized void remove(long key) {
        RunningModule gone = registered.remove(key);
        if (gone != null) {
            refresh();
            String id = gone.descriptor().id();
            if (find(id).isEmpty()) {
                departed.add(id);
            }
        }
    }

    private void refresh() {
        Map<String, RunningModule> byId = new LinkedHashMap<>();
        for (RunningModule module : registered.values()) {
            byId.putIfAbsent(module.descriptor().id(), module);
        }
        List<RunningModule> list = new ArrayList<>(byId.values());
        list.sort(TILE_ORDER);
        running = List.copyOf(list);
        runningById = Map.copyOf(byId);
    }

    @Override
    public List<RunningModule> running() {
        return running;
    }

    @Override
    public Optional<RunningModule> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(runningById.get(id));
    }

    @Override
    public boolean departed(String id) {
        return departed.contains(id);
    }

    /** Whether a descriptor can name paths, keys and files: see {@link ModuleDescriptor#id()}. */
    static boolean valid(ModuleDescriptor descriptor) {
        return descriptor != null && descriptor.id() != null && MODULE_ID.matcher(descriptor.id()).matches()
                && descriptor.icon() != null && !descriptor.icon().isBlank();
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(org.osgi.framework.Constants.SERVICE_ID);
    }
}

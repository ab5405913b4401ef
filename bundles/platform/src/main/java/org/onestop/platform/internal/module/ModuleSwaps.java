package org.onestop.platform.internal.module;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.onestop.api.module.ModuleDirectory;
import org.onestop.api.module.RunningModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.hooks.bundle.EventHook;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which modules are being swapped now: stopped to be updated or refreshed, and not yet serving again. While a
 * module swaps, its routes answer "try again shortly" (503 with {@code Retry-After}) instead of reaching a bundle
 * that is stopping or half started.
 *
 * <p>A module closes when its bundle starts stopping (seen as a bundle event hook, before the component runtime
 * withdraws anything); the stop then waits (at most {@link #DRAIN}) until the
 * module's requests in flight are answered, so none runs into a withdrawn resource. It opens again when the
 * module is registered again and its routes serve ({@link RouteReadiness}); when its bundle is stopped for good
 * (an operator's stop, not the transient one of an update or a refresh) or uninstalled, it opens once the gateway's
 * application no longer routes to the bundle's resources (meanwhile, and after, the module answers "not
 * available"); a bundle that never comes back opens after
 * {@link #PATIENCE}.
 */
@Component(service = {ModuleSwaps.class, EventHook.class}, immediate = true)
public final class ModuleSwaps implements EventHook {

    /** How long a stopping module's requests in flight may take before the stop goes on. */
    static final Duration DRAIN = Duration.ofSeconds(5);
    /** The longest a module stays closed. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration LOOK = Duration.ofMillis(50);
    private static final Logger LOG = LoggerFactory.getLogger(ModuleSwaps.class);

    /**
     * A module being swapped: the bundle that provides it, when it closed, and whether it is leaving for good (its
     * bundle stopped by an operator or uninstalled) rather than coming back.
     */
    private record Swap(long bundleId, long since, boolean departing) {
    }

    private final BundleContext context;
    private final ModuleDirectory modules;
    private final RouteReadiness routes;
    private final Map<String, Swap> closed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    /** The modules each bundle provided when it last stopped, to close them again while it starts. */
    private final Map<Long, List<String>> provided = new ConcurrentHashMap<>();
    /** The resource services each stopping bundle had in the gateway's application, to see them withdrawn. */
    private final Map<Long, Set<Long>> resources = new ConcurrentHashMap<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "onestop-module-swaps");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ModuleSwaps(BundleContext context, @Reference ModuleDirectory modules,
            @Reference RouteReadiness routes) {
        this.context = context;
        this.modules = modules;
        this.routes = routes;
    }

    @Deactivate
    void deactivate() {
        clock.shutdownNow();
        closed.clear();
    }

    /** What becomes of a request for a path that may belong to a module. */
    public enum Entry {
        /** No module runs under that name: not counted. */
        NONE,
        /** The module is being swapped: the request is to be answered "try again shortly". */
        SWAPPING,
        /** The module is leaving for good and its routes are being withdrawn: "not available". */
        DEPARTING,
        /** Counted as running for the module: {@link #leave} must follow. */
        COUNTED
    }

    /**
     * A request for the module {@code id} starts. It is counted before the module is checked again, so that a stop
     * either sees it running (and waits for it) or it sees the stop (and backs off).
     */
    public Entry enter(String id) {
        Swap swap = closed.get(id);
        if (swap != null) {
            return swap.departing() ? Entry.DEPARTING : Entry.SWAPPING;
        }
        if (modules.find(id).isEmpty()) {
            return Entry.NONE;
        }
        AtomicInteger count = inFlight.computeIfAbsent(id, key -> new AtomicInteger());
        count.incrementAndGet();
        if ((swap = closed.get(id)) != null) {
            count.decrementAndGet();
            return swap.departing() ? Entry.DEPARTING : Entry.SWAPPING;
        }
        return Entry.COUNTED;
    }

    /** A request for the module {@code id} has its answer. */
    public void leave(String id) {
        AtomicInteger count = inFlight.get(id);
        if (count != null) {
            count.decrementAndGet();
        }
    }

    /**
     * Sees every bundle event before any listener does: the component runtime deactivates a stopping bundle's
     * components (its routes among them) from its own listener, and the module must be closed before that.
     */
    @Override
    public void event(BundleEvent event, Collection<BundleContext> listeners) {
        long bundleId = event.getBundle().getBundleId();
        switch (event.getType()) {
            case BundleEvent.STOPPING -> {
                List<String> ids = modules.running().stream().filter(m -> m.bundleId() == bundleId)
                        .map(m -> m.descriptor().id()).toList();
                if (!ids.isEmpty()) {
                    provided.put(bundleId, ids);
                    resources.put(bundleId, routes.resourcesOf(event.getBundle()));
                    close(bundleId, ids, "stopping");
                    drain(ids);
                }
            }
            case BundleEvent.STOPPED -> {
                if (!persistentlyStarted(event.getBundle())) {
                    depart(bundleId, "stopped");
                }
            }
            case BundleEvent.STARTING -> {
                close(bundleId, provided.getOrDefault(bundleId, List.of()), "starting");
            }
            case BundleEvent.STARTED -> later(LOOK, () -> openWhenServing(bundleId));
            case BundleEvent.UNINSTALLED -> {
                provided.remove(bundleId);
                depart(bundleId, "uninstalled");
            }
            default -> {
                // installed, unresolved, updated, resolved, lazy activation: the module stays as it is
            }
        }
    }

    /**
     * Whether the bundle is to run: a stop on the way to an update or a refresh is transient (the bundle starts
     * again), an operator's stop is not.
     */
    private static boolean persistentlyStarted(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }

    private void close(long bundleId, List<String> ids, String why) {
        List<String> closing = ids.stream().filter(id -> !closed.containsKey(id)).toList();
        if (closing.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        closing.forEach(id -> closed.put(id, new Swap(bundleId, now, false)));
        LOG.info("Module(s) {} of bundle {} {}: their routes answer 503 until they serve again", closing, bundleId,
                why);
        later(PATIENCE, () -> closing.forEach(id -> open(id, now, "did not come back in time")));
    }

    /** Waits until the requests in flight of {@code ids} are answered, at most {@link #DRAIN}. */
    private void drain(List<String> ids) {
        long until = System.nanoTime() + DRAIN.toNanos();
        while (ids.stream().anyMatch(id -> inFlight.getOrDefault(id, new AtomicInteger()).get() > 0)) {
            if (System.nanoTime() > until) {
                LOG.warn("Requests of module(s) {} still running after {} s; stopping anyway", ids,
                        DRAIN.toSeconds());
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void openWhenServing(long bundleId) {
        List<String> ids = idsOf(bundleId);
        if (ids.isEmpty()) {
            return;
        }
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null || bundle.getState() != Bundle.ACTIVE) {
            return;
        }
        boolean registered = ids.stream().allMatch(id -> modules.find(id)
                .map(RunningModule::bundleId).filter(b -> b == bundleId).isPresent());
        if (registered && routes.serving(bundle)) {
            openAll(bundleId, "serving again");
        } else {
            later(LOOK, () -> openWhenServing(bundleId));
        }
    }

    /** The modules of a bundle stopped for good answer "not available" until its routes are withdrawn. */
    private void depart(long bundleId, String why) {
        idsOf(bundleId).forEach(id -> closed.computeIfPresent(id,
                (key, swap) -> new Swap(swap.bundleId(), swap.since(), true)));
        later(LOOK, () -> openWhenGone(bundleId, why));
    }

    /**
     * Opens the modules of a bundle stopped for good (or uninstalled) once the gateway's application no longer
     * routes to its resources: until then a request could reach a resource whose service is gone.
     */
    private void openWhenGone(long bundleId, String why) {
        if (idsOf(bundleId).isEmpty()) {
            return;
        }
        if (routes.withdrawn(resources.getOrDefault(bundleId, Set.of()))) {
            resources.remove(bundleId);
            openAll(bundleId, why);
        } else {
            later(LOOK, () -> openWhenGone(bundleId, why));
        }
    }

    private List<String> idsOf(long bundleId) {
        return closed.entrySet().stream().filter(e -> e.getValue().bundleId() == bundleId).map(Map.Entry::getKey)
                .toList();
    }

    private void openAll(long bundleId, String why) {
        idsOf(bundleId).forEach(id -> open(id, closed.get(id).since(), why));
    }

    private void open(String id, long since, String why) {
        Optional.ofNullable(closed.get(id)).filter(s -> s.since() == since).ifPresent(swap -> {
            if (closed.remove(id, swap)) {
                LOG.info("Module {} open again ({}) after {} ms", id, why,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since));
            }
        });
    }

    private void later(Duration delay, Runnable task) {
        if (!clock.isShutdown()) {
            clock.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("Module swap check failed: {}", e.toString());
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}

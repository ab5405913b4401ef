package org.onestop.runtime;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The gateway's Jakarta REST runtime as a test inside the framework sees it. The runtime raises its
 * {@code service.changecount} once it has taken a change of resources in; a wait here sleeps until that count moves
 * and then reads the runtime's DTO again, instead of asking over HTTP in a loop whether a route answers yet.
 */
final class RestRuntime implements AutoCloseable {

    private final BundleContext context;
    private final ServiceTracker<JakartarsServiceRuntime, JakartarsServiceRuntime> runtimes;
    private final AtomicLong changes = new AtomicLong();
    private final Object changed = new Object();

    RestRuntime(BundleContext context) {
        this.context = context;
        this.runtimes = new ServiceTracker<>(context, JakartarsServiceRuntime.class, null) {
            @Override
            public JakartarsServiceRuntime addingService(ServiceReference<JakartarsServiceRuntime> reference) {
                JakartarsServiceRuntime runtime = super.addingService(reference);
                signal();
                return runtime;
            }

            @Override
            public void modifiedService(ServiceReference<JakartarsServiceRuntime> reference,
                    JakartarsServiceRuntime runtime) {
                signal();
            }
        };
        runtimes.open();
    }

    /** The service ids of the resources the bundle {@code symbolicName} has registered now (none if it is absent). */
    Set<Long> resourcesOf(String symbolicName) {
        Set<Long> ids = new TreeSet<>();
        try {
            ServiceReference<?>[] resources = context.getAllServiceReferences(null, "(osgi.jakartars.resource=true)");
            for (ServiceReference<?> resource : resources == null ? new ServiceReference<?>[0] : resources) {
                Bundle owner = resource.getBundle();
                if (owner != null && symbolicName.equals(owner.getSymbolicName())) {
                    ids.add((Long) resource.getProperty("service.id"));
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /**
     * Waits until the runtime serves at least {@code count} resources of the bundle {@code symbolicName}, none of
     * them among {@code before} (the ones of an earlier version of the bundle), every one it has registered served
     * and none failed: its routes then answer.
     */
    void awaitServing(String symbolicName, int count, Set<Long> before, Duration timeout) {
        await(symbolicName + " served by the REST runtime", timeout, dto -> {
            Set<Long> registered = resourcesOf(symbolicName);
            registered.removeAll(before);
            return registered.size() >= count && listed(dto).containsAll(registered)
                    && Arrays.stream(dto.failedResourceDTOs).noneMatch(f -> registered.contains(f.serviceId));
        });
    }

    /** Waits until the runtime serves every one of the resources {@code ids}. */
    void awaitServed(String what, Set<Long> ids, Duration timeout) {
        await(what + " served by the REST runtime", timeout, dto -> listed(dto).containsAll(ids));
    }

    /** Waits until the runtime serves none of the resources {@code gone} (their bundle stopped or left). */
    void awaitGone(String what, Set<Long> gone, Duration timeout) {
        await(what + " no longer served by the REST runtime", timeout,
                dto -> listed(dto).stream().noneMatch(gone::contains));
    }

    /** Reads the runtime's DTO whenever its change count moves, until {@code check} holds or the time is up. */
    private RuntimeDTO await(String what, Duration timeout, Predicate<RuntimeDTO> check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeDTO last = null;
        while (true) {
            long seen = changes.get();
            JakartarsServiceRuntime runtime = runtimes.getService();
            if (runtime != null) {
                last = runtime.getRuntimeDTO();
                if (check.test(last)) {
                    return last;
                }
            }
            synchronized (changed) {
                long left;
                while (changes.get() == seen && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        changed.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError("interrupted while waiting for " + what);
                    }
                }
            }
            if (changes.get() == seen) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; the runtime lists " + (last == null ? "nothing yet" : listed(last)));
            }
        }
    }

    private void signal() {
        changes.incrementAndGet();
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    private static Set<Long> listed(RuntimeDTO runtime) {
        Set<Long> listed = new TreeSet<>();
        for (ApplicationDTO application : runtime.applicationDTOs) {
            Arrays.stream(application.resourceDTOs).forEach(r -> listed.add(r.serviceId));
        }
        return listed;
    }

    @Override
    public void close() {
        runtimes.close();
    }
}

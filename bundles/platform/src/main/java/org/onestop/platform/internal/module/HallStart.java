package org.onestop.platform.internal.module;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.onestop.api.module.GatewayPaths;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the hall has finished starting: every bundle of the distribution ({@code system/}, and the modules in
 * {@code deploy/}) is active and every route of theirs serves ({@link RouteReadiness#unserved()}). Until then the
 * health report says STARTING (503), so that a load balancer sends no one yet and the launcher does not say "ready"
 * while some pages would still answer "not found". A start that does not finish within {@link #PATIENCE} is
 * logged with what it still waited for, and counts as finished.
 */
@Component(service = HallStart.class, immediate = true)
public final class HallStart {

    /** The longest the hall says it is starting. */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration LOOK = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(HallStart.class);

    private final BundleContext context;
    private final RouteReadiness routes;
    /** The folders whose jars are the distribution's bundles; none when the launcher did not name them (tests). */
    private final List<Path> folders;
    private final long since = System.nanoTime();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "onestop-hall-start");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean started;

    @Activate
    public HallStart(BundleContext context, @Reference RouteReadiness routes) {
        this.context = context;
        this.routes = routes;
        this.folders = Stream.of(
                Optional.ofNullable(context.getProperty(GatewayPaths.HOME))
                        .map(home -> GatewayPaths.of(context).home().resolve("system")),
                Optional.ofNullable(context.getProperty("onestop.deploy")).map(Path::of))
                .flatMap(Optional::stream).map(p -> p.toAbsolutePath().normalize()).toList();
        clock.schedule(this::look, 0, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        clock.shutdownNow();
    }

    /** Whether every bundle of the distribution is active and every route serves (or the patience ran out). */
    public boolean started() {
        return started;
    }

    private void look() {
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
        List<String> waiting;
        try {
            waiting = waitingFor();
        } catch (RuntimeException e) {
            waiting = List.of("a look at the routes failed: " + e);
        }
        if (waiting.isEmpty()) {
            started = true;
            LOG.info("The hall has started: every bundle is active and every route serves ({} ms)", elapsed);
        } else if (elapsed >= PATIENCE.toMillis()) {
            started = true;
            LOG.warn("The hall has not finished starting after {} s and answers as started; still waiting: {}",
                    PATIENCE.toSeconds(), waiting);
        } else if (!clock.isShutdown()) {
            clock.schedule(this::look, LOOK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** What the start still waits for, in words for the log; empty once it is over. */
    List<String> waitingFor() {
        List<String> waiting = new ArrayList<>(inactiveBundles());
        if (waiting.isEmpty()) {
            waiting.addAll(routes.unserved());
        }
        return waiting;
    }

    /** The jars of the distribution's folders that are not installed as an active bundle (fragments: installed). */
    private List<String> inactiveBundles() {
        Map<Path, Bundle> installed = Arrays.stream(context.getBundles())
                .filter(b -> b.getLocation().startsWith("file:"))
                .collect(Collectors.toMap(b -> fileOf(b.getLocation()), Function.identity(), (a, b) -> a));
        List<String> inactive = new ArrayList<>();
        for (Path jar : jars()) {
            Bundle bundle = installed.get(jar);
            if (bundle == null) {
                inactive.add(jar.getFileName() + " is not installed yet");
            } else if (bundle.getState() != Bundle.ACTIVE && bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                inactive.add(jar.getFileName() + " is not active yet");
            }
        }
        return inactive;
    }

    private List<Path> jars() {
        List<Path> jars = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                            .map(f -> f.toAbsolutePath().normalize()).forEach(jars::add);
                } catch (IOException e) {
                    LOG.debug("Cannot list {}: {}", folder, e.toString());
                }
            }
        }
        return jars;
    }

    private static Path fileOf(String location) {
        try {
            return Path.of(URI.create(location)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Path.of(location);
        }
    }
}

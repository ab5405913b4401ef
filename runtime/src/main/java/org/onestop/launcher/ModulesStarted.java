package org.onestop.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Waits, at a start, until every service module of {@code deploy/} is an active bundle (FileInstall installs and
 * starts them while the platform's bundles start), or until the patience runs out (a module that cannot start makes
 * the start no slower than that).
 */
final class ModulesStarted {

    private static final Duration LOOK = Duration.ofMillis(20);

    private final BundleContext context;
    private final Path deploy;

    ModulesStarted(BundleContext context, Path deploy) {
        this.context = context;
        this.deploy = deploy.toAbsolutePath().normalize();
    }

    /** Whether every module started within {@code patience}. */
    boolean await(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!started()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(LOOK.toMillis());
        }
        return true;
    }

    /** Whether every jar of the folder is an active bundle. */
    boolean started() {
        Set<Path> active = Arrays.stream(context.getBundles()).filter(b -> b.getState() == Bundle.ACTIVE)
                .map(Bundle::getLocation).filter(l -> l.startsWith("file:")).map(ModulesStarted::file)
                .collect(Collectors.toSet());
        return modules().stream().allMatch(active::contains);
    }

    private List<Path> modules() {
        if (!Files.isDirectory(deploy)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(deploy)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .map(f -> f.toAbsolutePath().normalize()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path file(String location) {
        try {
            return Path.of(URI.create(location)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            return Path.of(location);
        }
    }
}

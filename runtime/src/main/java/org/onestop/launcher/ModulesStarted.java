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
import org.osgi.framework.Constants;

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

    /**
     * Whether every jar of the folder is an active bundle (a fragment: installed); also once the framework is
     * stopping, when there is nothing left to wait for.
     */
    boolean started() {
        Set<Path> done;
        try {
            done = Arrays.stream(context.getBundles()).filter(ModulesStarted::done).map(Bundle::getLocation)
                    .filter(l -> l.startsWith("file:")).map(ModulesStarted::file).collect(Collectors.toSet());
        } catch (IllegalStateException stopping) {
            return true;
        }
        return modules().stream().allMatch(done::contains);
    }

    private static boolean done(Bundle bundle) {
        return bundle.getState() == Bundle.ACTIVE || bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    private List<Path> modules() {
        if (!Files.isDirectory(deploy)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(deploy)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .map(ModulesStarted::real).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path file(String location) {
        try {
            return real(Path.of(URI.create(location)));
        } catch (IllegalArgumentException e) {
            return Path.of(location);
        }
    }

    /** The file itself, whatever links lead to it (FileInstall names a bundle by its real path). */
    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}

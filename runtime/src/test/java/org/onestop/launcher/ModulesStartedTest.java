package org.onestop.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** The wait of a start for the modules of {@code deploy/}, on a real Felix framework with real bundle jars. */
class ModulesStartedTest {

    @TempDir
    Path folder;
    private Framework framework;
    private BundleContext context;
    private Path deploy;

    @BeforeEach
    void startFramework() throws Exception {
        deploy = Files.createDirectories(folder.resolve("deploy"));
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(Map.of(
                "org.osgi.framework.storage", folder.resolve("cache").toString(),
                "org.osgi.framework.storage.clean", "onFirstInit"));
        framework.start();
        context = framework.getBundleContext();
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void startedOnceEveryModuleIsActive() throws Exception {
        Bundle first = context.installBundle(module("first").toUri().toString());
        Bundle second = context.installBundle(module("second").toUri().toString());
        ModulesStarted modules = new ModulesStarted(context, deploy);

        assertFalse(modules.started(), "installed, not started");
        first.start();
        assertFalse(modules.started(), "one of two active");
        second.start();
        assertTrue(modules.started());
        assertTrue(modules.await(Duration.ofSeconds(1)));
    }

    @Test
    void aModuleNotInstalledYetIsWaitedForUntilThePatienceRunsOut() throws Exception {
        context.installBundle(module("first").toUri().toString()).start();
        module("later");
        ModulesStarted modules = new ModulesStarted(context, deploy);

        long begun = System.nanoTime();
        assertFalse(modules.await(Duration.ofMillis(300)));
        assertTrue(System.nanoTime() - begun >= Duration.ofMillis(300).toNanos(), "waited its patience");

        context.installBundle(deploy.resolve("later.jar").toUri().toString()).start();
        assertTrue(modules.await(Duration.ofMillis(300)));
    }

    @Test
    void aFragmentCountsOnceInstalledAndAFolderMayBeALink() throws Exception {
        context.installBundle(module("first").toUri().toString()).start();
        Path fragment = module("extra", "Fragment-Host", "org.onestop.sample.first");
        context.installBundle(fragment.toUri().toString());
        Path link = Files.createSymbolicLink(folder.resolve("modules"), deploy);

        assertTrue(new ModulesStarted(context, deploy).started(), "a fragment is never active");
        assertTrue(new ModulesStarted(context, link).started(), "the same jars through a link");
    }

    @Test
    void aStoppedFrameworkLeavesNothingToWaitFor() throws Exception {
        module("never");
        ModulesStarted modules = new ModulesStarted(context, deploy);
        assertFalse(modules.started());

        framework.stop();
        framework.waitForStop(10_000);
        assertTrue(modules.await(Duration.ofSeconds(1)));
    }

    @Test
    void noModulesNoWait() throws Exception {
        assertTrue(new ModulesStarted(context, deploy).started());
        assertTrue(new ModulesStarted(context, folder.resolve("missing")).started());
    }

    /** A bundle jar with nothing but its manifest (and the headers given as name/value pairs), in {@code deploy/}. */
    private Path module(String name, String... headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.onestop.sample." + name);
        main.putValue("Bundle-Version", "1.0.0");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            main.putValue(headers[i], headers[i + 1]);
        }
        Path jar = deploy.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}

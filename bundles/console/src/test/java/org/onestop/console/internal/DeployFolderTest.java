package org.onestop.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployFolderTest {

    @TempDir
    Path root;

    private DeployFolder folder() throws Exception {
        return new DeployFolder(Files.createDirectories(root.resolve("deploy")), root.resolve("data"), "");
    }

    private Path version(String v) throws Exception {
        return TestJars.bundle(root.resolve("upload-" + v + ".jar"), "org.onestop.hello", v, Map.of());
    }

    private static String versionOf(Path jar) {
        return JarCheck.read(jar).version().toString();
    }

    @Test
    void anUploadGoesIntoDeployWholeAndTheReplacedVersionIsKeptOutsideIt() throws Exception {
        DeployFolder folder = folder();
        Path first = folder.install(version("1.0.0"), "org.onestop.hello", Optional.empty());
        assertEquals(root.resolve("deploy/hello.jar"), first);
        assertTrue(folder.uploaded(first));
        assertEquals(Optional.of(first), folder.fileOf(first.toUri().toString()));
        assertEquals(Optional.empty(), folder.previous("org.onestop.hello"));

        Path second = folder.install(version("2.0.0"), "org.onestop.hello", Optional.of(first));

        assertEquals(first, second);
        assertEquals("2.0.0", versionOf(second));
        assertEquals("1.0.0", versionOf(folder.previous("org.onestop.hello").orElseThrow()));
        try (Stream<Path> files = Files.list(root.resolve("deploy"))) {
            assertEquals(List.of("hello.jar"), files.map(f -> f.getFileName().toString()).toList(),
                    "nothing but the module's jar in deploy/, no part file, no previous version");
        }
    }

    @Test
    void aRollBackSwapsTheVersionsSoASecondOneUndoesIt() throws Exception {
        DeployFolder folder = folder();
        Path file = folder.install(version("1.0.0"), "org.onestop.hello", Optional.empty());
        folder.install(version("2.0.0"), "org.onestop.hello", Optional.of(file));

        folder.rollBack("org.onestop.hello", Optional.of(file));
        assertEquals("1.0.0", versionOf(file));
        assertEquals("2.0.0", versionOf(folder.previous("org.onestop.hello").orElseThrow()));
        assertTrue(folder.uploaded(file));

        folder.rollBack("org.onestop.hello", Optional.of(file));
        assertEquals("2.0.0", versionOf(file));
    }

    @Test
    void anUninstalledModuleLeavesDeployAndCanBeRolledBackIn() throws Exception {
        DeployFolder folder = folder();
        Path file = folder.install(version("1.0.0"), "org.onestop.hello", Optional.empty());

        folder.remove(file, "org.onestop.hello");
        assertFalse(Files.exists(file));
        assertEquals(List.of("org.onestop.hello"), folder.keptNames());

        Path back = folder.rollBack("org.onestop.hello", Optional.empty());
        assertEquals("1.0.0", versionOf(back));
        assertEquals(Optional.empty(), folder.previous("org.onestop.hello"), "nothing newer to keep");
    }

    @Test
    void aFileChangedByHandIsNoLongerTheConsolesAndOthersKeepTheirNames() throws Exception {
        DeployFolder folder = folder();
        Path file = folder.install(version("1.0.0"), "org.onestop.hello", Optional.empty());
        Files.copy(version("3.0.0"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertFalse(folder.uploaded(file));

        Path other = folder.install(TestJars.bundle(root.resolve("x.jar"), "org.example.hello", "1.0.0", Map.of()),
                "org.example.hello", Optional.empty());
        assertEquals("org.example.hello.jar", other.getFileName().toString());
        assertEquals(Optional.empty(), folder.fileOf(root.resolve("elsewhere.jar").toUri().toString()));
    }

    @Test
    void anUploadWaitsUnderItsTokenOnly() throws Exception {
        DeployFolder folder = folder();
        String token = folder.stage(version("1.0.0"));
        assertTrue(folder.staged(token).isPresent());
        assertEquals(Optional.empty(), folder.staged("../../deploy/hello"));
        assertEquals(Optional.empty(), folder.staged(null));
    }

    @Test
    void twoNodesUploadingThroughOneSharedFolderAtOnceLoseNoRecord() throws Exception {
        Path deploy = Files.createDirectories(root.resolve("deploy"));
        String shared = root.resolve("shared").toString();
        List<DeployFolder> nodes = List.of(new DeployFolder(deploy, root.resolve("node1"), shared),
                new DeployFolder(deploy, root.resolve("node2"), shared));
        int each = 12;
        List<Path> jars = new java.util.ArrayList<>();
        for (int n = 0; n < 2 * each; n++) {
            jars.add(TestJars.bundle(root.resolve("m" + n + ".jar"), "org.example.m" + n, "1.0.0", Map.of()));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<Path>>> done = new java.util.ArrayList<>();
            for (int node = 0; node < 2; node++) {
                int first = node * each;
                DeployFolder folder = nodes.get(node);
                done.add(pool.submit(() -> {
                    List<Path> installed = new java.util.ArrayList<>();
                    for (int n = first; n < first + each; n++) {
                        installed.add(folder.install(jars.get(n), "org.example.m" + n, Optional.empty()));
                    }
                    return installed;
                }));
            }
            for (java.util.concurrent.Future<List<Path>> installed : done) {
                for (Path file : installed.get()) {
                    assertTrue(nodes.get(0).uploaded(file) && nodes.get(1).uploaded(file),
                            file.getFileName() + " is recorded as the console's on both nodes");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

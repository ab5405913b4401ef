package org.onestop.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files that are the truth of the service modules: {@code deploy/}, which the gateway watches (a jar put there
 * is installed, replaced is updated, deleted is uninstalled), and beside it, under the data folder where nothing
 * watches, {@code console/previous/<symbolic name>.jar} (the version a change replaced, for rolling back),
 * {@code console/staged/} (uploads checked and waiting for the operator's confirmation) and
 * {@code console/uploads.properties} (which files of {@code deploy/} the console put there, by their SHA-256).
 * Several gateway nodes sharing one deploy folder name one shared folder instead of {@code console/}
 * ({@link ConsoleConfig#shared_folder()}), so that an upload staged through one node is confirmed through another.
 * A jar enters {@code deploy/} whole: it is written under a name the gateway ignores and then renamed in one step.
 * A change of {@code deploy/} and its records is made by one node and one thread at a time, under the lock of the
 * file {@code console/changes.lock} (the operating system's lock, which the nodes sharing the folder all see).
 */
final class DeployFolder {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final Duration STAGED_FOR = Duration.ofHours(1);
    private static final String ONESTOP = "org.onestop.";

    private final Path deploy;
    private final Path previous;
    private final Path staged;
    private final Path uploads;
    private final Path changes;
    /** A file lock is held by the JVM, not a thread: the threads of this JVM take turns before taking it. */
    private static final Object IN_THIS_JVM = new Object();
    private final SecureRandom random = new SecureRandom();
    /** SHA-256 of deploy files by path, size and modification time. */
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    /** {@code deploy/} and the console's folder beside it: {@code console/} in {@code data}, or {@code shared}. */
    DeployFolder(Path deploy, Path data, String shared) {
        this(deploy, shared == null || shared.isBlank() ? data.resolve("console") : Path.of(shared.strip()));
    }

    private DeployFolder(Path deploy, Path console) {
        this.deploy = deploy.toAbsolutePath().normalize();
        console = console.toAbsolutePath().normalize();
        this.previous = console.resolve("previous");
        this.staged = console.resolve("staged");
        this.uploads = console.resolve("uploads.properties");
        this.changes = console.resolve("changes.lock");
    }

    /** Makes {@code change} while no other thread or node changes {@code deploy/} or the console's records. */
    private <T> T exclusively(Change<T> change) throws IOException {
        synchronized (IN_THIS_JVM) {
            Files.createDirectories(changes.getParent());
            try (FileChannel channel = FileChannel.open(changes, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock held = channel.lock()) {
                return change.make();
            }
        }
    }

    @FunctionalInterface
    private interface Change<T> {
        T make() throws IOException;
    }

    Path deploy() {
        return deploy;
    }

    /** The file of {@code deploy/} a bundle was installed from, if its location names one. */
    Optional<Path> fileOf(String location) {
        try {
            Path file = Path.of(URI.create(location)).toAbsolutePath().normalize();
            return file.getParent() != null && file.getParent().equals(deploy) ? Optional.of(file) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Whether the console put {@code file} into {@code deploy/} as it is now. */
    boolean uploaded(Path file) {
        String recorded = records().getProperty(file.getFileName().toString());
        return recorded != null && Files.isRegularFile(file) && recorded.equals(digest(file));
    }

    /** Keeps an upload until the operator confirms it; answers its token. Uploads older than an hour are dropped. */
    synchronized String stage(Path upload) throws IOException {
        Files.createDirectories(staged);
        try (Stream<Path> old = Files.list(staged)) {
            Instant limit = Instant.now().minus(STAGED_FOR);
            for (Path file : old.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Files.copy(upload, staged.resolve(token + ".jar"));
        return token;
    }

    /** The staged upload of {@code token}, while it is kept. */
    Optional<Path> staged(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Path file = staged.resolve(token + ".jar");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Puts {@code jar} into {@code deploy/}: over {@code replacing} (whose content is kept as the previous version
     * of {@code symbolicName}; for a platform bundle its file in {@code system/}) or under a new name. Answers the
     * file written.
     */
    Path install(Path jar, String symbolicName, Optional<Path> replacing) throws IOException {
        return exclusively(() -> {
            Path target = replacing.orElseGet(() -> freeName(symbolicName));
            if (replacing.isPresent() && Files.isRegularFile(target)) {
                keep(target, symbolicName);
            }
            place(jar, target);
            return target;
        });
    }

    /** Takes {@code file} out of {@code deploy/}, keeping it as the previous version of {@code symbolicName}. */
    void remove(Path file, String symbolicName) throws IOException {
        exclusively(() -> {
            keep(file, symbolicName);
            Files.delete(file);
            Properties records = records();
            if (records.remove(file.getFileName().toString()) != null) {
                save(records);
            }
            return file;
        });
    }

    /** The kept previous version of {@code symbolicName}. */
    Optional<Path> previous(String symbolicName) {
        Path file = previous.resolve(symbolicName + ".jar");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The symbolic names of which a previous version is kept. */
    java.util.List<String> keptNames() {
        if (!Files.isDirectory(previous)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(previous)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the kept previous version of {@code symbolicName} back into {@code deploy/} (over {@code current}, or
     * under a new name); the version it replaces becomes the kept one, so a second roll back undoes the first.
     */
    Path rollBack(String symbolicName, Optional<Path> current) throws IOException {
        return exclusively(() -> {
            Path kept = previous(symbolicName).orElseThrow(() -> new IOException("no previous version"));
            Path target = current.orElseGet(() -> freeName(symbolicName));
            Path swap = Files.createTempFile(previous, "swap", ".tmp");
            try {
                Files.copy(kept, swap, StandardCopyOption.REPLACE_EXISTING);
                if (current.isPresent() && Files.isRegularFile(target)) {
                    keep(target, symbolicName);
                } else {
                    Files.delete(kept);
                }
                place(swap, target);
            } finally {
                Files.deleteIfExists(swap);
            }
            return target;
        });
    }

    /** Copies {@code jar} beside its target under a name the gateway ignores, then renames it into place. */
    private void place(Path jar, Path target) throws IOException {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Properties records = records();
        records.setProperty(target.getFileName().toString(), digest(target));
        save(records);
    }

    private void keep(Path file, String symbolicName) throws IOException {
        Files.createDirectories(previous);
        Path part = previous.resolve(symbolicName + ".jar.part");
        Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, previous.resolve(symbolicName + ".jar"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code hello.jar} for {@code org.onestop.hello}, the symbolic name otherwise, never a file already there. */
    private Path freeName(String symbolicName) {
        String base = symbolicName.startsWith(ONESTOP) ? symbolicName.substring(ONESTOP.length()) : symbolicName;
        Path file = deploy.resolve(base + ".jar");
        for (int n = 2; Files.exists(file); n++) {
            file = deploy.resolve(symbolicName + (n == 2 ? "" : "-" + n) + ".jar");
        }
        return file;
    }

    private Properties records() {
        Properties records = new Properties();
        if (Files.isRegularFile(uploads)) {
            try (InputStream in = Files.newInputStream(uploads)) {
                records.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    private void save(Properties records) throws IOException {
        Files.createDirectories(uploads.getParent());
        Path part = uploads.resolveSibling("uploads.properties.part");
        try (OutputStream out = Files.newOutputStream(part)) {
            records.store(out, "files of deploy/ put there by the operator console, with their SHA-256");
        }
        Files.move(part, uploads, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String digest(Path file) {
        try {
            String key = file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
            return digests.computeIfAbsent(key, k -> sha256(file));
        } catch (IOException e) {
            return "";
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

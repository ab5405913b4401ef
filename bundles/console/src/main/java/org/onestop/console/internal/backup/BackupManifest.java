package org.onestop.console.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a backup folder holds, in its {@code manifest.txt}, written last (beside, then renamed in one step), so that
 * a folder without one is a backup that did not finish. Lines {@code key: value} (format, when, the gateway's
 * version, where each part came from, how many files and bytes), then one line per file
 * {@code file: <sha256> <bytes> <path>}, the path relative to the folder with {@code /}. {@code ./onestop restore}
 * checks every file against it before it copies anything.
 *
 * @param facts the {@code key: value} lines, in order
 * @param files the files, by path
 */
public record BackupManifest(Map<String, String> facts, List<Entry> files) {

    public static final String FILE = "manifest.txt";
    public static final String FORMAT = "1";

    /** One file of the backup. */
    public record Entry(String path, long bytes, String sha256) {
    }

    public BackupManifest {
        facts = Map.copyOf(new LinkedHashMap<>(facts));
        files = List.copyOf(files);
    }

    public long bytes() {
        return files.stream().mapToLong(Entry::bytes).sum();
    }

    public Optional<Instant> created() {
        try {
            return Optional.ofNullable(facts.get("created")).map(Instant::parse);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Walks {@code folder} (every regular file but the manifest), computes each file's SHA-256 and writes the
     * manifest with {@code facts} first; answers it.
     */
    static BackupManifest write(Path folder, Map<String, String> facts) throws IOException {
        List<Entry> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                if (!path.equals(FILE) && !path.equals(FILE + ".writing")) {
                    files.add(new Entry(path, Files.size(file), sha256(file)));
                }
            }
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("format", FORMAT);
        all.putAll(facts);
        all.put("files", String.valueOf(files.size()));
        all.put("bytes", String.valueOf(files.stream().mapToLong(Entry::bytes).sum()));
        StringBuilder text = new StringBuilder("# OneStop backup: restore it with ./onestop restore <this folder>\n");
        all.forEach((key, value) -> text.append(key).append(": ").append(value.replace('\n', ' ')).append('\n'));
        for (Entry file : files) {
            text.append("file: ").append(file.sha256()).append(' ').append(file.bytes()).append(' ')
                    .append(file.path()).append('\n');
        }
        Path aside = folder.resolve(FILE + ".writing");
        Files.writeString(aside, text, StandardCharsets.UTF_8);
        Files.move(aside, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        return new BackupManifest(all, files);
    }

    /** The manifest of a backup folder, if it has one that reads. */
    static Optional<BackupManifest> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, String> facts = new LinkedHashMap<>();
            List<Entry> files = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(": ");
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon);
                String value = line.substring(colon + 2);
                if (key.equals("file")) {
                    String[] parts = value.split(" ", 3);
                    files.add(new Entry(parts[2], Long.parseLong(parts[1]), parts[0]));
                } else {
                    facts.put(key, value);
                }
            }
            return Optional.of(new BackupManifest(facts, files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

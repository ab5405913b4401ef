package org.onestop.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backup folder checked against its {@code manifest.txt} (as the operator console writes it): every file listed is
 * there with its size and SHA-256, and the database is among them. What is wrong is listed, in words.
 *
 * @param facts    the manifest's {@code key: value} lines (format, created, gateway, …)
 * @param files    the files the manifest lists, by their path in the backup
 * @param bytes    their size together
 * @param problems what does not match, empty when the backup is whole
 */
record BackupCheck(Map<String, String> facts, List<String> files, long bytes, List<String> problems) {

    static final String MANIFEST = "manifest.txt";

    /** Reads the manifest of {@code folder} and checks every file it lists. */
    static BackupCheck of(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return new BackupCheck(Map.of(), List.of(), 0, List.of("there is no " + MANIFEST + " in " + folder
                    + ": it is not a backup, or its backup did not finish"));
        }
        Map<String, String> facts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> files = new ArrayList<>();
        long bytes = 0;
        boolean database = false;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(": ");
            if (line.startsWith("#") || colon < 0) {
                continue;
            }
            if (!line.startsWith("file: ")) {
                facts.put(line.substring(0, colon), line.substring(colon + 2));
                continue;
            }
            String[] entry = line.substring(6).split(" ", 3);
            if (entry.length < 3 || !entry[0].matches("[0-9a-f]{64}") || !entry[1].matches("\\d{1,18}")) {
                problems.add("a line of the manifest cannot be read: " + line);
                continue;
            }
            files.add(entry[2]);
            bytes += Long.parseLong(entry[1]);
            database |= entry[2].equals("database/db/service.properties") || entry[2].equals(PostgresRestore.DUMP);
            problems.addAll(checked(folder, entry[2], Long.parseLong(entry[1]), entry[0]));
        }
        if (!"1".equals(facts.get("format"))) {
            problems.add(0, "the manifest is of an unknown format (" + facts.get("format") + ")");
        } else if (!database) {
            problems.add("the manifest lists no database (database/db, or database/onestop.pgdump)");
        }
        return new BackupCheck(facts, files, bytes, problems);
    }

    private static List<String> checked(Path folder, String path, long size, String sha256) throws IOException {
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder) || path.startsWith("/")) {
            return List.of("the manifest names a file outside the backup: " + path);
        }
        if (!Files.isRegularFile(file)) {
            return List.of("missing: " + path);
        }
        if (Files.size(file) != size) {
            return List.of("changed (" + Files.size(file) + " bytes, the manifest says " + size + "): " + path);
        }
        return sha256(file).equals(sha256) ? List.of() : List.of("changed (its SHA-256 differs): " + path);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

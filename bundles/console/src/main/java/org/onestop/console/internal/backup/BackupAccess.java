package org.onestop.console.internal.backup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The key of {@code ./onestop backup}: a random token in {@code <data>/backup.access} (with the gateway's port),
 * readable by the owner of the data folder alone, written when the gateway's database is open and deleted when it
 * closes. The command reads it and sends it with its request, from the same machine. Whoever can read the data
 * folder can copy the database anyway, so the token grants nothing new, while the HTTP route stays closed to
 * everybody else: a request must come from the loopback address and carry the token (compared in constant time).
 */
final class BackupAccess {

    static final String FILE = "backup.access";
    private static final String BEARER = "Bearer ";

    private final Path file;
    private final String token;

    private BackupAccess(Path file, String token) {
        this.file = file;
        this.token = token;
    }

    /** Writes a new token for the gateway on {@code port} into {@code data}. */
    static BackupAccess open(Path data, String port) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Files.createDirectories(data);
        Path file = data.resolve(FILE);
        Path aside = data.resolve("." + FILE + ".writing");
        Files.deleteIfExists(aside);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(aside, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(aside, "# the key of ./onestop backup while this gateway runs; never share it\nport="
                + port + "\ntoken=" + token + "\n", StandardCharsets.UTF_8);
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new BackupAccess(file, token);
    }

    /** Whether a request with this {@code Authorization} header from {@code clientAddress} is the local command. */
    boolean admits(String authorization, String clientAddress) {
        if (authorization == null || !authorization.startsWith(BEARER) || !loopback(clientAddress)) {
            return false;
        }
        return MessageDigest.isEqual(authorization.substring(BEARER.length()).strip()
                .getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes the file, if it still holds this token (a later gateway on the same data may have written its own). */
    void close() {
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).contains(token)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // left behind: its token no longer opens anything
        }
    }

    private static boolean loopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
            return false; // only literal addresses: never a name to look up
        }
        try {
            return InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

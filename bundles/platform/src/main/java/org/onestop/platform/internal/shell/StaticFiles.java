package org.onestop.platform.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The static files of the portal: {@code web/static/…} (where an operator may also override a module's file as
 * {@code web/static/<module id>/…}), then a running module's files from its bundle's {@code /static/} folder. Each
 * file is known by the hash of its content, its <em>version</em>: {@link #url} gives the versioned address a page
 * links to ({@code /static/lookup/3f2a9c1b0d4e5f60/js/echarts.min.js}), which never changes meaning and so may be
 * cached for a year; a changed file gets a new address. Files are kept in memory with their gzip form, and read
 * again when they change on disk or their bundle is updated.
 */
public final class StaticFiles {

    /** The length of a version in an address: the first hex digits of the content's SHA-256. */
    static final int VERSION_LENGTH = 16;
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{" + VERSION_LENGTH + "}");
    /** The largest static file served; a larger one is not found (and logged). */
    static final int LARGEST = 32 * 1024 * 1024;
    private static final int SMALLEST_COMPRESSED = 512;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=UTF-8"), Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("mjs", "text/javascript; charset=UTF-8"), Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("json", "application/json"), Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("xml", "application/xml"));

    /**
     * One static file as it is now.
     *
     * @param path     its path under {@code /static/}
     * @param type     its media type, from its extension
     * @param version  the hash of its content
     * @param modified when it last changed (file time, or its bundle's)
     * @param content  its bytes (null where files are only linked to, not served)
     * @param gzip     its bytes compressed, or null when compression would not pay (images, fonts, tiny files)
     */
    public record File(String path, String type, String version, long modified, byte[] content, byte[] gzip) {
    }

    /** A request path split into the file asked for and the version it names, if it names one. */
    public record Asked(String path, String version) {
    }

    private record Stamp(String source, long modified, long size) {
    }

    private record Kept(Stamp stamp, File file) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StaticFiles.class);

    private final Path root;
    private final Function<String, Optional<Bundle>> modules;
    private final boolean serving;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /**
     * @param root    the shell's static folder, {@code web/static}
     * @param modules the bundle of a running module, by module id
     * @param serving whether the files are served from here (their content and gzip form are then kept in memory);
     *                else only their versions are kept, for {@link #url}
     */
    public StaticFiles(Path root, Function<String, Optional<Bundle>> modules, boolean serving) {
        this.root = root.toAbsolutePath().normalize();
        this.modules = modules;
        this.serving = serving;
    }

    /** The file at {@code path} (without a version), if there is one. */
    public Optional<File> find(String path) throws IOException {
        if (path.isEmpty() || path.contains("..") || path.contains("\\") || path.startsWith(".")
                || path.contains("/.") || path.startsWith("/") || path.contains("//")) {
            return Optional.empty();
        }
        Path local = root.resolve(path).normalize();
        if (local.startsWith(root) && Files.isRegularFile(local)) {
            Stamp stamp = new Stamp("web", Files.getLastModifiedTime(local).toMillis(), Files.size(local));
            return load(path, stamp, () -> Files.newInputStream(local));
        }
        int slash = path.indexOf('/');
        Optional<Bundle> bundle = slash <= 0 ? Optional.empty() : modules.apply(path.substring(0, slash));
        URL entry = bundle.map(b -> b.getEntry("static/" + path.substring(slash + 1))).orElse(null);
        if (entry == null || entry.getPath().endsWith("/")) {
            kept.remove(path);
            return Optional.empty();
        }
        Stamp stamp = new Stamp("bundle:" + bundle.get().getBundleId(), bundle.get().getLastModified(), -1);
        return load(path, stamp, entry::openStream);
    }

    /**
     * The address of a static file that may be cached for good: its version after the first folder of its path
     * ({@code lookup/js/x.js} → {@code /static/lookup/<version>/js/x.js}, {@code favicon.ico} →
     * {@code /static/<version>/favicon.ico}); the plain address when there is no such file.
     */
    public String url(String path) {
        String file = path.startsWith("/static/") ? path.substring(8) : path.startsWith("/") ? path.substring(1)
                : path;
        try {
            Optional<File> found = find(file);
            if (found.isEmpty()) {
                return "/static/" + file;
            }
            int slash = file.indexOf('/');
            String version = found.get().version();
            return slash < 0 ? "/static/" + version + "/" + file
                    : "/static/" + file.substring(0, slash) + "/" + version + file.substring(slash);
        } catch (IOException e) {
            return "/static/" + file;
        }
    }

    /** Reads a request path: a version after the first folder (or first, for a top-level file) is taken out. */
    public static Asked asked(String requested) {
        String[] parts = requested.split("/", -1);
        if (parts.length >= 3 && VERSION.matcher(parts[1]).matches()) {
            return new Asked(parts[0] + requested.substring(parts[0].length() + 1 + VERSION_LENGTH), parts[1]);
        }
        if (parts.length == 2 && VERSION.matcher(parts[0]).matches()) {
            return new Asked(parts[1], parts[0]);
        }
        return new Asked(requested, null);
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private Optional<File> load(String path, Stamp stamp, Source source) throws IOException {
        Kept known = kept.get(path);
        if (known != null && known.stamp().equals(stamp)) {
            return Optional.of(known.file());
        }
        byte[] content;
        try (InputStream in = source.open()) {
            content = in.readNBytes(LARGEST + 1);
        }
        if (content.length > LARGEST) {
            LOG.warn("Static file {} is not served: it is larger than {} MB", path, LARGEST / (1024 * 1024));
            kept.remove(path);
            return Optional.empty();
        }
        String type = type(path);
        File file = serving
                ? new File(path, type, version(content), stamp.modified(), content,
                        compressible(type) && content.length >= SMALLEST_COMPRESSED ? gzip(content) : null)
                : new File(path, type, version(content), stamp.modified(), null, null);
        kept.put(path, new Kept(stamp, file));
        return Optional.of(file);
    }

    static String type(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static boolean compressible(String type) {
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("application/xml")
                || type.startsWith("image/svg+xml") || type.startsWith("image/x-icon");
    }

    private static String version(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(hash).substring(0, VERSION_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(content);
        }
        return out.size() < content.length ? out.toByteArray() : null;
    }
}

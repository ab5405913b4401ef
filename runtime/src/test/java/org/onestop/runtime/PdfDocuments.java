package org.onestop.runtime;

import static org.ops4j.pax.exam.CoreOptions.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;

/**
 * PDF documents the gateway hands out, as the user's PDF reader sees them: downloaded as bytes with the browser's
 * session, and their text extracted with Apache PDFBox. PDFBox runs inside the test container, so its bundles are
 * added to the gateway's bundle set (those the distribution does not already hold), taken from the test's class
 * path.
 */
final class PdfDocuments {

    /** One class of each bundle PDFBox needs, in the order they resolve. */
    private static final List<String> PDFBOX = List.of("org.apache.commons.logging.Log",
            "org.apache.pdfbox.io.RandomAccessRead", "org.apache.fontbox.FontBoxFont",
            "org.apache.pdfbox.pdmodel.PDDocument");

    /** A download: status, content type and the bytes as they came. */
    record Download(int status, String contentType, String disposition, byte[] bytes) {

        boolean isPdf() {
            return bytes.length > 4 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("%PDF-");
        }
    }

    private PdfDocuments() {
    }

    /**
     * The options that add PDFBox to the container: every bundle of it the distribution's {@code system/} does not
     * hold already (same symbolic name). Called outside the container, where the test's class path has them.
     */
    static Option[] bundles() {
        Path dist = Path.of(System.getProperty("onestop.dist", "target/onestop")).toAbsolutePath();
        List<String> present = symbolicNames(dist.resolve("system"));
        List<Option> options = new ArrayList<>();
        for (String className : PDFBOX) {
            Path jar = jarOf(className);
            if (!present.contains(symbolicName(jar))) {
                options.add(bundle(jar.toUri().toString()));
            }
        }
        return options.toArray(new Option[0]);
    }

    /** GETs {@code path} as {@code who} (with the browser's session cookie) and keeps the body's bytes. */
    static Download download(Browser who, int port, String path) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/pdf");
        String session = who.cookie("onestop_session");
        if (session != null) {
            request.header("Cookie", "onestop_session=" + session);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.GET().build(), HttpResponse.BodyHandlers
                    .ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while downloading " + path);
        }
    }

    /** The text of every page, as PDFBox extracts it. */
    static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("Not a readable PDF: " + e, e);
        }
    }

    /** The text without any white space, for comparing words a PDF may have laid out with spaces between. */
    static String compact(String text) {
        return text.replaceAll("[\\s\\u00a0\\u3000]", "");
    }

    private static Path jarOf(String className) {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new AssertionError("PDFBox is not on the test class path: " + className, e);
        }
    }

    private static List<String> symbolicNames(Path folder) {
        try (Stream<Path> jars = Files.list(folder)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).map(PdfDocuments::symbolicName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? jar.getFileName().toString() : name.split(";")[0].strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

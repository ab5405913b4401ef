package org.onestop.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A {@code multipart/form-data} body as a browser sends a form with text fields and file inputs: each part in
 * order, files with the name and the content type the client claims.
 */
final class MultipartForm {

    private final String boundary = "----onestop-form-" + Long.toHexString(System.nanoTime());
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** Adds a text field. */
    MultipartForm field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
        return this;
    }

    /** Adds a file of the field {@code name}. */
    MultipartForm file(String name, String fileName, String declaredType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** Adds a PDF file of the field {@code name}. */
    MultipartForm pdf(String name, String fileName, byte[] content) {
        return file(name, fileName, "application/pdf", content);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body, closed by the last boundary. */
    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    /** Posts the form to {@code path} as {@code who}, with its CSRF token, asking for JSON; more headers may follow. */
    Http.Answer postAs(Browser who, String path, String... headers) {
        String[] all = new String[headers.length + 6];
        all[0] = "Content-Type";
        all[1] = contentType();
        all[2] = "Accept";
        all[3] = "application/json";
        all[4] = "X-CSRF-Token";
        all[5] = who.csrfToken();
        System.arraycopy(headers, 0, all, 6, headers.length);
        return who.post(path, bytes(), all);
    }

    /**
     * Posts the form like {@link #postAs}, but waits up to {@code patience} for the answer (a browser's tab waits
     * longer than the test's usual 20 seconds), so that a slow refusal is seen with its status rather than as a
     * timeout. Only the session cookie of {@code who} is sent.
     */
    Http.Answer postPatiently(Browser who, int port, String path, Duration patience, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(patience).header("Content-Type", contentType()).header("Accept", "application/json")
                .header("X-CSRF-Token", who.csrfToken());
        String session = who.cookie("onestop_session");
        if (session != null) {
            request.header("Cookie", "onestop_session=" + session);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(request.POST(HttpRequest.BodyPublishers.ofByteArray(bytes())).build(),
                            HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(response.statusCode(), response, response.body());
        } catch (IOException e) {
            return new Http.Answer(0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Http.Answer(0, null, e.toString());
        }
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

package org.onestop.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A browser's or API client's view of the gateway under test: plain HTTP requests on loopback. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    /** One answer: status, a header lookup, body. */
    public record Answer(int status, HttpResponse<String> response, String body) {

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    public Http(int port) {
        this.port = port;
    }

    /**
     * A client of the gateway running in the test's framework, once the REST runtime serves the information
     * module's resources (the application assembles itself for a moment after the framework has started; the
     * information module is deployed from {@code deploy/} after it).
     */
    public static Http ofRunningGateway(org.osgi.framework.BundleContext context) {
        try (RestRuntime rest = new RestRuntime(context)) {
            rest.awaitServing("org.onestop.info", 2, java.util.Set.of(), Duration.ofSeconds(60));
        }
        Http http = new Http(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
        // as a load balancer or the launcher would: the hall has started once /health says so (every route serving)
        Await.until("the gateway to have started", Duration.ofSeconds(60), () -> http.get("/health"),
                health -> health.status() == 200);
        return http;
    }

    /** GET {@code path} with optional header name/value pairs; a connection failure is status 0. */
    public Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)), headers);
    }

    /**
     * GET {@code path} as a client that honours {@code Retry-After}, for a module that is coming (back): while it is
     * being swapped (503 with {@code Retry-After}, for a moment after its new version is listed by the REST runtime)
     * or the route asked for has not reached the application yet (404: a module first installed has no swap to wait
     * for) it asks again, for 30 s at most.
     */
    public Answer served(String path, String... headers) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Answer answer = get(path, headers);
        while (coming(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = get(path, headers);
        }
        return answer;
    }

    private static boolean coming(Answer answer) {
        return answer.status() == 503 && answer.header("Retry-After") != null
                || answer.status() == 404;
    }

    /** POST {@code body} to {@code path} with optional header name/value pairs. */
    public Answer post(String path, byte[] body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), headers);
    }

    private Answer send(HttpRequest.Builder request, String... headers) {
        request.timeout(Duration.ofSeconds(10));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response, response.body());
        } catch (IOException e) {
            return new Answer(0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, e.toString());
        }
    }
}

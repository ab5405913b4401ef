package org.onestop.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits until the gateway's {@code /health} answers, as a user's first request would. */
final class Readiness {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final URI health;

    Readiness(int port) {
        this.health = URI.create("http://127.0.0.1:" + port + "/health");
    }

    /** True once {@code /health} answers with a report, false if it does not within {@code seconds}. */
    boolean await(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if ((response.statusCode() == 200 || response.statusCode() == 503)
                        && response.body().contains("\"status\"") && response.body().contains("\"modules\"")) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }
}

package org.onestop.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits until the gateway's {@code /health} answers, as a user's first request would, and says how it is: ready once
 * it has started (every route serving), down when its database stays closed.
 */
final class Readiness {

    /** How the gateway answered: ready, up but without its database, or not at all. */
    enum Kind { READY, DOWN, SILENT }

    /** The answer. */
    record State(Kind kind) {
    }

    /** What {@code /health} tells anyone: the state alone (the details are for signed-in operators). */
    private static final Pattern STATE = Pattern.compile("\\{\"status\":\"(UP|DEGRADED|DOWN|STARTING)\"}");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final URI health;

    Readiness(int port) {
        this.health = URI.create("http://127.0.0.1:" + port + "/health");
    }

    /** How long a DOWN report may still turn into UP while the database opens. */
    private static final Duration GRACE = Duration.ofSeconds(15);

    /** The gateway's state once {@code /health} reports, or SILENT if it does not within {@code seconds}. */
    State await(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long downSince = 0;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher state = STATE.matcher(response.body().strip());
                if (response.statusCode() == 200 && state.matches()) {
                    return new State(Kind.READY);
                }
                if (response.statusCode() == 503 && state.matches() && state.group(1).equals("DOWN")) {
                    downSince = downSince == 0 ? System.nanoTime() : downSince;
                    if (System.nanoTime() - downSince > GRACE.toNanos()) {
                        return new State(Kind.DOWN);
                    }
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return new State(Kind.SILENT);
    }
}

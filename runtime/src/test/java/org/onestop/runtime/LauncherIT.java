package org.onestop.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as an operator runs it: {@code java -jar onestop.jar} with the environment, the URL printed
 * when ready, a clean stop on SIGTERM, and the data still there at the next start.
 */
class LauncherIT {

    /** What a Java process answers to SIGTERM once its shutdown hooks have run: 128 + 15. */
    private static final int TERMINATED = 143;

    @TempDir
    Path data;

    @Test
    void startsOnThePortFromTheEnvironmentStopsCleanlyAndKeepsItsData() throws Exception {
        int port = GatewayProcess.freePort();
        Map<String, String> env = Map.of("ONESTOP_PORT", String.valueOf(port), "ONESTOP_DATA", data.toString());

        GatewayProcess first = new GatewayProcess(env);
        assertTrue(first.awaitOutput("OneStop is ready at http://localhost:" + port + "/").contains("ready at"),
                first.output.toString());
        Http http = new Http(port);
        assertTrue(http.get("/api/info/news").body().startsWith("{\"total\":10,"));
        assertEquals(TERMINATED, first.stop(), first.output.toString());
        assertTrue(first.output.toString().contains("Database closed: " + data.resolve("db")),
                first.output.toString());
        assertTrue(first.output.toString().contains("OneStop stopped."), first.output.toString());

        GatewayProcess second = new GatewayProcess(env);
        second.awaitOutput("OneStop is ready at");
        // "ready" once every route serves: those whose components come last at a start answer at once, never 404
        assertEquals(200, http.get("/api/cnipa/fees/schedule").status());
        assertEquals(303, http.get("/training/record").status(), "to the sign-in page");
        assertEquals(401, http.get("/api/assistance/applications/WQ-1/actions").status());
        assertEquals("{\"status\":\"UP\"}", http.get("/health").body());
        assertTrue(second.output.toString().contains("The hall has started: every bundle is active and every route"
                + " serves"), second.output.toString());
        assertTrue(http.get("/api/info/news").body().startsWith("{\"total\":10,"), "seeded once, kept");
        assertEquals(TERMINATED, second.stop(), second.output.toString());
        assertTrue(!second.output.toString().contains("Loaded 10 news items"), "no second seeding");
    }

    @Test
    void aSecondGatewayOnTheSameDataSaysItsDatabaseIsBusyAndOffersNoBrokenTiles() throws Exception {
        int firstPort = GatewayProcess.freePort();
        GatewayProcess first = new GatewayProcess(Map.of("ONESTOP_PORT", String.valueOf(firstPort), "ONESTOP_DATA", data.toString()));
        first.awaitOutput("OneStop is ready at");
        int secondPort = GatewayProcess.freePort();
        GatewayProcess second = new GatewayProcess(Map.of("ONESTOP_PORT", String.valueOf(secondPort), "ONESTOP_DATA", data.toString()));
        try {
            String output = second.awaitOutput("but its database is not available");
            assertTrue(output.contains("OneStop answers at http://localhost:" + secondPort
                    + "/ but its database is not available"), output);
            Http http = new Http(secondPort);
            assertEquals(503, http.get("/health").status());
            Http.Answer home = http.get("/");
            assertEquals(200, home.status());
            assertTrue(!home.body().contains("data-module=\"info\""), "no tile for a module that cannot work");
            Http.Answer login = http.post("/api/account/login",
                    "{\"email\":\"operator@onestop.local\",\"password\":\"x\"}".getBytes(),
                    "Content-Type", "application/json");
            assertEquals(503, login.status(), "nothing can be stored or checked: " + login.body());
            assertTrue(login.body().contains("\"status\":503"), login.body());
            assertTrue(new Http(firstPort).get("/api/info/news").body().startsWith("{\"total\":10,"));
        } finally {
            second.stop();
            first.stop();
        }
    }

    @Test
    void aBadPortIsRefusedWithAClearMessage() throws Exception {
        GatewayProcess run = new GatewayProcess(Map.of("ONESTOP_PORT", "eighty", "ONESTOP_DATA", data.toString()));
        assertTrue(run.process.waitFor(30, TimeUnit.SECONDS));
        run.drained.get(10, TimeUnit.SECONDS);

        assertEquals(2, run.process.exitValue());
        assertEquals("OneStop cannot start: ONESTOP_PORT must be a port number from 1 to 65535, not 'eighty'\n",
                run.output.toString());
    }

    @Test
    void aPortInUseIsRefusedWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            GatewayProcess run = new GatewayProcess(Map.of("ONESTOP_PORT", String.valueOf(taken.getLocalPort()),
                    "ONESTOP_DATA", data.toString()));
            assertTrue(run.process.waitFor(30, TimeUnit.SECONDS));
            run.drained.get(10, TimeUnit.SECONDS);

            assertEquals(2, run.process.exitValue());
            assertTrue(run.output.toString().contains("port " + taken.getLocalPort() + " is in use"),
                    run.output.toString());
        }
    }
}

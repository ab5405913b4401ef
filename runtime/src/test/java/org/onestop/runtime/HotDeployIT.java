package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * An operator adds, updates, removes, stops and starts service modules while the gateway serves. The test waits on
 * the REST runtime's change count for a module's routes to come and go (then asks once over HTTP what a visitor
 * gets); the tile is awaited on the home page, as nothing announces that the module registry has listed it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final String HELLO = "org.onestop.hello";
    private static final String INFO = "org.onestop.info";

    @Inject
    private BundleContext context;

    private Http http;
    private Path deploy;
    private Path helloJar;
    private RestRuntime rest;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("hotdeploy");
    }

    @Before
    public void gatewayAnswers() {
        http = Http.ofRunningGateway(context);
        deploy = Path.of(context.getProperty(Gateway.WORK), "deploy");
        helloJar = Path.of(context.getProperty(Gateway.EXAMPLES), "hello.jar");
        rest = new RestRuntime(context);
    }

    @After
    public void closeRuntime() throws Exception {
        rest.close();
        // a test that failed half-way leaves no jar behind to keep its bundle installed for the next one
        Files.deleteIfExists(deploy.resolve("hello.jar"));
    }

    private boolean tileShown(String module) {
        return http.get("/").body().contains("data-module=\"" + module + "\"");
    }

    @Test
    public void aModuleDroppedIntoDeployGoesLiveIsUpdatedAndLeavesWhenDeleted() throws Exception {
        Path dropped = deploy.resolve("hello.jar");
        Files.copy(helloJar, dropped);

        rest.awaitServing(HELLO, 1, Set.of(), SOON);
        Await.until("the hello tile", SOON, () -> tileShown("hello"), shown -> shown);
        Http.Answer hello = http.served("/hello"); // the swap gate may hold it a moment longer than the runtime's DTO
        assertEquals(hello.body(), 200, hello.status());
        assertTrue(hello.body(), hello.body().contains("您好，这是示例服务。"));
        assertEquals("{\"greeting\":\"Hello, this is the example service.\"}", http.get("/api/hello?lang=en").body());

        Set<Long> first = rest.resourcesOf(HELLO);
        Jars.variant(helloJar, dropped, Map.of(), Map.of("i18n/messages_en.properties",
                "hello.module.title=Example service\nhello.greeting=Hello from version two.\n"));
        rest.awaitServing(HELLO, 1, first, SOON);
        assertEquals("{\"greeting\":\"Hello from version two.\"}", http.served("/api/hello?lang=en").body());

        Set<Long> second = rest.resourcesOf(HELLO);
        Files.delete(dropped);
        Await.until("the hello bundle to be uninstalled", SOON, () -> bundle(HELLO), Optional::isEmpty);
        rest.awaitGone("the hello module", second, SOON);
        Await.until("the hello tile to go", SOON, () -> tileShown("hello"), shown -> !shown);
        Http.Answer page = http.get("/hello");
        Http.Answer api = http.get("/api/hello");
        assertEquals(404, page.status());
        assertTrue(page.body(), page.body().contains("该服务暂不可用"));
        assertEquals(404, api.status());
        assertTrue(api.body(), api.body().contains("\"title\":\"该服务暂不可用\""));
        assertTrue(tileShown("info"));
    }

    @Test
    public void theInformationModuleCanBeStoppedAndStartedAgain() throws Exception {
        Bundle info = bundle(INFO).orElseThrow();

        Set<Long> before = rest.resourcesOf(INFO);
        info.stop();
        rest.awaitGone("the information module", before, SOON);
        Await.until("the info tile to go", SOON, () -> tileShown("info"), shown -> !shown);
        Http.Answer api = http.get("/api/info/news");
        assertEquals(api.body(), 404, api.status());
        assertTrue(api.body(), api.body().contains("该服务暂不可用"));
        assertTrue(http.get("/info", "Cookie", "onestop_lang=en").body().contains("This service is not available"));

        info.start();
        rest.awaitServing(INFO, 2, before, SOON);
        Await.until("the info tile to return", SOON, () -> tileShown("info"), shown -> shown);
        Http.Answer news = http.served("/api/info/news");
        assertEquals(news.body(), 200, news.status());
        assertTrue(news.body(), news.body().startsWith("{\"total\":10,"));
    }

    @Test
    public void aModuleWhoseMigrationFailsStaysInactiveUntilAFixedJarReplacesIt() throws Exception {
        Path broken = deploy.resolve("broken.jar");
        Jars.variant(helloJar, broken, Map.of("Bundle-SymbolicName", "org.onestop.broken",
                "Provide-Capability", "onestop.schema;onestop.schema=BROKEN"),
                Map.of("db/migration/V1__broken.sql", "CREATE TABLE HALF_DONE (ID INTEGER);\n"
                        + "INSERT INTO NO_SUCH_TABLE VALUES (1);\n"));

        Bundle bundle = Await.until("the broken module to be installed", SOON,
                () -> bundle("org.onestop.broken"), Optional::isPresent).get();
        Await.until("the broken module to be stopped", SOON, bundle::getState, state -> state == Bundle.RESOLVED);
        Await.until("the reason in the log", SOON, () -> GatewayLog.text(context), text -> text.contains(
                "Bundle org.onestop.broken stays inactive: Schema BROKEN: script V1__broken.sql failed at statement 2"));
        assertFalse("the failed script left nothing behind", tableExists("BROKEN", "HALF_DONE"));
        assertEquals(200, http.get("/api/info/news").status());
        Browser operator = Browser.operator(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
        Await.until("health to name the inactive bundle", SOON, () -> operator.get("/api/ops/health").body(),
                body -> body.startsWith("{\"status\":\"DEGRADED\"")
                        && body.contains("\"symbolicName\":\"org.onestop.broken\",\"version\""));

        Jars.variant(helloJar, broken, Map.of("Bundle-SymbolicName", "org.onestop.broken",
                "Provide-Capability", "onestop.schema;onestop.schema=BROKEN"),
                Map.of("db/migration/V1__broken.sql", "CREATE TABLE HALF_DONE (ID INTEGER);\n"));
        Await.until("the fixed module to start", SOON, bundle::getState, state -> state == Bundle.ACTIVE);
        assertTrue("the fixed script ran", tableExists("BROKEN", "HALF_DONE"));
        Await.until("health to recover", SOON, () -> operator.get("/api/ops/health").body(),
                body -> body.startsWith("{\"status\":\"UP\""));
        Files.delete(broken);
    }

    /**
     * A jar copied slowly (its first half, a pause of several scans of the folder, then the rest) is installed once,
     * whole: never from the half-written file.
     */
    @Test
    public void aJarStillBeingCopiedIsNotInstalledHalfWritten() throws Exception {
        byte[] whole = Files.readAllBytes(helloJar);
        Path copy = deploy.resolve("hello-slow.jar");
        java.util.List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.osgi.framework.BundleListener watch = event -> {
            if (HELLO.equals(event.getBundle().getSymbolicName())) {
                events.add(event.getType() + "");
            }
        };
        String logBefore = GatewayLog.text(context);
        context.addBundleListener(watch);
        try (java.io.OutputStream out = Files.newOutputStream(copy)) {
            out.write(whole, 0, whole.length / 2);
            out.flush();
            Thread.sleep(1_500); // five scans of deploy/ see the half-written file
            out.write(whole, whole.length / 2, whole.length - whole.length / 2);
        }
        try {
            Set<Long> none = Set.of();
            rest.awaitServing(HELLO, 1, none, SOON);
            assertEquals("{\"greeting\":\"Hello, this is the example service.\"}",
                    http.served("/api/hello?lang=en").body());
            assertEquals("installed once, not again: " + events, 1,
                    events.stream().filter(e -> e.equals(String.valueOf(org.osgi.framework.BundleEvent.INSTALLED)))
                            .count());
            String log = GatewayLog.text(context).substring(logBefore.length());
            assertFalse(log, log.contains("hello-slow.jar") && log.contains("ERROR"));
        } finally {
            context.removeBundleListener(watch);
            Files.delete(copy);
            Await.until("the slowly copied bundle to be uninstalled", SOON, () -> bundle(HELLO), Optional::isEmpty);
        }
    }

    private Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst();
    }

    private boolean tableExists(String schema, String table) throws Exception {
        var references = context.getServiceReferences(DataSource.class, "(onestop.datasource=gateway)");
        DataSource database = context.getService(references.iterator().next());
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            // unquoted names as the database keeps them: upper case in Derby, lower case in PostgreSQL
            boolean lower = meta.storesLowerCaseIdentifiers();
            UnaryOperator<String> stored = name -> lower ? name.toLowerCase(Locale.ROOT) : name;
            try (ResultSet rows = meta.getTables(null, stored.apply(schema), stored.apply(table), null)) {
                return rows.next();
            }
        }
    }

}

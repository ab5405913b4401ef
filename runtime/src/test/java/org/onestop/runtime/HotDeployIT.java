package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.sql.DataSource;

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

/** An operator adds, updates, removes, stops and starts service modules while the gateway serves. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {

    private static final Duration SOON = Duration.ofSeconds(30);

    @Inject
    private BundleContext context;

    private Http http;
    private Path deploy;
    private Path helloJar;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("hotdeploy");
    }

    @Before
    public void gatewayAnswers() {
        http = Http.ofRunningGateway(context);
        deploy = Path.of(context.getProperty(Gateway.WORK), "deploy");
        helloJar = Path.of(context.getProperty(Gateway.EXAMPLES), "hello.jar");
    }

    private boolean tileShown(String module) {
        return http.get("/").body().contains("data-module=\"" + module + "\"");
    }

    @Test
    public void aModuleDroppedIntoDeployGoesLiveIsUpdatedAndLeavesWhenDeleted() throws Exception {
        Path dropped = deploy.resolve("hello.jar");
        Files.copy(helloJar, dropped);

        Await.until("the hello tile", SOON, () -> tileShown("hello"), shown -> shown);
        Await.until("the hello page", SOON, () -> http.get("/hello"),
                a -> a.status() == 200 && a.body().contains("您好，这是示例服务。"));
        assertEquals("{\"greeting\":\"Hello, this is the example service.\"}",
                Await.until("the hello API", SOON, () -> http.get("/api/hello?lang=en"), a -> a.status() == 200)
                        .body());

        Jars.variant(helloJar, dropped, Map.of(), Map.of("i18n/messages_en.properties",
                "hello.module.title=Example service\nhello.greeting=Hello from version two.\n"));
        Await.until("the updated greeting", SOON, () -> http.get("/api/hello?lang=en").body(),
                body -> body.equals("{\"greeting\":\"Hello from version two.\"}"));

        Files.delete(dropped);
        Await.until("the hello tile to go", SOON, () -> tileShown("hello"), shown -> !shown);
        Http.Answer page = Await.until("the hello page to go", SOON, () -> http.get("/hello"),
                a -> a.status() == 404);
        Http.Answer api = Await.until("the hello API to go", SOON, () -> http.get("/api/hello"),
                a -> a.status() == 404);
        assertEquals(404, page.status());
        assertTrue(page.body(), page.body().contains("该服务暂不可用"));
        assertEquals(404, api.status());
        assertTrue(api.body(), api.body().contains("\"title\":\"该服务暂不可用\""));
        assertTrue(tileShown("info"));
    }

    @Test
    public void theInformationModuleCanBeStoppedAndStartedAgain() throws Exception {
        Bundle info = bundle("org.onestop.info").orElseThrow();

        info.stop();
        Await.until("the info tile to go", SOON, () -> tileShown("info"), shown -> !shown);
        Http.Answer api = Await.until("the info API to leave", SOON, () -> http.get("/api/info/news"),
                a -> a.status() == 404);
        assertTrue(api.body(), api.body().contains("该服务暂不可用"));
        assertTrue(http.get("/info", "Cookie", "onestop_lang=en").body().contains("This service is not available"));

        info.start();
        Await.until("the info tile to return", SOON, () -> tileShown("info"), shown -> shown);
        Http.Answer news = Await.until("the news to return", SOON, () -> http.get("/api/info/news"),
                a -> a.status() == 200);
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

    private Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst();
    }

    private boolean tableExists(String schema, String table) throws Exception {
        var references = context.getServiceReferences(DataSource.class, "(onestop.datasource=gateway)");
        DataSource database = context.getService(references.iterator().next());
        try (Connection connection = database.getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, schema, table, null)) {
            return rows.next();
        }
    }

}

package org.onestop.runtime;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Every resource of the gateway and its modules is declared with {@code @ModuleResource}: it joins the gateway's
 * application and waits for the JSON writer, the response shaping and the gate, so that once the REST runtime lists
 * it, its JSON answers are JSON, its refusals problem documents (never a 500 "MessageBodyWriter not found"), and no
 * request reaches it without the gate's CSRF check.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleResourcesPaxIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final String APPLICATION_SELECT = "(osgi.jakartars.name=onestop)";
    private static final String JSON_SELECT = "(osgi.jakartars.name=onestop.json)";
    private static final String SHAPER_SELECT = "(osgi.jakartars.name=onestop.shaper)";
    private static final String GATE_SELECT = "(osgi.jakartars.name=onestop.gate)";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return Gateway.options("resources");
    }

    @Test
    public void everyResourceJoinsTheGatewayAndWaitsForTheJsonWriterTheShapingAndTheGate() throws Exception {
        ServiceReference<?>[] resources = context.getAllServiceReferences(null, "(osgi.jakartars.resource=true)");
        assertTrue("the platform's and the modules' resources are registered", resources.length >= 40);
        for (ServiceReference<?> resource : resources) {
            String name = resource.getBundle().getSymbolicName() + " " + Arrays.toString(
                    (String[]) resource.getProperty("objectClass"));
            assertEquals(name, APPLICATION_SELECT, resource.getProperty("osgi.jakartars.application.select"));
            Object extensions = resource.getProperty("osgi.jakartars.extension.select");
            assertArrayEquals(name, new String[] {JSON_SELECT, SHAPER_SELECT, GATE_SELECT},
                    extensions instanceof String one ? new String[] {one} : (String[]) extensions);
        }
    }

    @Test
    public void onceTheRuntimeListsTheResourcesTheirFirstAnswersAreJson() throws Exception {
        Set<Long> expected = Arrays.stream(context.getAllServiceReferences(null, "(osgi.jakartars.resource=true)"))
                .map(r -> (Long) r.getProperty("service.id")).collect(Collectors.toCollection(TreeSet::new));
        ServiceTracker<JakartarsServiceRuntime, JakartarsServiceRuntime> runtimes = new ServiceTracker<>(context,
                JakartarsServiceRuntime.class, null);
        runtimes.open();
        try {
            JakartarsServiceRuntime runtime = runtimes.waitForService(SOON.toMillis());
            RuntimeDTO listed = Await.until("the runtime to list every resource", SOON, runtime::getRuntimeDTO,
                    dto -> listedIn(dto).containsAll(expected));
            assertEquals("no resource failed", 0, listed.failedResourceDTOs.length);
            assertEquals("no extension failed", 0, listed.failedExtensionDTOs.length);
        } finally {
            runtimes.close();
        }

        Http http = new Http(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
        for (String path : new String[] {"/api/info/news", "/api/info/contact", "/api/lookup/nice/classes",
                "/api/portal/modules", "/api/legal", "/health"}) {
            Http.Answer answer = http.get(path);
            // the health report says STARTING (503) until the REST runtime has been quiet for a moment
            boolean starting = path.equals("/health") && answer.body().equals("{\"status\":\"STARTING\"}");
            assertEquals(path + " " + answer.body(), starting ? 503 : 200, answer.status());
            assertTrue(path + " " + answer.header("Content-Type"),
                    answer.header("Content-Type").startsWith("application/json"));
            assertTrue(path + " " + answer.body(), answer.body().startsWith("{") || answer.body().startsWith("["));
        }
        Http.Answer refused = http.get("/api/info/news?page=0&lang=en");
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.body(), refused.body().contains(
                "\"detail\":\"The parameter page must be a whole number from 1 to 1000000.\""));
    }

    /**
     * Derby looks each of its texts up first under the name of the database's language ({@code
     * org.apache.derby.loc.locale_en.mN} for the gateway's English-territory database) and names the statistics of
     * every sort that way: each of the engine's English texts is found there, the same as under its own name, so no
     * query that sorts throws and catches a missed look-up.
     */
    @Test
    public void theDatabaseEngineFindsEachEnglishTextUnderTheNameItLooksForFirst() throws Exception {
        Bundle derby = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().equals("org.onestop.derby")).findFirst().orElseThrow();
        ClassLoader engine = derby.adapt(BundleWiring.class).getClassLoader();
        int texts = 0;
        for (int n = 0; n < 64; n++) {
            if (engine.getResource("org/apache/derby/loc/m" + n + "_en.properties") == null) {
                continue;
            }
            ResourceBundle own = ResourceBundle.getBundle("org.apache.derby.loc.m" + n, Locale.ENGLISH, engine);
            ResourceBundle first = ResourceBundle.getBundle("org.apache.derby.loc.locale_en.m" + n, Locale.ENGLISH,
                    engine);
            assertEquals("texts of m" + n, own.keySet(), first.keySet());
            texts++;
        }
        assertTrue("the engine's English texts are found (" + texts + ")", texts > 40);
    }

    private static Set<Long> listedIn(RuntimeDTO runtime) {
        Set<Long> listed = new TreeSet<>();
        for (ApplicationDTO application : runtime.applicationDTOs) {
            Arrays.stream(application.resourceDTOs).forEach(r -> listed.add(r.serviceId));
        }
        return listed;
    }
}

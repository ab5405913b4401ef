package org.onestop.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.inject.Inject;

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
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A service module is updated again and again in {@code deploy/} while three clients keep asking (each about 25
 * requests a second): the other modules answer every request, the updated module answers only 200 or, during its
 * own swap, 503 with {@code Retry-After} (never a 404, a 500, a reset or a hang). No other bundle is stopped or
 * refreshed by the updates: only what the change needs. After the updates and a full GC, at most one old generation
 * of the module's classes is still in memory (each generation's class loader watched through a weak reference; the
 * heap's own count is printed by {@code bench/hotdeploy/run}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleSwapIT {

    private static final Duration SOON = Duration.ofSeconds(60);
    private static final String INFO = "org.onestop.info";
    /** How often the module is updated (the measure is 20; {@code -Donestop.it.swaps=N} to change). */
    private static final int UPDATES = Integer.getInteger("onestop.it.swaps", 20);
    private static final long PACE_MS = 40;

    @Inject
    private BundleContext context;

    private Http http;
    private RestRuntime rest;
    private final ScheduledExecutorService clients = Executors.newScheduledThreadPool(3);
    /** Answers by "route status", and the unexpected ones in full. */
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicLong infoServed = new AtomicLong();

    @Configuration
    public Option[] configuration() {
        return Gateway.options("swap");
    }

    @Before
    public void gatewayAnswers() {
        http = Http.ofRunningGateway(context);
        rest = new RestRuntime(context);
    }

    @After
    public void stopClients() {
        clients.shutdownNow();
        rest.close();
    }

    @Test
    public void updatesUnderLoadAnswerOnlyRetryLaterAndTouchNoOtherBundle() throws Exception {
        Path jar = Path.of(context.getProperty(Gateway.WORK), "deploy", "info.jar");
        Bundle info = bundle(INFO);
        assertEquals(200, http.get("/api/info/news").status());

        clients.scheduleAtFixedRate(() -> ask("/api/info/news", true), 0, PACE_MS, TimeUnit.MILLISECONDS);
        clients.scheduleAtFixedRate(() -> ask("/info", true), 13, PACE_MS, TimeUnit.MILLISECONDS);
        clients.scheduleAtFixedRate(() -> {
            ask("/lookup/statistics", false);
            ask("/", false);
        }, 27, 2 * PACE_MS, TimeUnit.MILLISECONDS);

        ConcurrentLinkedQueue<String> othersStopped = new ConcurrentLinkedQueue<>();
        BundleListener watch = event -> {
            if (event.getType() == BundleEvent.STOPPING && !INFO.equals(event.getBundle().getSymbolicName())) {
                othersStopped.add(event.getBundle().getSymbolicName());
            }
        };
        context.addBundleListener(watch);
        List<WeakReference<ClassLoader>> generations = new ArrayList<>();
        for (int update = 1; update <= UPDATES; update++) {
            generations.add(new WeakReference<>(info.adapt(BundleWiring.class).getClassLoader()));
            Set<Long> before = rest.resourcesOf(INFO);
            long modified = info.getLastModified();
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(update)));
            Await.until("update " + update + " of the information module", SOON, info::getLastModified,
                    changed -> changed != modified);
            rest.awaitServing(INFO, 2, before, SOON);
            long served = infoServed.get();
            Await.until("the updated module to answer its clients", SOON, infoServed::get, n -> n >= served + 4);
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
        context.removeBundleListener(watch);
        assertTrue("bundles stopped by the updates besides info: " + othersStopped, othersStopped.isEmpty());

        Map<String, Long> tally = new TreeMap<>();
        answers.forEach((key, count) -> tally.put(key, count.get()));
        System.out.println("ModuleSwapIT: " + UPDATES + " updates of info under load, answers " + tally);
        assertTrue("unexpected answers: " + unexpected, unexpected.isEmpty());
        assertTrue("the other modules were asked: " + tally, tally.getOrDefault("/lookup/statistics 200", 0L) > 0);
        assertTrue("info answered between its swaps: " + tally, tally.getOrDefault("/api/info/news 200", 0L) > 0);

        long held = Await.until("the old generations of info's classes to be collected", Duration.ofSeconds(20),
                () -> {
                    System.gc();
                    return generations.stream().filter(generation -> generation.get() != null).count();
                }, count -> count <= 1);
        System.out.println("ModuleSwapIT: old generations of info's class loader held after a full GC: " + held
                + " of " + generations.size());
    }

    /** One request; the updated module may answer 200 or 503 with Retry-After, any other module only 200. */
    private void ask(String path, boolean swapped) {
        Http.Answer answer = http.get(path, "Accept-Language", "zh-CN");
        answers.computeIfAbsent(path + " " + answer.status(), key -> new AtomicLong()).incrementAndGet();
        boolean expected = answer.status() == 200
                || swapped && answer.status() == 503 && answer.header("Retry-After") != null
                        && answer.body().contains("该服务正在更新");
        if (!expected) {
            unexpected.add(path + " " + answer.status() + " " + answer.body().substring(0,
                    Math.min(300, answer.body().length())));
        } else if (swapped && answer.status() == 200) {
            infoServed.incrementAndGet();
        }
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
    }
}

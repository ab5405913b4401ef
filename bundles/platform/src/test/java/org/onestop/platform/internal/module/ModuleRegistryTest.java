package org.onestop.platform.internal.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.api.module.ModuleDescriptor;
import org.onestop.api.module.RunningModule;

class ModuleRegistryTest {

    private final ModuleRegistry registry = new ModuleRegistry();

    private static RunningModule module(String id, int order, long bundle) {
        return new RunningModule(new ModuleDescriptor(id, "icon.svg", order), bundle, "org.onestop." + id, "1.0.0");
    }

    private List<String> ids() {
        return registry.running().stream().map(m -> m.descriptor().id()).toList();
    }

    @Test
    void listsModulesInTileOrder() {
        registry.add(1, module("lookup", 30, 11));
        registry.add(2, module("info", 10, 12));
        registry.add(3, module("assistance", 30, 13));

        assertEquals(List.of("info", "assistance", "lookup"), ids());
        assertEquals(12, registry.find("info").orElseThrow().bundleId());
    }

    @Test
    void aModuleThatLeavesIsGoneAndRemembered() {
        registry.add(1, module("info", 10, 11));
        registry.add(2, module("hello", 90, 12));

        registry.remove(2);

        assertEquals(List.of("info"), ids());
        assertTrue(registry.find("hello").isEmpty());
        assertTrue(registry.departed("hello"));
        assertFalse(registry.departed("info"));
        assertFalse(registry.departed("never"));
    }

    @Test
    void aReturningModuleIsNoLongerDeparted() {
        registry.add(1, module("hello", 90, 12));
        registry.remove(1);
        registry.add(2, module("hello", 90, 13));

        assertFalse(registry.departed("hello"));
        assertEquals(13, registry.find("hello").orElseThrow().bundleId());
    }

    @Test
    void aSecondModuleWithATakenIdWaitsBehindTheFirst() {
        registry.add(1, module("info", 10, 11));
        registry.add(2, module("info", 5, 12));

        assertEquals(11, registry.find("info").orElseThrow().bundleId());
        registry.remove(1);
        assertEquals(12, registry.find("info").orElseThrow().bundleId());
        assertFalse(registry.departed("info"));
    }

    @Test
    void moduleIdsAreShortLowercaseNames() {
        assertTrue(ModuleRegistry.valid(new ModuleDescriptor("info", "icon.svg", 1)));
        assertFalse(ModuleRegistry.valid(new ModuleDescriptor("Info", "icon.svg", 1)));
        assertFalse(ModuleRegistry.valid(new ModuleDescriptor("../x", "icon.svg", 1)));
        assertFalse(ModuleRegistry.valid(new ModuleDescriptor("i", "icon.svg", 1)));
        assertFalse(ModuleRegistry.valid(new ModuleDescriptor("info", " ", 1)));
    }
}

package org.onestop.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Requests are counted under the route they matched, never under their path with ids. */
class RouteTemplateTest {

    @Test
    void joinsTheTemplatesFromTheResourceClassToTheMethod() {
        // as Jersey gives them: the method's template first, the class's last
        assertEquals("/ops/bundles/{symbolicName}/{act}", RouteTemplate.of(List.of("/{symbolicName}/{act}",
                "/ops/bundles")));
        assertEquals("/health", RouteTemplate.of(List.of("/health", "/")));
        assertEquals("/api/ops/bundles", RouteTemplate.of(List.of("/api/ops/bundles")));
        assertEquals("/", RouteTemplate.of(List.of("/")));
    }

    @Test
    void countsAParameterWithARegularExpressionByItsNameAlone() {
        assertEquals("/api/cases/{number}", RouteTemplate.of(List.of("/{number: [A-Z]{2}-[0-9]+}", "/api/cases")));
        assertEquals("/api/items/{id}/files", RouteTemplate.of(List.of("/{ id :\\d+}/files/", "api/items")));
    }

    @Test
    void aRequestThatMatchedNoRouteIsCountedAsUnmatched() {
        assertEquals("unmatched", RouteTemplate.of(List.of()));
        assertEquals("unmatched", RouteTemplate.of(null));
    }

    @Test
    void unusualMethodsAreCountedTogether() {
        assertEquals("GET", RouteTemplate.method("get"));
        assertEquals("DELETE", RouteTemplate.method("DELETE"));
        assertEquals("OTHER", RouteTemplate.method("PROPFIND"));
        assertEquals("OTHER", RouteTemplate.method("X".repeat(500)));
    }
}

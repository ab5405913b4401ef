package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AcceptHeaderTest {

    @Test
    void headersBrowsersAndScriptsSendAreRead() {
        assertTrue(AcceptHeader.readable(List.of("application/json")));
        assertTrue(AcceptHeader.readable(List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
        assertTrue(AcceptHeader.readable(List.of("*/*", "text/plain;q=1")));
    }

    @Test
    void aHeaderJerseyCannotReadIsFound() {
        assertFalse(AcceptHeader.readable(List.of("x/y;q=abc")));
        assertFalse(AcceptHeader.readable(List.of("text/html;q=2")));
        assertFalse(AcceptHeader.readable(List.of("garbage")));
    }
}

package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryEncodingTest {

    @Test
    void queriesOfUtf8TextPass() {
        assertTrue(QueryEncoding.isUtf8(null));
        assertTrue(QueryEncoding.isUtf8("page=2&q=abc"));
        assertTrue(QueryEncoding.isUtf8("q=%E4%B8%AD%E6%96%87&lang=en"));
        assertTrue(QueryEncoding.isUtf8("q=中文"));
    }

    @Test
    void escapesThatAreNoUtf8AreFound() {
        assertFalse(QueryEncoding.isUtf8("size=%FF%FE"));
        assertFalse(QueryEncoding.isUtf8("size=%C3%28"));
        assertFalse(QueryEncoding.isUtf8("q=%ZZ"));
        assertFalse(QueryEncoding.isUtf8("q=%4"));
    }
}

package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MalformedRequestsTest {

    @Test
    void pathsOfTextPass() {
        for (String path : List.of("/", "/api/cases/YS-2026-000123", "/info/news",
                "/api/lookup/patents/%E4%B8%AD%E6%96%87", "/a/%F0%9F%98%80", "/api/cases/a%20b", "/staff/../info/news",
                "/files/report.v2.pdf")) {
            assertFalse(MalformedRequests.malformed(path), path);
        }
        assertFalse(MalformedRequests.malformed(null));
    }

    @Test
    void pathsTheStrictServerRefusesAreMalformed() {
        for (String path : List.of("/api/cases/%C3%28", "/api/cases/%2e%2e/claim", "/api/x/..%2F..%2Fetc%2Fpasswd",
                "/a/%2F", "/a/%5C..%5C", "/a/%25", "/a/%u002e", "/a/%c0%ae%c0%ae/x", "/a/%E0%80%AF", "/a/%zz",
                "/api/x/%00", "/api/%2e%2e/%2e%2e/%2e%2e/etc/passwd")) {
            assertTrue(MalformedRequests.malformed(path), path);
        }
    }

    @Test
    void contentTypesThatAreMediaTypesPass() {
        for (String type : new String[] {null, "", "application/json", "application/json; charset=latin-9",
                "application/x-www-form-urlencoded;charset=UTF-8",
                "multipart/form-data; boundary=----WebKitFormBoundaryx", "multipart/form-data; boundary=\"a;b\"",
                "text/plain;", "application/problem+json", "*/*", "application/json; a=b;;",
                "application/json ; charset=utf-8"}) {
            assertTrue(MalformedRequests.mediaType(type), type);
        }
    }

    @Test
    void contentTypesThatAreNoMediaTypeAreFound() {
        for (String type : List.of("garbage", "application/", "/json", "application json", "text/plain; \"x",
                "application/json\u0000", "multipart/form-data; boundary=;;", "application/json; a=",
                "multipart/form-data; boundary=a:b")) {
            assertFalse(MalformedRequests.mediaType(type), type);
        }
    }
}

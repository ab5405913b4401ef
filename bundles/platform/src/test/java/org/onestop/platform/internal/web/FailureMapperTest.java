package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Map;

import org.onestop.api.module.Refusal;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

class FailureMapperTest {

    /** A body a client might send. */
    public record Body(String email) {
    }

    private final FailureMapper mapper = new FailureMapper();
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void brokenJsonIsTheClientsErrorAndSaysWhere() {
        Exception broken = assertThrowsAny(() -> json.readValue("{\n  \"email\": ", Body.class));
        Response response = mapper.toResponse(broken);
        assertEquals(400, response.getStatus());
        Failure failure = (Failure) response.getEntity();
        assertEquals("error.json.invalid", failure.detailKey());
        assertNull(failure.errorId(), "nothing for the log: no error id");
    }

    @Test
    void anUnknownFieldIsNamed() {
        Exception unknown = assertThrowsAny(() -> json.readValue("{\"email\":\"a@b.cn\",\"admin\":true}",
                Body.class));
        Failure failure = (Failure) mapper.toResponse(unknown).getEntity();
        assertEquals(400, failure.status());
        assertEquals("error.json.field", failure.detailKey());
        assertArrayEquals(new Object[] {"admin"}, failure.arguments());
    }

    @Test
    void aRefusalKeepsItsStatusFieldsAndWait() {
        Response throttled = mapper.toResponse(Refusal.tooSoon(Duration.ofMillis(1500), "identity.login.throttled"));
        assertEquals(429, throttled.getStatus());
        assertEquals("2", String.valueOf(throttled.getHeaderString("Retry-After")));
        Response invalid = mapper.toResponse(Refusal.invalid("identity.form.invalid",
                Map.of("email", "identity.form.email")));
        assertEquals(Map.of("email", "identity.form.email"), ((Failure) invalid.getEntity()).fields());
    }

    @Test
    void aLockConflictAsksForARetryAndACaseRefusalKeepsItsReason() {
        Response busy = mapper.toResponse(new java.sql.SQLTransactionRollbackException(
                "A lock could not be obtained within the time requested", "40XL1"));
        assertEquals(503, busy.getStatus());
        assertEquals("1", String.valueOf(busy.getHeaderString("Retry-After")));
        assertEquals("error.busy", ((Failure) busy.getEntity()).detailKey());
        Response refused = mapper.toResponse(org.onestop.api.cases.CaseRefusal.conflict("case.refused.closed",
                "SP-2026-000001"));
        assertEquals(409, refused.getStatus());
        assertEquals("case.refused.closed", ((Failure) refused.getEntity()).detailKey());
        assertArrayEquals(new Object[] {"SP-2026-000001"}, ((Failure) refused.getEntity()).arguments());
    }

    @Test
    void anythingElseIsAServerErrorWithAnId() {
        Response response = mapper.toResponse(new IllegalStateException("internal details"));
        assertEquals(500, response.getStatus());
        Failure failure = (Failure) response.getEntity();
        assertNotNull(failure.errorId());
        assertNull(failure.detail(), "the message stays in the log");
    }

    private static Exception assertThrowsAny(ThrowingCall call) {
        try {
            call.run();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("expected an exception");
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}

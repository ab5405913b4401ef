package org.onestop.platform.internal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;

/** Bodies a fuzzer sends, read by the gateway's JSON reader: each one a 400 saying what is wrong, none a 500. */
class JsonBodiesTest {

    /** A login as clients send it. */
    public record Login(String email, String password) {
    }

    /** A step with numbers, as the case API takes it. */
    public record Assignment(long assigneeId, List<Long> attachmentIds) {
    }

    private final JsonBodies bodies = new JsonBodies();

    @Test
    void aTwoThousandDigitNumberIsOverTheLimit() {
        Failure failure = refused(Login.class, "{\"email\":\"a@b.cn\",\"password\":" + "9".repeat(2000) + "}");
        assertEquals("error.json.limit", failure.detailKey());
        assertArrayEquals(new Object[] {64, 100, "1,000,000", 10}, failure.arguments());
    }

    @Test
    void deepNestingLongTextsAndLongNamesAreOverTheLimit() {
        assertEquals("error.json.limit", refused(Object.class, "[".repeat(5000) + "]".repeat(5000)).detailKey());
        assertEquals("error.json.limit", refused(Object.class, "{\"a\":".repeat(65) + "1" + "}".repeat(65))
                .detailKey());
        assertEquals("error.json.shape", refused(Login.class, "[".repeat(5000) + "]".repeat(5000)).detailKey(),
                "a body that is not even an object is refused before its depth matters");
        assertEquals("error.json.limit", refused(Login.class, "{\"email\":\"" + "a".repeat(1_000_001) + "\"}")
                .detailKey());
        assertEquals("error.json.limit", refused(Login.class, "{\"" + "e".repeat(1001) + "\":1}").detailKey());
    }

    @Test
    void aFieldNamedTwiceIsNamed() {
        Failure failure = refused(Login.class, "{\"email\":\"a@b.cn\",\"email\":\"c@d.cn\",\"password\":\"x\"}");
        assertEquals("error.json.duplicate", failure.detailKey());
        assertArrayEquals(new Object[] {"email"}, failure.arguments());
    }

    @Test
    void invalidUtf8IsNotJson() {
        byte[] body = "{\"email\":\"??\",\"password\":\"x\"}".getBytes(StandardCharsets.US_ASCII);
        body[10] = (byte) 0xFF;
        body[11] = (byte) 0xFE;
        assertEquals("error.json.invalid", refused(Login.class, body).detailKey());
    }

    @Test
    void numbersOutOfRangeOrWithFractionsAreRefusedForWholeNumberFields() {
        Failure huge = refused(Assignment.class, "{\"assigneeId\":1e400}");
        assertEquals("error.json.value", huge.detailKey());
        assertEquals("assigneeId", huge.arguments()[0]);
        assertEquals("error.json.value", refused(Assignment.class, "{\"assigneeId\":99999999999999999999}")
                .detailKey());
        assertEquals("error.json.value", refused(Assignment.class, "{\"assigneeId\":1.5}").detailKey());
        Failure inList = refused(Assignment.class, "{\"assigneeId\":1,\"attachmentIds\":[2,\"x\"]}");
        assertEquals("attachmentIds[1]", inList.arguments()[0]);
    }

    @Test
    void theWrongShapeAnUnknownFieldAndBrokenSyntaxAreToldApart() {
        assertEquals("error.json.shape", refused(Login.class, "[1,2]").detailKey());
        assertEquals("error.json.value", refused(Login.class, "{\"email\":{}}").detailKey());
        Failure unknown = refused(Login.class, "{\"email\":\"a@b.cn\",\"admin\":true}");
        assertEquals("error.json.field", unknown.detailKey());
        Failure broken = refused(Login.class, "{\n  \"email\": ");
        assertEquals("error.json.invalid", broken.detailKey());
        assertEquals(2, broken.arguments()[0], "says the line");
    }

    @Test
    void aReadingProblemWrappedByJerseyIsStillTheClientsError() throws Exception {
        JsonProcessingException problem = assertThrows(JsonProcessingException.class,
                () -> JsonBodies.mapper().readValue("{\"assigneeId\":1e400}", Assignment.class));
        Response response = new FailureMapper().toResponse(new ProcessingException("wrapped", problem));
        assertEquals(400, response.getStatus());
        assertEquals("error.json.value", ((Failure) response.getEntity()).detailKey());
    }

    @Test
    void aGoodBodyIsRead() throws Exception {
        Object read = read(Assignment.class, "{\"assigneeId\":7,\"attachmentIds\":[1,2]}".getBytes(
                StandardCharsets.UTF_8));
        assertEquals(new Assignment(7, List.of(1L, 2L)), read);
    }

    private Failure refused(Class<?> type, String body) {
        return refused(type, body.getBytes(StandardCharsets.UTF_8));
    }

    private Failure refused(Class<?> type, byte[] body) {
        BadRequestException refused = assertThrows(BadRequestException.class, () -> read(type, body));
        assertEquals(400, refused.getResponse().getStatus());
        Failure failure = (Failure) refused.getResponse().getEntity();
        assertEquals(400, failure.status());
        return failure;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Class<?> type, byte[] body) throws Exception {
        return bodies.readFrom((Class) type, type, new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), new ByteArrayInputStream(body));
    }
}

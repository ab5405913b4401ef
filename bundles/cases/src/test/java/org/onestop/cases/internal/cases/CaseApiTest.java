package org.onestop.cases.internal.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.api.cases.CaseRefusal;

/** A step's file numbers as the case API reads them from JSON: a hole in the list is refused, never a 500. */
class CaseApiTest {

    @Test
    void aListOfFileNumbersWithAHoleIsRefusedNamingTheItem() {
        CaseRefusal refusal = assertThrows(CaseRefusal.class,
                () -> CaseApi.refuseEmptyIds(Arrays.asList(3L, null)));
        assertEquals(422, refusal.status());
        assertEquals("case.refused.attachmentId", refusal.key());
        assertArrayEquals(new Object[] {2}, refusal.arguments());
    }

    @Test
    void noListOrAWholeOneGoesOn() {
        CaseApi.refuseEmptyIds(null);
        CaseApi.refuseEmptyIds(List.of());
        CaseApi.refuseEmptyIds(List.of(1L, 2L));
    }
}

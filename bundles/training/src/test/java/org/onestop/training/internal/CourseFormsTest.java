package org.onestop.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A session's form sent back with fields left out shows them empty, never a 500. */
class CourseFormsTest {

    @Test
    void fieldsLeftOutOfTheFormAreShownEmpty() {
        Map<String, String> typed = CourseForms.typed(null, " 09:00 ", null, null, null, null, null, null);
        assertEquals("", typed.get("date"));
        assertEquals("09:00", typed.get("start"));
        assertEquals(8, typed.size());
    }
}

package org.onestop.lookup.internal.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PatentSearchFormTest {

    @Test
    void formsFilledInAlikeAreEqualAndBuildTheSameLinks() {
        PatentSearchForm one = new PatentSearchForm("稀土", null, "包头", null, null, null, null, null, "2023");
        PatentSearchForm other = new PatentSearchForm(" 稀土 ", "", "包头", null, null, null, null, null, "2023");

        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
        assertEquals("q=%E7%A8%80%E5%9C%9F&applicant=%E5%8C%85%E5%A4%B4&year=2023", other.query());
        assertEquals("q=%E7%A8%80%E5%9C%9F&applicant=%E5%8C%85%E5%A4%B4", one.with("year", ""));
        assertNotEquals(one, new PatentSearchForm("稀土", null, "包头", null, null, null, null, null, "2024"));
    }
}

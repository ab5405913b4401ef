package org.onestop.preexam.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Locarno classes and subclasses of designs as applicants and operators write them, and the centre's scope. */
class LocarnoCodeTest {

    private static LocarnoCode loc(String text) {
        return LocarnoCode.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void readsTheWaysAClassAndSubclassAreWritten() {
        for (String written : List.of("09-03", "9-03", "9.03", "09 - 03", "Cl. 9-03", "LOC (14) Cl. 09-03",
                "０９－０３", "09–03")) {
            assertEquals("09-03", loc(written).toString(), written);
        }
        assertEquals("13", loc("13").toString(), "a whole class, as the centre's scope may name one");
        assertTrue(loc("09-03").complete());
        assertFalse(loc("13").complete());
        assertEquals("09", loc("09-03").classText());
    }

    @Test
    void refusesWhatTheLocarnoStructureDoesNotHave() {
        for (String wrong : List.of("", "00-01", "33-01", "09-00", "09-3", "09-103", "C08L", "09/03", "1301",
                "31-01", "32-05", "99-99")) {
            assertTrue(LocarnoCode.parse(wrong).isEmpty(), wrong);
        }
        assertEquals("31-00", loc("31-00").toString(), "classes 31 and 32 have no subclasses: 00");
        assertEquals("32-00", loc("32-00").toString());
        assertEquals("09-99", loc("9-99").toString(), "99: miscellaneous goods of a class");
        assertThrows(IllegalArgumentException.class, () -> new LocarnoCode(33, 1));
    }

    @Test
    void theCentresScopeTakesClassesAndSubclasses() {
        LocarnoScope scope = LocarnoScope.parse("05-06, 13；24 26");
        assertEquals("05-06, 13, 24, 26", scope.toString());
        assertTrue(scope.covers(loc("13-01")));
        assertTrue(scope.covers(loc("05-06")));
        assertFalse(scope.covers(loc("05-05")), "another subclass of a class named by one subclass");
        assertFalse(scope.covers(loc("09-03")), "a packaging box");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> LocarnoScope.parse("13, C08L"));
        assertTrue(wrong.getMessage().contains("C08L"), wrong.getMessage());
    }
}

package org.onestop.preexam.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpcCodeTest {

    private static IpcCode ipc(String text) {
        return IpcCode.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void readsSubclassMainGroupAndSubgroup() {
        assertEquals(new IpcCode("C12N", null, null), ipc("C12N"));
        assertEquals(new IpcCode("C12N", 15, null), ipc("C12N 15"));
        assertEquals(new IpcCode("C12N", 15, "10"), ipc("C12N 15/10"));
        assertEquals(new IpcCode("C12N", 15, "1052"), ipc("C12N  15/1052"));
        assertEquals(new IpcCode("A61K", 9999, "123456"), ipc("A61K 9999/123456"));
        assertEquals(new IpcCode("H04L", 9, "00"), ipc("H04L 9/00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c12n15/10", "C12N15/10", " C12N 15/10 ", "C12N 15 / 10", "Ｃ１２Ｎ　１５／１０",
        "ｃ１２ｎ１５／１０", "C12N\t15/10", "C12N 015/10"})
    void acceptsTheWaysPeopleWriteIt(String text) {
        assertEquals(new IpcCode("C12N", 15, "10"), ipc(text));
        assertEquals("C12N 15/10", ipc(text).toString());
    }

    @Test
    void everySectionAToHIsAccepted() {
        for (char section = 'A'; section <= 'H'; section++) {
            assertEquals(section + "01B 1/02", ipc(section + "01B 1/02").toString());
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"I12N 15/10", "Z01B", "C1N 15/10", "C123N 15/10", "C12 15/10", "C12NN 15/10",
        "C12N 15/1", "C12N 15/1234567", "C12N /10", "C12N 12345/10", "C12N 15/", "C12N 15/10/2", "C12N 15-10",
        "12N 15/10", "C12N 15/1a", "C12N, C12Q", "C 12N 15/10", "   ", "C12N 15/10 x"})
    void refusesWhatIsNoSymbol(String text) {
        assertEquals(Optional.empty(), IpcCode.parse(text), text);
    }

    @Test
    void canonicalForms() {
        assertEquals("C12N", ipc("c12n").toString());
        assertEquals("C12N 15", ipc("c12n  15").toString());
        assertEquals("C12N 15/10", ipc("c12n15/10").toString());
        assertEquals("C12N 15/1052", ipc("C12N15/1052").toString());
        assertEquals("G06F 3/048", ipc("G06F0003/048").toString(), "leading zeros of the main group are dropped");
        assertEquals("G06F 3/0482", ipc("G06F 3/0482").toString(), "subgroup digits kept as written");
    }

    @Test
    void canonicalFormReadsBackToTheSameSymbol() {
        for (String text : new String[] {"C12N", "C12N 15", "C12N 15/10", "A01H 6/46", "C22C 38/02"}) {
            assertEquals(ipc(text), ipc(ipc(text).toString()));
        }
    }

    @Test
    void completeOnlyWithMainGroupAndSubgroup() {
        assertTrue(ipc("C12N 15/10").complete());
        assertTrue(ipc("C12N 15/00").complete());
        assertFalse(ipc("C12N 15").complete());
        assertFalse(ipc("C12N").complete());
    }

    @Test
    void withinItsSubclassAndMainGroup() {
        IpcCode code = ipc("C12N 15/10");
        assertTrue(code.within(ipc("C12N")));
        assertTrue(code.within(ipc("C12N 15")));
        assertTrue(code.within(ipc("C12N 15/10")));
        assertFalse(code.within(ipc("C12N 9")));
        assertFalse(code.within(ipc("C12Q")));
        assertFalse(code.within(ipc("C12Q 15")));
        assertFalse(code.within(ipc("C12N 15/11")));
        assertFalse(code.within(ipc("C12N 15/1052")), "15/1052 is another subgroup, not a broader one");
        assertFalse(code.within(ipc("C12N 150")), "main group 150 is not 15");
    }

    @Test
    void broaderSymbolsAreNotWithinNarrowerOnes() {
        assertFalse(ipc("C12N").within(ipc("C12N 15")));
        assertFalse(ipc("C12N 15").within(ipc("C12N 15/10")));
        assertFalse(ipc("C12N").within(ipc("C12N 15/10")));
        assertTrue(ipc("C12N 15").within(ipc("C12N")));
    }

    @Test
    void subgroupZeroZeroNamesTheWholeMainGroup() {
        assertTrue(ipc("C12N 15/10").within(ipc("C12N 15/00")));
        assertTrue(ipc("C12N 15").within(ipc("C12N 15/00")));
        assertFalse(ipc("C12N 9/10").within(ipc("C12N 15/00")));
        assertFalse(ipc("C12N 15/00").within(ipc("C12N 15/10")));
    }

    @Test
    void mainGroupOnlyDropsTheSubgroup() {
        assertEquals(ipc("C12N 15"), ipc("C12N 15/10").mainGroupOnly());
        assertEquals(ipc("C12N"), ipc("C12N").mainGroupOnly());
    }

    @Test
    void constructorRefusesInconsistentParts() {
        assertThrows(IllegalArgumentException.class, () -> new IpcCode("C12N", null, "10"));
        assertThrows(IllegalArgumentException.class, () -> new IpcCode("c12n", null, null));
        assertThrows(IllegalArgumentException.class, () -> new IpcCode("I12N", null, null));
        assertThrows(IllegalArgumentException.class, () -> new IpcCode("C12N", 15, "1"));
        assertThrows(IllegalArgumentException.class, () -> new IpcCode("C12N", 10000, "10"));
        assertThrows(NullPointerException.class, () -> new IpcCode(null, null, null));
    }
}

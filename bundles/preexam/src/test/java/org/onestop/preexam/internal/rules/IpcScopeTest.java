package org.onestop.preexam.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class IpcScopeTest {

    private static final IpcScope CENTRE = IpcScope.parse("C12N, C12Q, A01H, C08L, C22C");

    private static IpcCode ipc(String text) {
        return IpcCode.parse(text).orElseThrow();
    }

    @Test
    void coversSymbolsInsideItsSubclasses() {
        assertTrue(CENTRE.covers(ipc("C22C 38/02")));
        assertTrue(CENTRE.covers(ipc("C12N 15/10")));
        assertTrue(CENTRE.covers(ipc("A01H 6/46")));
        assertTrue(CENTRE.covers(ipc("C12Q")));
        assertFalse(CENTRE.covers(ipc("C22B 3/04")));
        assertFalse(CENTRE.covers(ipc("C12P 21/02")));
        assertFalse(CENTRE.covers(ipc("G06F 3/048")));
    }

    @Test
    void narrowEntriesCoverOnlyTheirGroups() {
        IpcScope scope = IpcScope.parse("C12N 15; C12Q 1/68");
        assertTrue(scope.covers(ipc("C12N 15/10")));
        assertTrue(scope.covers(ipc("C12N 15")));
        assertFalse(scope.covers(ipc("C12N 9/10")));
        assertFalse(scope.covers(ipc("C12N")), "the whole subclass is broader than the entry");
        assertTrue(scope.covers(ipc("C12Q 1/68")));
        assertFalse(scope.covers(ipc("C12Q 1/6806")));
        assertFalse(scope.covers(ipc("C12Q 1")));
    }

    @Test
    void overlapsBothWays() {
        IpcScope centre = IpcScope.parse("C12N 15, C22C");
        assertTrue(centre.overlaps(List.of(ipc("C12N"))), "an entity working in C12N overlaps C12N 15");
        assertTrue(centre.overlaps(List.of(ipc("C22C 38/02"))), "a narrower field lies inside an entry");
        assertTrue(centre.overlaps(List.of(ipc("C12N 15/10"))));
        assertTrue(centre.overlaps(List.of(ipc("G06F"), ipc("C22C"))), "one overlapping field is enough");
        assertFalse(centre.overlaps(List.of(ipc("C12N 9"))));
        assertFalse(centre.overlaps(List.of(ipc("C22B"), ipc("G06F"))));
        assertFalse(centre.overlaps(List.of()));
        assertFalse(IpcScope.parse("").overlaps(List.of(ipc("C12N"))));
    }

    @Test
    void separatorsAreCommasSemicolonsEnumerationCommasAndLines() {
        List<IpcCode> expected = List.of(ipc("C12N"), ipc("C12Q 1/68"), ipc("A01H"), ipc("C08L 3"), ipc("C22C"));
        assertEquals(expected, IpcScope.parse("C12N, C12Q 1/68; A01H、C08L 3\nC22C").entries());
        assertEquals(expected, IpcScope.parse("C12N，C12Q 1/68；A01H\r\nC08L 3,\n C22C ").entries());
        assertEquals(expected, IpcScope.parse("c12n,c12q1/68,a01h,c08l3,c22c").entries());
    }

    @Test
    void spacesDoNotSeparate() {
        assertEquals(List.of(ipc("C12N 15")), IpcScope.parse("C12N 15").entries());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpcScope.parse("C12N C12Q"));
        assertTrue(e.getMessage().contains("C12N C12Q"), e.getMessage());
    }

    @Test
    void blanksSkippedAndDuplicatesDropped() {
        IpcScope scope = IpcScope.parse(" , C12N,,c12n; C12Q\n\n、C12N ,");
        assertEquals(List.of(ipc("C12N"), ipc("C12Q")), scope.entries());
        assertTrue(IpcScope.parse("").isEmpty());
        assertTrue(IpcScope.parse(" ,; \n").isEmpty());
        assertTrue(IpcScope.parse(null).isEmpty());
        assertFalse(IpcScope.parse("").covers(ipc("C12N 15/10")));
    }

    @Test
    void namesTheFirstEntryThatIsNoSymbol() {
        IpcScope.InvalidEntry e = assertThrows(IpcScope.InvalidEntry.class,
                () -> IpcScope.parse("C12N, I12N 15/10, C1N"));
        assertEquals("I12N 15/10", e.entry());
        assertTrue(e.getMessage().contains("I12N 15/10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IpcScope.parse("C12N 15/1"));
    }

    @Test
    void canonicalListing() {
        assertEquals("C12N, C12Q, A01H, C08L, C22C", CENTRE.toString());
        assertEquals("C12N 15/10, C22C 38", IpcScope.parse(" c12n15/10 ;ｃ２２ｃ３８").toString());
        assertEquals("", IpcScope.parse("").toString());
        assertEquals(CENTRE, IpcScope.parse(CENTRE.toString()));
    }

    @Test
    void entriesCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> CENTRE.entries().add(ipc("G06F")));
    }
}

package org.onestop.api.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one safe-cell rule, and that {@link SafeCell#restore} undoes exactly what {@link SafeCell#neutralise} did. */
class SafeCellTest {

    @Test
    void everyDangerousLeadGetsAnApostrophe() {
        for (String cell : List.of("=1+1", "+41 22", "-x", "-1-1", "@SUM(A1)", "\tx", "\rx", "=", "-")) {
            assertEquals("'" + cell, SafeCell.neutralise(cell), cell);
        }
    }

    @Test
    void otherCellsStayAsTheyAre() {
        for (String cell : List.of("C12N 15/10", "x=1", " =1", "-7", "-0.25", "稀土", "66.7%")) {
            assertEquals(cell, SafeCell.neutralise(cell), cell);
        }
        assertEquals("", SafeCell.neutralise(null));
        assertEquals("", SafeCell.neutralise(""));
    }

    @Test
    void restoreUndoesNeutraliseForEveryCell() {
        for (String cell : List.of("", "x", "=", "==", "'", "''", "'''", "'=", "''=", "'-1", "-1", "-1-1", "'\t",
                "\t", "\r", "@", "+", "'a", "a'", "中文")) {
            assertEquals(cell, SafeCell.restore(SafeCell.neutralise(cell)), cell);
        }
        assertEquals("'x", SafeCell.restore("'x"), "an apostrophe the rule did not add stays");
    }
}

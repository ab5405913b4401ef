package org.onestop.api.csv;

import java.util.List;

/**
 * One record {@link CsvReader} read: the line of the file it starts on (from 1; a cell with line breaks makes a
 * record span several lines), its cells as they were written, and whether the file ended inside a quoted cell (then
 * the record has no cells, and no record follows: a reader reports the line and keeps the records before it).
 */
public record CsvRow(int line, List<String> cells, boolean unterminated) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The number of cells. */
    public int size() {
        return cells.size();
    }

    /** The cell at {@code index} (from 0). */
    public String cell(int index) {
        return cells.get(index);
    }
}

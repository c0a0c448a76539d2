package org.minecheck.model;

/**
 * A fact read from a workbook knows its row; facts built in code have no origin. The fact records keep the sheet and
 * the row number as two fields and build the {@link RowRef} when asked: one object per row was 32 MB of a
 * 50,000-enterprise province's heap.
 */
public interface Sourced {
    RowRef origin();

    default CellRef cell(String field) {
        return origin() == null ? null : origin().cell(field);
    }
}

package org.minecheck.model;

/** A fact read from a workbook knows its row; facts built in code have no origin. */
public interface Sourced {
    RowRef origin();

    default CellRef cell(String field) {
        return origin() == null ? null : origin().cell(field);
    }
}

package org.minecheck.model;

/** A workbook cell: file, sheet, 1-based row and column letter. Column may be empty when the whole row is meant. */
public record CellRef(String file, String sheet, int row, String column) {
    @Override
    public String toString() {
        return sheet + "!" + column + row;
    }
}

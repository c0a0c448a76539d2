package org.minecheck.model;

/** Where a fact came from: the sheet and the 1-based row number as Excel shows it. */
public record RowRef(SheetRef sheet, int row) {
    public CellRef cell(String field) {
        return new CellRef(sheet.file(), sheet.sheet(), row, sheet.column(field));
    }
}

package org.minecheck.model;

/** Where a fact came from: the sheet and the 1-based row number as Excel shows it. */
public record RowRef(SheetRef sheet, int row) {
    /**
     * The row a fact record keeps as its sheet and number (a fact built in code has no sheet): fact records hold
     * these two fields instead of a RowRef object per row, and build one only when asked.
     */
    public static RowRef of(SheetRef sheet, int row) {
        return sheet == null ? null : new RowRef(sheet, row);
    }

    /** The sheet of {@code origin}, null for a fact built in code. */
    public static SheetRef sheetOf(RowRef origin) {
        return origin == null ? null : origin.sheet();
    }

    /** The row number of {@code origin}, 0 for a fact built in code. */
    public static int rowOf(RowRef origin) {
        return origin == null ? 0 : origin.row();
    }

    public CellRef cell(String field) {
        return new CellRef(sheet.file(), sheet.sheet(), row, sheet.column(field));
    }
}

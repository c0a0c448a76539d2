package org.minecheck.model;

public record Enterprise(String id, String name, String creditCode, String regionCode, SheetRef sheet, int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public Enterprise(String id, String name, String creditCode, String regionCode, RowRef origin) {
        this(id, name, creditCode, regionCode, RowRef.sheetOf(origin), RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }
}

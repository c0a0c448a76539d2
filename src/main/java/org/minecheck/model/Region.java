package org.minecheck.model;

public record Region(String code, String name, RegionLevel level, String parentCode, SheetRef sheet, int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public Region(String code, String name, RegionLevel level, String parentCode, RowRef origin) {
        this(code, name, level, parentCode, RowRef.sheetOf(origin), RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }
}

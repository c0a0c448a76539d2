package org.minecheck.model;

public record ForbiddenZone(
        String id, String name, ZoneType type, String level, String authority, SheetRef sheet, int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public ForbiddenZone(String id, String name, ZoneType type, String level, String authority, RowRef origin) {
        this(id, name, type, level, authority, RowRef.sheetOf(origin), RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }
}

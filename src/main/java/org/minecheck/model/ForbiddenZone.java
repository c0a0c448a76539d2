package org.minecheck.model;

public record ForbiddenZone(
        String id, String name, ZoneType type, String level, String authority, SheetRef sheet, int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public ForbiddenZone(String id, String name, ZoneType type, String level, String authority, RowRef origin) {
        this(
                id,
                name,
                type,
                level,
                authority,
                origin == null ? null : origin.sheet(),
                origin == null ? 0 : origin.row());
    }

    @Override
    public RowRef origin() {
        return sheet == null ? null : new RowRef(sheet, row);
    }
}

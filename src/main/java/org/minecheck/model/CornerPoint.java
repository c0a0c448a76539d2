package org.minecheck.model;

/** A corner point of a licence block, site, zone or historical patch, in CGCS2000 Gauss–Krüger metres. */
public record CornerPoint(
        ShapeOwner ownerType, String ownerId, int ringNo, int pointNo, double x, double y, SheetRef sheet, int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public CornerPoint(
            ShapeOwner ownerType, String ownerId, int ringNo, int pointNo, double x, double y, RowRef origin) {
        this(ownerType, ownerId, ringNo, pointNo, x, y, RowRef.sheetOf(origin), RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }
}

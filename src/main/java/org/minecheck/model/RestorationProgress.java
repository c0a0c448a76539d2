package org.minecheck.model;

import java.math.BigDecimal;

/** Restoration area planned and completed in one year, in hectares. */
public record RestorationProgress(
        String mineId, int year, BigDecimal plannedArea, BigDecimal completedArea, SheetRef sheet, int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public RestorationProgress(
            String mineId, int year, BigDecimal plannedArea, BigDecimal completedArea, RowRef origin) {
        this(mineId, year, plannedArea, completedArea, RowRef.sheetOf(origin), RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }
}

package org.minecheck.model;

import java.math.BigDecimal;

/** Restoration area planned and completed in one year, in hectares. */
public record RestorationProgress(
        String mineId, int year, BigDecimal plannedArea, BigDecimal completedArea, SheetRef sheet, int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public RestorationProgress(
            String mineId, int year, BigDecimal plannedArea, BigDecimal completedArea, RowRef origin) {
        this(
                mineId,
                year,
                plannedArea,
                completedArea,
                origin == null ? null : origin.sheet(),
                origin == null ? 0 : origin.row());
    }

    @Override
    public RowRef origin() {
        return sheet == null ? null : new RowRef(sheet, row);
    }
}

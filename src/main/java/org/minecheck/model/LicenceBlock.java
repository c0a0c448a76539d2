package org.minecheck.model;

import java.math.BigDecimal;

/** One block (采区) of a mining licence: a polygon given in corner points plus its licensed elevation range. */
public record LicenceBlock(
        String licenceNumber, int blockNo, BigDecimal topElevation, BigDecimal bottomElevation, SheetRef sheet, int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public LicenceBlock(
            String licenceNumber, int blockNo, BigDecimal topElevation, BigDecimal bottomElevation, RowRef origin) {
        this(licenceNumber, blockNo, topElevation, bottomElevation, RowRef.sheetOf(origin), RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }
}

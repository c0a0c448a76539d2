package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A working site or disturbed patch. A point site has x/y; a polygon site has corner points instead. The lowest and
 * highest working elevations are judged against the licensed elevation range of every block the site touches;
 * {@code observedOn} (inspection or satellite image) is the conduct date its boundary findings are judged on.
 */
public record WorkingSite(
        String id,
        String mineId,
        String name,
        SiteType type,
        Double x,
        Double y,
        BigDecimal lowestElevation,
        BigDecimal highestElevation,
        Boolean onForestLand,
        LocalDate observedOn,
        SheetRef sheet,
        int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public WorkingSite(
            String id,
            String mineId,
            String name,
            SiteType type,
            Double x,
            Double y,
            BigDecimal lowestElevation,
            BigDecimal highestElevation,
            Boolean onForestLand,
            LocalDate observedOn,
            RowRef origin) {
        this(
                id,
                mineId,
                name,
                type,
                x,
                y,
                lowestElevation,
                highestElevation,
                onForestLand,
                observedOn,
                RowRef.sheetOf(origin),
                RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }

    /** A site without a highest working elevation (built in code before the column existed). */
    public WorkingSite(
            String id,
            String mineId,
            String name,
            SiteType type,
            Double x,
            Double y,
            BigDecimal lowestElevation,
            Boolean onForestLand,
            LocalDate observedOn,
            RowRef origin) {
        this(id, mineId, name, type, x, y, lowestElevation, null, onForestLand, observedOn, origin);
    }
}

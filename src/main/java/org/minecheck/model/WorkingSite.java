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
        RowRef origin)
        implements Sourced {

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

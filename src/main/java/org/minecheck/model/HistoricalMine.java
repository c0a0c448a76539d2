package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A historical (legacy) mine patch from the regulator's inventory. Area in hectares, vegetation cover in percent. */
public record HistoricalMine(
        String id,
        String name,
        String regionCode,
        BigDecimal area,
        Integer inventoryYear,
        TreatmentStatus status,
        LocalDate treatedOn,
        Boolean accepted,
        BigDecimal vegetationCover,
        Double x,
        Double y,
        SheetRef sheet,
        int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public HistoricalMine(
            String id,
            String name,
            String regionCode,
            BigDecimal area,
            Integer inventoryYear,
            TreatmentStatus status,
            LocalDate treatedOn,
            Boolean accepted,
            BigDecimal vegetationCover,
            Double x,
            Double y,
            RowRef origin) {
        this(
                id,
                name,
                regionCode,
                area,
                inventoryYear,
                status,
                treatedOn,
                accepted,
                vegetationCover,
                x,
                y,
                RowRef.sheetOf(origin),
                RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }
}

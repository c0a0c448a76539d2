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
        RowRef origin)
        implements Sourced {}

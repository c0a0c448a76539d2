package org.minecheck.model;

import java.math.BigDecimal;

/** Restoration area planned and completed in one year, in hectares. */
public record RestorationProgress(
        String mineId, int year, BigDecimal plannedArea, BigDecimal completedArea, RowRef origin) implements Sourced {}

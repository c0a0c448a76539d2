package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A working site or disturbed patch. A point site has x/y; a polygon site has corner points instead. */
public record WorkingSite(String id, String mineId, String name, SiteType type, Double x, Double y,
                          BigDecimal lowestElevation, Boolean onForestLand, LocalDate observedOn,
                          RowRef origin) implements Sourced {}

package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A region's target: for historical-mine treatment the baseline stock, the required annual percentage and the deadline;
 * for green mines the required share. Percentages are in percent.
 */
public record RegionalTarget(String regionCode, TargetType type, TargetMeasure measure, Integer baselineYear,
                             BigDecimal baselineCount, BigDecimal baselineArea, BigDecimal annualPercent,
                             LocalDate deadline, BigDecimal targetPercent, String source, RowRef origin) implements Sourced {}

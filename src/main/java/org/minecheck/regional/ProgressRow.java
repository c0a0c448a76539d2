package org.minecheck.regional;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.minecheck.model.RegionLevel;
import org.minecheck.model.TargetMeasure;

/**
 * One line of the historical-mine progress table: a region in a year, required against achieved, by count and by
 * area (ha). {@code toDate} marks the current, unfinished year (achieved so far, required by its end);
 * {@code rolledUp} marks a city or province line summed from its counties' targets. Percentages by {@code measure}.
 * Treated counts only the baseline stock (so achieved never passes 100 %); patches added to the inventory after the
 * baseline year are shown apart ({@code added*}: how many, and how many of them are treated and accepted).
 */
public record ProgressRow(
        String regionCode,
        String regionName,
        RegionLevel level,
        int year,
        boolean toDate,
        TargetMeasure measure,
        BigDecimal baselineCount,
        BigDecimal baselineArea,
        BigDecimal requiredPercent,
        BigDecimal requiredCount,
        BigDecimal requiredArea,
        BigDecimal treatedCount,
        BigDecimal treatedArea,
        BigDecimal achievedPercent,
        LocalDate deadline,
        boolean rolledUp,
        String source,
        BigDecimal addedCount,
        BigDecimal addedArea,
        BigDecimal addedTreatedCount,
        BigDecimal addedTreatedArea) {

    /** Whether the year's requirement is met; null while the year is still running and not yet met. */
    public Boolean met() {
        boolean reached = achievedPercent.compareTo(requiredPercent) >= 0;
        return toDate && !reached ? null : reached;
    }
}

package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A region's target: for historical-mine treatment the baseline stock, the required annual percentage and the deadline;
 * for green mines the required share. Percentages are in percent.
 */
public record RegionalTarget(
        String regionCode,
        TargetType type,
        TargetMeasure measure,
        Integer baselineYear,
        BigDecimal baselineCount,
        BigDecimal baselineArea,
        BigDecimal annualPercent,
        LocalDate deadline,
        BigDecimal targetPercent,
        String source,
        SheetRef sheet,
        int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public RegionalTarget(
            String regionCode,
            TargetType type,
            TargetMeasure measure,
            Integer baselineYear,
            BigDecimal baselineCount,
            BigDecimal baselineArea,
            BigDecimal annualPercent,
            LocalDate deadline,
            BigDecimal targetPercent,
            String source,
            RowRef origin) {
        this(
                regionCode,
                type,
                measure,
                baselineYear,
                baselineCount,
                baselineArea,
                annualPercent,
                deadline,
                targetPercent,
                source,
                RowRef.sheetOf(origin),
                RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }

    private static final BigDecimal ALL = BigDecimal.valueOf(100);

    /**
     * The cumulative share (%) of the baseline stock that must be treated by the end of {@code year}:
     * min(100, annual % × years since the baseline year), and 0 up to the baseline year itself.
     */
    public BigDecimal requiredPercent(int year) {
        if (annualPercent == null || baselineYear == null || year <= baselineYear) return BigDecimal.ZERO;
        return annualPercent.multiply(BigDecimal.valueOf(year - baselineYear)).min(ALL);
    }

    /** The share to reach by the deadline: the target share where one is given, otherwise the whole stock. */
    public BigDecimal finalPercent() {
        return targetPercent != null && type == TargetType.HISTORICAL_TREATMENT ? targetPercent : ALL;
    }

    /** How progress is measured: by count unless the target says by area. */
    public TargetMeasure measureOrCount() {
        return measure == null ? TargetMeasure.COUNT : measure;
    }
}

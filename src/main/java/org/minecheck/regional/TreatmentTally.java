package org.minecheck.regional;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.minecheck.model.RegionalTarget;
import org.minecheck.model.TargetMeasure;

/**
 * A region's historical-mine treatment against its target, as of one date (a year's 31 December, or the check date):
 * the baseline stock and what has been treated since, by count and by area (ha), counting only accepted patches.
 * {@code share} is treated ÷ baseline in percent by the target's measure (ten decimals); the rules compare it.
 */
public record TreatmentTally(RegionalTarget target, String regionCode, int year, LocalDate asOf, TargetMeasure measure,
                             BigDecimal baselineCount, BigDecimal baselineArea, BigDecimal treatedCount,
                             BigDecimal treatedArea, BigDecimal share, boolean baselineFromInventory) {

    public BigDecimal baseline() {
        return measure == TargetMeasure.AREA ? baselineArea : baselineCount;
    }

    public BigDecimal treated() {
        return measure == TargetMeasure.AREA ? treatedArea : treatedCount;
    }

    /** The cumulative share the target requires by this tally's year end (see {@link RegionalTarget#requiredPercent}). */
    public BigDecimal requiredPercent() {
        return target.requiredPercent(year);
    }

    public BigDecimal sharePercent() {
        return share.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Still to treat to reach the whole stock, in the target's measure. */
    public BigDecimal remaining() {
        BigDecimal r = baseline().subtract(treated());
        return r.signum() < 0 ? BigDecimal.ZERO : r;
    }
}

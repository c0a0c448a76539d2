package org.minecheck.regional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.minecheck.finding.SourceRows;
import org.minecheck.model.HistoricalMine;
import org.minecheck.model.RegionalTarget;
import org.minecheck.model.TargetMeasure;

/**
 * A region's historical-mine treatment against its target, as of one date (a year's 31 December, or the check date):
 * the baseline stock and what of it has been treated since, by count and by area (ha), counting only accepted patches
 * of the stock. {@code share} is treated ÷ baseline in percent by the target's measure (ten decimals, never above
 * 100); the rules compare it. Patches added to the inventory after the baseline year are tallied apart
 * ({@code added*}): they are not part of the stock the target counts.
 */
public record TreatmentTally(
        RegionalTarget target,
        String regionCode,
        int year,
        LocalDate asOf,
        TargetMeasure measure,
        BigDecimal baselineCount,
        BigDecimal baselineArea,
        BigDecimal treatedCount,
        BigDecimal treatedArea,
        BigDecimal share,
        boolean baselineFromInventory,
        List<HistoricalMine> treatedPatches,
        BigDecimal addedCount,
        BigDecimal addedArea,
        BigDecimal addedTreatedCount,
        BigDecimal addedTreatedArea) {

    public TreatmentTally {
        treatedPatches = treatedPatches == null ? List.of() : List.copyOf(treatedPatches);
    }

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

    /** The patches the treated total counts, with their rows in the historical-mines sheet. */
    public SourceRows countedRows() {
        return SourceRows.of(treatedPatches, HistoricalMine::id);
    }
}

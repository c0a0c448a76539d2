package org.minecheck.regional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minecheck.model.*;

/**
 * Counts and sums a regional rule needs in one fact, so the regional session need not hold every mine of a province:
 * green-mine shares of producing large and medium mines, and historical-mine treatment by year. Counting only, no
 * verdict: the rules compare these against the targets. Figures roll up county → city → province by parent code.
 */
public final class RegionalAggregates {
    public static final String LARGE_AND_MEDIUM = "large|medium";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RegionalAggregates() {}

    /** Tallies of producing large, medium, and large-and-medium mines and their green listings, per region. */
    public static List<GreenMineTally> greenMines(Dataset d, RegionTree tree, LocalDate checkDate) {
        Map<String, Boolean> green = new HashMap<>();
        for (Approval a : d.approvals) {
            if (a.kind() == ApprovalKind.GREEN_MINE
                    && a.approvedOn() != null
                    && !a.approvedOn().isAfter(checkDate)
                    && (a.validUntil() == null || !a.validUntil().isBefore(checkDate))) {
                green.put(a.mineId(), true);
            }
        }
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (Mine m : d.mines) {
            if (m.statusOn(checkDate) != MineStatus.PRODUCING
                    || (m.scale() != MineScale.LARGE && m.scale() != MineScale.MEDIUM)) continue;
            boolean isGreen = green.getOrDefault(m.id(), false);
            for (String region : tree.ancestors(m.regionCode())) {
                for (String group : List.of(m.scale().code(), LARGE_AND_MEDIUM)) {
                    int[] c = counts.computeIfAbsent(List.of(region, group), k -> new int[2]);
                    c[0]++;
                    if (isGreen) c[1]++;
                }
            }
        }
        List<GreenMineTally> out = new ArrayList<>();
        counts.forEach((key, c) -> out.add(new GreenMineTally(
                key.get(0),
                tree.level(key.get(0)),
                List.copyOf(tree.ancestors(key.get(0))),
                key.get(1),
                c[0],
                c[1],
                share(BigDecimal.valueOf(c[1]), BigDecimal.valueOf(c[0])))));
        return out;
    }

    /**
     * For each historical-treatment target: the treatment at the end of every year from the year after the baseline
     * to the last year that has ended, and on the check date itself when that is not a year end. Only the baseline
     * stock counts toward the share (patches in the inventory by the baseline year, untreated at its end), so the share
     * never passes 100 %; patches added to the inventory after the baseline year are tallied apart.
     */
    public static List<TreatmentTally> treatment(Dataset d, RegionTree tree, LocalDate checkDate, BigDecimal minCover) {
        Map<String, List<HistoricalMine>> byRegion = new HashMap<>();
        for (HistoricalMine h : d.historicalMines) {
            for (String r : tree.ancestors(h.regionCode()))
                byRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(h);
        }
        int lastCompleted = checkDate.equals(LocalDate.of(checkDate.getYear(), 12, 31))
                ? checkDate.getYear()
                : checkDate.getYear() - 1;
        List<TreatmentTally> out = new ArrayList<>();
        for (RegionalTarget t : d.targets) {
            if (t.type() != TargetType.HISTORICAL_TREATMENT || t.baselineYear() == null) continue;
            List<HistoricalMine> patches = byRegion.getOrDefault(t.regionCode(), List.of());
            LocalDate baselineEnd = LocalDate.of(t.baselineYear(), 12, 31);
            List<HistoricalMine> stock = patches.stream()
                    .filter(h -> h.inventoryYear() == null || h.inventoryYear() <= t.baselineYear())
                    .filter(h ->
                            !(countsAsTreated(h, minCover) && !h.treatedOn().isAfter(baselineEnd)))
                    .toList();
            BigDecimal count = t.baselineCount() != null ? t.baselineCount() : BigDecimal.valueOf(stock.size());
            BigDecimal area = t.baselineArea() != null ? t.baselineArea() : sumArea(stock);
            TargetMeasure measure = t.measureOrCount();
            boolean fromInventory = (measure == TargetMeasure.AREA ? t.baselineArea() : t.baselineCount()) == null;
            List<LocalDate> dates = new ArrayList<>();
            for (int y = t.baselineYear() + 1; y <= lastCompleted; y++) dates.add(LocalDate.of(y, 12, 31));
            if (lastCompleted < checkDate.getYear() && checkDate.getYear() > t.baselineYear()) dates.add(checkDate);
            List<HistoricalMine> added = patches.stream()
                    .filter(h -> h.inventoryYear() != null && h.inventoryYear() > t.baselineYear())
                    .toList();
            for (LocalDate asOf : dates) {
                List<HistoricalMine> treated = stock.stream()
                        .filter(h -> treatedBy(h, baselineEnd, asOf, minCover))
                        .toList();
                List<HistoricalMine> addedTreated = added.stream()
                        .filter(h -> treatedBy(h, baselineEnd, asOf, minCover))
                        .toList();
                BigDecimal treatedCount = BigDecimal.valueOf(treated.size());
                BigDecimal treatedArea = sumArea(treated);
                BigDecimal share = (measure == TargetMeasure.AREA
                                ? share(treatedArea, area)
                                : share(treatedCount, count))
                        .min(HUNDRED);
                out.add(new TreatmentTally(
                        t,
                        t.regionCode(),
                        asOf.getYear(),
                        asOf,
                        measure,
                        count,
                        area,
                        treatedCount,
                        treatedArea,
                        share,
                        fromInventory,
                        treated,
                        BigDecimal.valueOf(added.size()),
                        sumArea(added),
                        BigDecimal.valueOf(addedTreated.size()),
                        sumArea(addedTreated)));
            }
        }
        return out;
    }

    private static boolean treatedBy(HistoricalMine h, LocalDate baselineEnd, LocalDate asOf, BigDecimal minCover) {
        return countsAsTreated(h, minCover)
                && h.treatedOn().isAfter(baselineEnd)
                && !h.treatedOn().isAfter(asOf);
    }

    /**
     * A patch counts as treated only when reported treated (or naturally recovered), accepted, dated, and — where a
     * vegetation cover is reported — at or above the acceptance cover. HIS-004 reports the ones that fail.
     */
    public static boolean countsAsTreated(HistoricalMine h, BigDecimal minCover) {
        return (h.status() == TreatmentStatus.TREATED || h.status() == TreatmentStatus.NATURAL_RECOVERY)
                && Boolean.TRUE.equals(h.accepted())
                && h.treatedOn() != null
                && (h.vegetationCover() == null
                        || minCover == null
                        || h.vegetationCover().compareTo(minCover) >= 0);
    }

    /** part ÷ whole in percent to ten decimals; a stock of zero counts as fully done (the rule in Amounts). */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return org.minecheck.engine.api.Amounts.shareOfStock(part, whole, 10);
    }

    private static BigDecimal sumArea(List<HistoricalMine> patches) {
        return patches.stream()
                .map(HistoricalMine::area)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Scale groups a tally can have, for a schedule row's {@code scale} column. */
    public static final Set<String> SCALE_GROUPS = Set.of("large", "medium", LARGE_AND_MEDIUM);
}

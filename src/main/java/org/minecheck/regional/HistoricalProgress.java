package org.minecheck.regional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.minecheck.model.TargetMeasure;

/**
 * The progress table of historical-mine treatment (region × year, required against achieved), built from the same
 * tallies the HIS rules judge: one line per target region and year, and for each city or province above them that
 * has no target of its own, a line summing its regions' lines.
 */
public final class HistoricalProgress {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HistoricalProgress() {}

    public static List<ProgressRow> table(List<TreatmentTally> tallies, RegionTree tree) {
        List<ProgressRow> own = new ArrayList<>();
        for (TreatmentTally t : tallies) {
            boolean toDate = !t.asOf().equals(t.asOf().withMonth(12).withDayOfMonth(31));
            BigDecimal required = t.target().requiredPercent(t.year());
            own.add(new ProgressRow(
                    t.regionCode(),
                    tree.name(t.regionCode()),
                    tree.level(t.regionCode()),
                    t.year(),
                    toDate,
                    t.measure(),
                    t.baselineCount(),
                    t.baselineArea(),
                    required,
                    part(t.baselineCount(), required),
                    part(t.baselineArea(), required),
                    t.treatedCount(),
                    t.treatedArea(),
                    t.share().setScale(2, RoundingMode.HALF_UP),
                    t.target().deadline(),
                    false,
                    t.target().source(),
                    t.addedCount(),
                    t.addedArea(),
                    t.addedTreatedCount(),
                    t.addedTreatedArea()));
        }
        Set<String> withTarget = new HashSet<>();
        for (ProgressRow r : own) withTarget.add(r.regionCode());
        // Sum each line into every parent region without a target of its own.
        Map<List<Object>, List<ProgressRow>> byParent = new TreeMap<>(Comparator.comparing(Object::toString));
        for (ProgressRow r : own) {
            for (String parent : tree.ancestors(r.regionCode())
                    .subList(1, tree.ancestors(r.regionCode()).size())) {
                if (withTarget.contains(parent)) continue;
                byParent.computeIfAbsent(List.of(parent, r.year(), r.toDate()), k -> new ArrayList<>())
                        .add(r);
            }
        }
        List<ProgressRow> out = new ArrayList<>(own);
        byParent.forEach((key, rows) -> {
            String region = (String) key.get(0);
            TargetMeasure measure =
                    rows.stream().map(ProgressRow::measure).distinct().count() == 1
                            ? rows.get(0).measure()
                            : TargetMeasure.COUNT;
            BigDecimal baseCount = sum(rows, ProgressRow::baselineCount);
            BigDecimal baseArea = sum(rows, ProgressRow::baselineArea);
            BigDecimal reqCount = sum(rows, ProgressRow::requiredCount);
            BigDecimal reqArea = sum(rows, ProgressRow::requiredArea);
            BigDecimal doneCount = sum(rows, ProgressRow::treatedCount);
            BigDecimal doneArea = sum(rows, ProgressRow::treatedArea);
            boolean byArea = measure == TargetMeasure.AREA;
            out.add(new ProgressRow(
                    region,
                    tree.name(region),
                    tree.level(region),
                    (Integer) key.get(1),
                    (Boolean) key.get(2),
                    measure,
                    baseCount,
                    baseArea,
                    percent(byArea ? reqArea : reqCount, byArea ? baseArea : baseCount),
                    reqCount,
                    reqArea,
                    doneCount,
                    doneArea,
                    percent(byArea ? doneArea : doneCount, byArea ? baseArea : baseCount),
                    null,
                    true,
                    "",
                    sum(rows, ProgressRow::addedCount),
                    sum(rows, ProgressRow::addedArea),
                    sum(rows, ProgressRow::addedTreatedCount),
                    sum(rows, ProgressRow::addedTreatedArea)));
        });
        out.sort(Comparator.comparing(ProgressRow::regionCode)
                .thenComparing(ProgressRow::year)
                .thenComparing(ProgressRow::toDate));
        return out;
    }

    private static BigDecimal part(BigDecimal base, BigDecimal percent) {
        return base.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return org.minecheck.engine.api.Amounts.shareOfStock(part, whole, 2);
    }

    private static BigDecimal sum(List<ProgressRow> rows, java.util.function.Function<ProgressRow, BigDecimal> f) {
        return rows.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package org.minecheck.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minecheck.engine.api.Amounts;
import org.minecheck.model.Dataset;
import org.minecheck.model.FundRecord;
import org.minecheck.model.Mine;
import org.minecheck.regional.RegionTree;

/**
 * The fund table printed beside the findings: per enterprise and per region (county, rolled up to city and province)
 * and year, required against provisioned and used. The required amounts are those the pack's FND-001 rule computed.
 */
public final class FundRates {
    private FundRates() {}

    public static List<FundRate> table(
            Dataset d, List<FundRequirement> requirements, RegionTree tree, LocalDate checkDate) {
        Map<String, Mine> mines = new HashMap<>();
        d.mines.forEach(m -> mines.put(m.id(), m));
        Map<String, String> enterpriseNames = new HashMap<>();
        d.enterprises.forEach(e -> enterpriseNames.put(e.id(), e.name()));
        Map<String, BigDecimal> required = new HashMap<>();
        for (FundRequirement r : requirements)
            if (r.problem() == null) required.put(r.mineId() + "|" + r.year(), r.required());

        // A hash map: the rows are sorted by (kind, id, year) below, which is unique per key, so the map's order never
        // shows; a TreeMap ordered by toString() built two strings per comparison (a fifth of a province's check).
        Map<List<Object>, Sum> sums = new HashMap<>();
        for (FundRecord f : d.funds) {
            Mine m = mines.get(f.mineId());
            if (m == null || checkDate.isBefore(LocalDate.of(f.year(), 12, 31))) continue;
            BigDecimal req = required.get(f.mineId() + "|" + f.year());
            sums.computeIfAbsent(List.of("enterprise", m.operatorId(), f.year()), k -> new Sum())
                    .add(f, req);
            for (String region : tree.ancestors(m.regionCode())) {
                sums.computeIfAbsent(List.of("region", region, f.year()), k -> new Sum())
                        .add(f, req);
            }
        }
        List<FundRate> out = new ArrayList<>();
        // The table is held as long as the check's result: a rate (two decimals) repeats across rows, one instance each
        Map<BigDecimal, BigDecimal> rates = new HashMap<>();
        java.util.function.UnaryOperator<BigDecimal> shared = v -> v == null ? null : rates.computeIfAbsent(v, x -> x);
        sums.forEach((key, s) -> {
            String kind = (String) key.get(0);
            String id = (String) key.get(1);
            boolean enterprise = kind.equals("enterprise");
            out.add(new FundRate(
                    kind,
                    id,
                    enterprise ? enterpriseNames.getOrDefault(id, id) : tree.name(id),
                    enterprise ? null : tree.level(id),
                    (Integer) key.get(2),
                    s.mines,
                    s.withoutRequirement,
                    s.required,
                    s.provisioned,
                    s.used,
                    shared.apply(Amounts.percent(s.provisionedAgainstRequired, s.required)),
                    shared.apply(Amounts.percent(s.used, s.provisioned))));
        });
        out.sort(
                Comparator.comparing(FundRate::kind).thenComparing(FundRate::id).thenComparing(FundRate::year));
        return out;
    }

    private static final class Sum {
        int mines;
        int withoutRequirement;
        BigDecimal required = BigDecimal.ZERO;
        BigDecimal provisioned = BigDecimal.ZERO;
        BigDecimal provisionedAgainstRequired = BigDecimal.ZERO;
        BigDecimal used = BigDecimal.ZERO;

        void add(FundRecord f, BigDecimal req) {
            mines++;
            BigDecimal p = f.provisioned() == null ? BigDecimal.ZERO : f.provisioned();
            provisioned = plus(provisioned, p);
            if (f.used() != null) used = plus(used, f.used());
            if (req == null) {
                withoutRequirement++;
            } else {
                required = plus(required, req);
                provisionedAgainstRequired = plus(provisionedAgainstRequired, p);
            }
        }

        /**
         * The sum, or {@code x} itself when the sum equals it (value and scale: the first amount added to zero, and
         * most enterprises run one mine), so the table shares the dataset's amounts instead of holding copies.
         */
        private static BigDecimal plus(BigDecimal sum, BigDecimal x) {
            BigDecimal r = sum.add(x);
            return r.equals(x) ? x : r;
        }
    }
}

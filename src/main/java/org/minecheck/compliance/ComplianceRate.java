package org.minecheck.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.minecheck.finding.ResultState;

/**
 * The states of one group of (rule, subject) pairs (an area, a department, a region) and its compliance rate: pairs
 * that passed over the pairs decided (passed, failed or waived). NOT_APPLICABLE pairs are left out; CANNOT_DECIDE pairs
 * are not counted either way but stated beside the rate; a waived pair is a failure the regulator accepted for a
 * time, so it is not counted as compliant.
 */
public record ComplianceRate(String group, Map<ResultState, Integer> counts) {
    public ComplianceRate {
        counts = Map.copyOf(counts);
    }

    public int count(ResultState s) {
        return counts.getOrDefault(s, 0);
    }

    public int decided() {
        return count(ResultState.PASS) + count(ResultState.FAIL) + count(ResultState.WAIVED);
    }

    /** Percent with one decimal, or null when nothing in the group was decided. */
    public BigDecimal percent() {
        if (decided() == 0) return null;
        return BigDecimal.valueOf(count(ResultState.PASS) * 100L)
                .divide(BigDecimal.valueOf(decided()), 1, RoundingMode.HALF_UP);
    }

    /** Adds one pair's state. */
    public static Map<ResultState, Integer> add(Map<ResultState, Integer> counts, ResultState s) {
        Map<ResultState, Integer> out = new EnumMap<>(ResultState.class);
        out.putAll(counts);
        out.merge(s, 1, Integer::sum);
        return out;
    }
}

package org.minecheck.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Inclusion probabilities of a Poisson sample proportional to weights: π_i = c·w_i, clamped into [floor, cap], with c
 * chosen so that Σπ_i equals the expected sample size (as near as the clamps allow). Each unit is then drawn
 * independently with its π_i, so π_i is its exact inclusion probability and the Horvitz–Thompson estimator and its
 * variance need nothing else.
 */
public final class InclusionProbabilities {
    private InclusionProbabilities() {}

    public static Map<String, Double> of(Map<String, Double> weights, double expected, double floor, double cap) {
        int n = weights.size();
        Map<String, Double> pi = new LinkedHashMap<>();
        if (n == 0) return pi;
        double lo = Math.max(0, Math.min(floor, cap));
        double hi = Math.min(1, Math.max(floor, cap));
        double target = Math.max(lo * n, Math.min(hi * n, expected));
        Map<String, Double> fixed = new LinkedHashMap<>();
        for (int round = 0; round <= n; round++) {
            double fixedSum =
                    fixed.values().stream().mapToDouble(Double::doubleValue).sum();
            double freeWeight = 0;
            int free = 0;
            for (var e : weights.entrySet()) {
                if (fixed.containsKey(e.getKey())) continue;
                freeWeight += Math.max(0, e.getValue());
                free++;
            }
            double rest = target - fixedSum;
            boolean changed = false;
            for (var e : weights.entrySet()) {
                if (fixed.containsKey(e.getKey())) continue;
                double w = Math.max(0, e.getValue());
                double p = freeWeight > 0 ? rest * w / freeWeight : rest / free;
                if (p > hi) {
                    fixed.put(e.getKey(), hi);
                    changed = true;
                } else if (p < lo) {
                    fixed.put(e.getKey(), lo);
                    changed = true;
                } else {
                    pi.put(e.getKey(), p);
                }
            }
            if (!changed) break;
            pi.clear();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String k : weights.keySet()) {
            double p = fixed.containsKey(k) ? fixed.get(k) : pi.getOrDefault(k, lo);
            out.put(k, Math.max(lo, Math.min(hi, p)));
        }
        return out;
    }
}

package org.minecheck.inspection;

import java.util.List;
import java.util.function.Predicate;

/**
 * The Horvitz–Thompson estimate of a region-wide violation rate from a Poisson sample: rate = Σ_s y_i/π_i / N, with
 * the unbiased variance estimator of Poisson sampling v = Σ_s (1 − π_i) y_i² / π_i² / N², and the normal interval
 * rate ± z·√v (z from parameters.csv).
 */
public record Estimate(
        String item,
        int population,
        int sampled,
        int violating,
        double rate,
        double standardError,
        double low,
        double high) {

    /**
     * @param item      a check item id, or "*" for "any item" (probability: at least one item)
     * @param frame     every enterprise of the frame with its probabilities (from the draw record)
     * @param violates  whether a sampled enterprise violates (has a finding the item covers)
     */
    public static Estimate of(
            String item, List<Drawing.UnitDraw> frame, Predicate<Drawing.UnitDraw> violates, double z) {
        int n = 0;
        int y = 0;
        double total = 0;
        double variance = 0;
        for (Drawing.UnitDraw u : frame) {
            boolean sampled = "*".equals(item) ? u.drawn() : u.drawnItems().contains(item);
            if (!sampled) continue;
            n++;
            double pi = "*".equals(item) ? u.probability() : u.probabilities().get(item);
            if (violates.test(u)) {
                y++;
                total += 1 / pi;
                variance += (1 - pi) / (pi * pi);
            }
        }
        int population = frame.size();
        double rate = population == 0 ? 0 : total / population;
        double se = population == 0 ? 0 : Math.sqrt(variance) / population;
        return new Estimate(item, population, n, y, rate, se, Math.max(0, rate - z * se), Math.min(1, rate + z * se));
    }
}

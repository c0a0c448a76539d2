package org.minecheck.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.minecheck.finding.Evidence;

/**
 * A mine's required restoration-fund provision for one year as the pack's formula computes it, with every step as
 * evidence (each input with its source cell, each factor with its table row, the arithmetic), or the reason it cannot
 * be computed.
 * Amounts in yuan, rounded once, at the end, to the yuan (half up).
 *
 * @param problem null when computed; otherwise a message key suffix naming what is missing (e.g. {@code noPlan})
 */
public record FundRequirement(
        String mineId, int year, String formula, BigDecimal required, List<Evidence> computation, String problem) {

    static FundRequirement computed(
            String mineId, int year, String formula, BigDecimal required, List<Evidence> steps) {
        return new FundRequirement(mineId, year, formula, required, List.copyOf(steps), null);
    }

    static FundRequirement missing(String mineId, int year, String formula, String problem, List<Evidence> known) {
        return new FundRequirement(mineId, year, formula, null, List.copyOf(known), problem);
    }

    /**
     * One finding's evidence: {@code first} (the fund year), then the computation, then {@code more} (the required
     * amount, what was provisioned, the shortfall). The rule names the year and the result itself, so its message
     * placeholders are visibly filled by the rule.
     */
    public Evidence[] evidence(Evidence first, Evidence... more) {
        List<Evidence> all = new ArrayList<>();
        all.add(first);
        all.addAll(computation);
        all.addAll(List.of(more));
        return all.toArray(Evidence[]::new);
    }
}

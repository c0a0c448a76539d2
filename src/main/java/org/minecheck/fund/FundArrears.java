package org.minecheck.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minecheck.engine.api.CheckContext;
import org.minecheck.model.FundRecord;

/**
 * A mine's cumulative restoration-fund arrears (FND-004): year by year, what the formula required minus what was
 * provisioned, carried forward (a provision above the year's requirement pays off earlier arrears), over the years
 * whose requirement could be computed. Years without a computed requirement (DATA-010) are left out and named.
 */
public record FundArrears(
        String mineId,
        int lastYear,
        BigDecimal required,
        BigDecimal provisioned,
        BigDecimal arrears,
        List<String> steps,
        List<Integer> leftOut) {

    /** The arrears over the requirements computed (FundRequirement facts) and the fund records of one mine. */
    public static FundArrears of(String mineId, List<?> requirements, List<?> records) {
        Map<Integer, FundRequirement> byYear = new TreeMap<>();
        List<Integer> leftOut = new ArrayList<>();
        for (Object o : requirements) {
            FundRequirement r = (FundRequirement) o;
            if (r.problem() == null) byYear.put(r.year(), r);
            else leftOut.add(r.year());
        }
        Map<Integer, FundRecord> funds = new TreeMap<>();
        for (Object o : records) {
            FundRecord f = (FundRecord) o;
            funds.put(f.year(), f);
        }
        BigDecimal balance = BigDecimal.ZERO;
        BigDecimal required = BigDecimal.ZERO;
        BigDecimal provisioned = BigDecimal.ZERO;
        List<String> steps = new ArrayList<>();
        int last = 0;
        for (var e : byYear.entrySet()) {
            FundRecord f = funds.get(e.getKey());
            BigDecimal p = f == null || f.provisioned() == null ? BigDecimal.ZERO : f.provisioned();
            BigDecimal req = e.getValue().required();
            BigDecimal before = balance;
            balance = balance.add(req).subtract(p);
            required = required.add(req);
            provisioned = provisioned.add(p);
            steps.add(e.getKey() + ": " + FundCalculator.plain(before) + " + " + FundCalculator.plain(req) + " − "
                    + FundCalculator.plain(p) + " = " + FundCalculator.plain(balance));
            last = e.getKey();
        }
        leftOut.sort(Comparator.naturalOrder());
        return new FundArrears(mineId, last, required, provisioned, balance, List.copyOf(steps), List.copyOf(leftOut));
    }

    /** The 31 December of the last year counted: the conduct the arrears describe. */
    public java.time.LocalDate conductDate() {
        return CheckContext.yearEnd(lastYear);
    }

    /** The year-by-year arithmetic: "2023: 0 + 1000000 − 600000 = 400000; 2024: …". */
    public String arithmetic() {
        return String.join("; ", steps);
    }

    /** The years left out (no computable requirement), or null when none was. */
    public List<Integer> yearsLeftOut() {
        return leftOut.isEmpty() ? null : leftOut;
    }
}

package org.minecheck.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.minecheck.engine.api.CheckContext;
import org.minecheck.engine.api.ParamRow;
import org.minecheck.engine.api.Setting;
import org.minecheck.finding.Evidence;
import org.minecheck.model.Approval;
import org.minecheck.model.ApprovalKind;
import org.minecheck.model.FundRecord;
import org.minecheck.model.Mine;
import org.minecheck.model.Production;

/**
 * The arithmetic of the restoration-fund formulas, called from the fund rules. Every number comes from the pack (rates,
 * factors, the floor percentage, which year's output) or from the workbook; this class only selects the inputs and
 * multiplies. Money is BigDecimal, rounded once at the end to the yuan, half up ({@link #ROUNDING}).
 *
 * <p>Two formulas:
 * <ul>
 *   <li>{@link #national}: the principle of 财建〔2017〕638号 — the plan's total restoration cost amortised by output:
 *       plan cost × output ÷ the plan's reserves (or planned total output), with an optional first-year floor.</li>
 *   <li>{@link #perTonne}: a provincial per-tonne formula (鄂尔多斯): the product of factors looked up in the pack's
 *       tables × output, never below the plan-based need.</li>
 * </ul>
 */
public final class FundCalculator {
    /** Rounding of every money amount: to the yuan, half up (0.5 yuan and more rounds up). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    static final String NATIONAL = "national";

    /** Mine attributes a factor table may condition on; a table's columns with these names must match the mine. */
    static final Set<String> ATTRIBUTES = Set.of(
            "fund_class",
            "mineral",
            "method",
            "technique",
            "open_pit_depth_m",
            "land_type",
            "region_code",
            "price_yuan_per_t");

    private static final Set<String> RANGES = Set.of("open_pit_depth_m", "price_yuan_per_t");

    private FundCalculator() {}

    /**
     * Required provision for {@code fund}'s year: plan cost × output ÷ plan reserves. Output is that of the fund year
     * minus {@code outputYearOffset} (0: the same year). In the plan's approval year the provision is at least
     * {@code firstYearFloorPercent} % of the plan cost (0: no floor).
     */
    public static FundRequirement national(
            FundRecord fund,
            Mine mine,
            List<?> approvals,
            List<?> production,
            Setting outputYearOffset,
            Setting firstYearFloorPercent) {
        int year = fund.year();
        List<Evidence> steps = new ArrayList<>();
        Approval plan = planFor(approvals, mine.id(), year);
        String problem = planProblem(plan);
        if (problem != null)
            return FundRequirement.missing(mine.id(), year, NATIONAL, problem, planEvidence(plan, steps));
        planEvidence(plan, steps);
        int outputYear = year - outputYearOffset.intValue();
        Production p = productionFor(production, mine.id(), outputYear);
        steps.add(Evidence.value("outputYear", outputYear));
        if (p == null || p.output() == null)
            return FundRequirement.missing(mine.id(), year, NATIONAL, "noOutput", steps);
        steps.add(Evidence.field(p, "output"));
        BigDecimal amortised = amortise(plan, p.output());
        steps.add(Evidence.value("outputShare", p.output().divide(plan.planReserves(), 6, ROUNDING)));
        steps.add(Evidence.value(
                "arithmetic",
                plain(plan.planCost()) + " × " + plain(p.output()) + " ÷ " + plain(plan.planReserves()) + " = "
                        + plain(amortised)));
        steps.add(Evidence.value("amortised", amortised));
        BigDecimal required = amortised;
        BigDecimal percent = firstYearFloorPercent.value();
        if (percent.signum() > 0 && plan.approvedOn().getYear() == year) {
            BigDecimal floor = plan.planCost().multiply(percent).divide(BigDecimal.valueOf(100), 0, ROUNDING);
            steps.add(firstYearFloorPercent.evidence("firstYearFloorPercent"));
            steps.add(Evidence.value("firstYearFloor", floor));
            required = required.max(floor);
        }
        return FundRequirement.computed(mine.id(), year, NATIONAL, required, steps);
    }

    /**
     * Required provision by a per-tonne formula: the product of one factor from each group of tables × output, rounded
     * to the yuan, and never below the plan-based need (plan cost × output ÷ plan reserves) where that can be computed.
     *
     * <p>A group names one table or several joined by {@code |} (the open-pit and underground tables are one choice);
     * a group starting with {@code ?} applies only to minerals its rows name in a {@code mineral} column (the coal-price
     * factor). In each group the row whose conditions all match the mine is used (the most specific one when a general
     * {@code *} row also matches); its {@code factor} column is the factor.
     */
    public static FundRequirement perTonne(
            String formula,
            FundRecord fund,
            Mine mine,
            List<?> paramRows,
            List<?> approvals,
            List<?> production,
            Setting outputYearOffset,
            String... factorGroups) {
        int year = fund.year();
        List<Evidence> steps = new ArrayList<>();
        int outputYear = year - outputYearOffset.intValue();
        Production p = productionFor(production, mine.id(), outputYear);
        List<ParamRow> rows = paramRows.stream().map(ParamRow.class::cast).toList();

        Map<String, Object> attributes = new LinkedHashMap<>();
        ParamRow mineral = rows.stream()
                .filter(r -> r.table().equals("minerals") && r.is("code", mine.mineral()))
                .findFirst()
                .orElse(null);
        attributes.put("mineral", mine.mineral());
        attributes.put(
                "fund_class",
                mineral == null || mineral.text("fund_class").isBlank() ? null : mineral.text("fund_class"));
        attributes.put("method", mine.method());
        attributes.put("technique", mine.technique());
        attributes.put("open_pit_depth_m", mine.openPitDepth());
        attributes.put("land_type", mine.landType());
        attributes.put("region_code", mine.regionCode());
        BigDecimal price = p == null
                        || p.revenue() == null
                        || p.output() == null
                        || p.output().signum() == 0
                ? null
                : p.revenue().divide(p.output(), 2, ROUNDING);
        attributes.put("price_yuan_per_t", price);
        if (mineral != null) steps.add(mineral.evidence("fundClass", "fund_class"));

        List<BigDecimal> factors = new ArrayList<>();
        List<String> factorText = new ArrayList<>();
        for (String group : factorGroups) {
            boolean optional = group.startsWith("?");
            Set<String> tables = Set.of((optional ? group.substring(1) : group).split("\\|"));
            List<ParamRow> candidates =
                    rows.stream().filter(r -> tables.contains(r.table())).toList();
            if (optional
                    && candidates.stream()
                            .noneMatch(r -> !r.text("mineral").isBlank() && r.matches("mineral", mine.mineral()))) {
                continue;
            }
            if (optional && price != null) {
                steps.add(Evidence.field(p, "revenue"));
                steps.add(Evidence.value("averagePrice", price));
            }
            List<ParamRow> matched =
                    candidates.stream().filter(r -> matchesMine(r, attributes)).toList();
            int best =
                    matched.stream().mapToInt(FundCalculator::specificity).max().orElse(-1);
            List<ParamRow> chosen =
                    matched.stream().filter(r -> specificity(r) == best).toList();
            if (chosen.size() != 1) {
                steps.add(Evidence.value("factorTable", String.join(", ", new java.util.TreeSet<>(tables))));
                conditionEvidence(candidates, attributes, steps);
                return FundRequirement.missing(
                        mine.id(), year, formula, chosen.isEmpty() ? "noFactorRow" : "severalFactorRows", steps);
            }
            ParamRow row = chosen.get(0);
            BigDecimal factor = row.number("factor");
            if (factor == null) {
                steps.add(Evidence.value("factorTable", row.table()));
                return FundRequirement.missing(mine.id(), year, formula, "noFactorRow", steps);
            }
            steps.add(row.evidence("factor." + row.table(), "factor"));
            factors.add(factor);
            factorText.add(row.text("factor").strip());
        }

        steps.add(Evidence.value("outputYear", outputYear));
        if (p == null || p.output() == null)
            return FundRequirement.missing(mine.id(), year, formula, "noOutput", steps);
        steps.add(Evidence.field(p, "output"));
        BigDecimal product = p.output();
        for (BigDecimal f : factors) product = product.multiply(f);
        BigDecimal byFormula = product.setScale(0, ROUNDING);
        steps.add(Evidence.value(
                "arithmetic", String.join(" × ", factorText) + " × " + plain(p.output()) + " = " + plain(byFormula)));
        steps.add(Evidence.value("byFormula", byFormula));

        BigDecimal required = byFormula;
        Approval plan = planFor(approvals, mine.id(), year);
        if (planProblem(plan) == null) {
            planEvidence(plan, steps);
            BigDecimal need = amortise(plan, p.output());
            steps.add(Evidence.value(
                    "planArithmetic",
                    plain(plan.planCost()) + " × " + plain(p.output()) + " ÷ " + plain(plan.planReserves()) + " = "
                            + plain(need)));
            steps.add(Evidence.value("planBasedNeed", need));
            required = required.max(need);
        } else {
            steps.add(Evidence.value("planBasedNeed", "none"));
        }
        return FundRequirement.computed(mine.id(), year, formula, required, steps);
    }

    /** plan cost × output ÷ plan reserves, rounded to the yuan: one rounding, after the division. */
    static BigDecimal amortise(Approval plan, BigDecimal output) {
        return plan.planCost().multiply(output).divide(plan.planReserves(), 0, ROUNDING);
    }

    /**
     * The geo-environment protection and reclamation plan that governs {@code year}: approved by the year's end, not
     * expired before it began; the most recently approved one if several.
     */
    public static Approval planFor(List<?> approvals, String mineId, int year) {
        LocalDate end = CheckContext.yearEnd(year);
        LocalDate start = LocalDate.of(year, 1, 1);
        return approvals.stream()
                .filter(Approval.class::isInstance)
                .map(Approval.class::cast)
                .filter(a ->
                        a.kind() == ApprovalKind.RECLAMATION_PLAN && a.mineId().equals(mineId))
                .filter(a -> a.approvedOn() != null && !a.approvedOn().isAfter(end))
                .filter(a -> a.validUntil() == null || !a.validUntil().isBefore(start))
                .max(Comparator.comparing(Approval::approvedOn)
                        .thenComparing(a -> Objects.toString(a.documentNo(), "")))
                .orElse(null);
    }

    static Production productionFor(List<?> production, String mineId, int year) {
        return production.stream()
                .filter(Production.class::isInstance)
                .map(Production.class::cast)
                .filter(x -> x.mineId().equals(mineId) && x.year() == year)
                .findFirst()
                .orElse(null);
    }

    private static String planProblem(Approval plan) {
        if (plan == null) return "noPlan";
        if (plan.planCost() == null) return "noPlanCost";
        if (plan.planReserves() == null || plan.planReserves().signum() <= 0) return "noPlanReserves";
        return null;
    }

    private static List<Evidence> planEvidence(Approval plan, List<Evidence> steps) {
        if (plan == null) return steps;
        steps.add(Evidence.field("plan", plan, "documentNo"));
        steps.add(Evidence.field(plan, "planCost"));
        steps.add(Evidence.field(plan, "planReserves"));
        return steps;
    }

    private static boolean matchesMine(ParamRow row, Map<String, Object> attributes) {
        for (String column : row.values().keySet()) {
            if (!ATTRIBUTES.contains(column)) continue;
            Object v = attributes.get(column);
            boolean ok = RANGES.contains(column) ? row.inInterval(column, (BigDecimal) v) : row.matches(column, v);
            if (!ok) return false;
        }
        return true;
    }

    /** How many conditions a row actually sets: a county's own row beats the general * row. */
    private static int specificity(ParamRow row) {
        return (int) row.values().entrySet().stream()
                .filter(e -> ATTRIBUTES.contains(e.getKey())
                        && !e.getValue().isBlank()
                        && !e.getValue().equals("*"))
                .count();
    }

    /** The mine's values for the columns a table conditions on, so the missing row can be found or added by hand. */
    private static void conditionEvidence(
            List<ParamRow> candidates, Map<String, Object> attributes, List<Evidence> steps) {
        Set<String> used = candidates.stream()
                .flatMap(r -> r.values().keySet().stream())
                .filter(ATTRIBUTES::contains)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String column : used)
            steps.add(Evidence.value("mine." + column, Objects.requireNonNullElse(attributes.get(column), "—")));
    }

    static String plain(BigDecimal v) {
        BigDecimal t = v.stripTrailingZeros();
        return (t.scale() < 0 ? t.setScale(0) : t).toPlainString();
    }
}

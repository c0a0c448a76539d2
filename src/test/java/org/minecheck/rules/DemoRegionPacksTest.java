package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.testing.Fires;
import org.minecheck.testing.TestRules;

/**
 * The demo region shows every rule of the four packs firing, as of the README's check date, with both the national
 * and the Ordos fund formula. The demo workbook is built separately; until it is in the tree this test is skipped.
 */
class DemoRegionPacksTest {
    private static final Path DEMO = Path.of("test-data/demo-region.xlsx");
    private static final LocalDate CHECK = LocalDate.of(2025, 12, 31);

    @Test
    void everyFundAssessmentTargetAndHistoricalRuleFiresInTheDemo() {
        assumeTrue(Files.exists(DEMO), "test-data/demo-region.xlsx is not in the tree yet");

        CheckResult r = TestRules.runner().check(List.of(DEMO), CHECK);

        assertThat(r.problems()).isEmpty();
        Set<String> fired = r.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertThat(fired)
                .contains(
                        "FND-001",
                        "FND-002",
                        "FND-003",
                        "FND-004",
                        "FND-005",
                        "ENV-001",
                        "ENV-002",
                        "ENV-003",
                        "ENV-004",
                        "ENV-005",
                        "ENV-006",
                        "TGT-001",
                        "TGT-002",
                        "TGT-003",
                        "TGT-004",
                        "HIS-001",
                        "HIS-002",
                        "HIS-003",
                        "HIS-004",
                        "DATA-015",
                        "DATA-016",
                        "DATA-017",
                        "DATA-018",
                        "DATA-019");
        assertThat(r.result(org.minecheck.fund.FundExtension.Rates.class)
                        .orElseThrow()
                        .rows())
                .isNotEmpty();
        assertThat(r.result(org.minecheck.regional.RegionalExtension.Progress.class)
                        .orElseThrow()
                        .rows())
                .isNotEmpty();
    }

    /** A finding as the README's table names it: rule, subject (mine, region or patch; a licence by its mine) and year. */
    record Planted(String rule, String subject, String year) {}

    /**
     * Every fund, assessment, target, historical-mine and data finding the demo must give as of 2025-12-31, once each
     * (two TGT-002 a year on M29: the licensed scale and the coal over-capacity hazard); nothing more. The DATA findings
     * are the ones planted for the blank-cell rules (and the unlicensed pit M03's missing start date); a clean mine
     * files every cell its checks need. See test-data/README.md.
     */
    private static final List<Planted> PLANTED = List.of(
            new Planted("FND-001", "M09", "2024"),
            new Planted("FND-001", "M09", "2025"), // provisioned 38 %, 12 %
            new Planted("FND-002", "M13", "2025"),
            new Planted("FND-002", "M13", "2025"), // no account, no plan filed
            new Planted("FND-003", "M39", "2024"),
            new Planted("FND-003", "M39", "2025"), // fund idle, restoration lags
            new Planted("FND-004", "M09", null), // 7,090,356 yuan owed
            new Planted("FND-005", "M39", "2025"), // balance 50,000 off
            new Planted("ENV-001", "M03", null),
            new Planted("ENV-001", "M42", null), // no EIA approval
            new Planted("ENV-002", "M03", null),
            new Planted("ENV-002", "M32", null),
            new Planted("ENV-002", "M42", null),
            new Planted("ENV-003", "M36", null),
            new Planted("ENV-003", "M36", "2024"),
            new Planted("ENV-003", "M36", "2025"),
            new Planted("ENV-004", "M03", null),
            new Planted("ENV-004", "M21", null), // no soil and water plan
            new Planted("ENV-005", "M03", null),
            new Planted("ENV-005", "M06", null), // no plan / plan lapsed
            new Planted("ENV-006", "M26", "2024"),
            new Planted("ENV-006", "M26", "2025"),
            new Planted("ENV-006", "M39", "2024"),
            new Planted("ENV-006", "M39", "2025"),
            new Planted("TGT-001", "M13", "2023"),
            new Planted("TGT-001", "M13", "2024"),
            new Planted("TGT-001", "M13", "2025"),
            new Planted("TGT-002", "M29", "2024"),
            new Planted("TGT-002", "M29", "2024"),
            new Planted("TGT-002", "M29", "2025"),
            new Planted("TGT-002", "M29", "2025"),
            new Planted("TGT-003", "M18", null), // new quarry not green
            new Planted("TGT-004", "140603", null), // 13 of 31 against 45 %
            new Planted("HIS-001", "140603", "2025"),
            new Planted("HIS-002", "140603", null),
            new Planted("HIS-003", "M35", null), // patch H13 in M35's licence
            new Planted("HIS-003", "H21", null), // in M15's cancelled licence
            new Planted("HIS-004", "H17", null), // acceptance refused
            new Planted("DATA-015", "M32-S1", null), // shaft: highest blank
            new Planted("DATA-016", "M42", "2025"), // licence: no scale
            new Planted("DATA-017", "M18", null), // no design capacity
            new Planted("DATA-018", "M03", null),
            new Planted("DATA-018", "M17", null), // no production start
            new Planted("DATA-019", "M21", null)); // plan: no end

    @Test
    @Fires({
        "FND-001", "FND-002", "FND-003", "ENV-001", "ENV-002", "ENV-003", "ENV-004", "ENV-005", "ENV-006", "TGT-001",
        "TGT-002", "TGT-003", "TGT-004", "HIS-001", "HIS-002", "HIS-003", "HIS-004"
    })
    void everyPackRuleFiresOnlyOnTheSubjectsPlantedForIt() {
        assumeTrue(Files.exists(DEMO), "test-data/demo-region.xlsx is not in the tree yet");

        CheckResult r = TestRules.runner().check(List.of(DEMO), CHECK);

        List<Planted> found = r.findings().stream()
                .filter(f -> !f.ruleId().startsWith("LIC-") && !f.ruleId().startsWith("BND-"))
                .map(f -> planted(r, f))
                .toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(PLANTED);
    }

    @Test
    void thePlantedPackFindingsCarryThePlantedNumbers() {
        assumeTrue(Files.exists(DEMO), "test-data/demo-region.xlsx is not in the tree yet");

        CheckResult r = TestRules.runner().check(List.of(DEMO), CHECK);

        Finding fund = one(r, "FND-001", "M09", "2024");
        assertThat((java.math.BigDecimal) fund.evidenceValue("required")).isEqualByComparingTo("5185297");
        assertThat((java.math.BigDecimal) fund.evidenceValue("shortfall")).isEqualByComparingTo("3225297");
        assertThat(fund.evidenceValue("firstYearFloor"))
                .as("the national pack has no first-year floor")
                .isNull();
        Finding green = one(r, "TGT-004", "140603", null);
        assertThat(green.evidenceValue("producingMines")).isEqualTo(31);
        assertThat(green.evidenceValue("greenMines")).isEqualTo(13);
        assertThat((java.math.BigDecimal) green.evidenceValue("targetShare")).isEqualByComparingTo("45");
        assertThat(one(r, "TGT-002", "M29", "2025").evidenceValue("excessPercent"))
                .asString()
                .isEqualTo("20.00");
        assertThat(one(r, "ENV-003", "M36", "2025").evidenceValue("excessPercent"))
                .asString()
                .isEqualTo("43.33");
        assertThat(r.result(org.minecheck.fund.FundExtension.Rates.class)
                        .orElseThrow()
                        .rows())
                .filteredOn(x -> x.kind().equals("enterprise"))
                .allSatisfy(x -> assertThat(x.minesWithoutRequirement())
                        .as(x.id() + " " + x.year())
                        .isZero());
    }

    private static Finding one(CheckResult r, String rule, String subject, String year) {
        List<Finding> hits = r.findings().stream()
                .filter(f -> planted(r, f).equals(new Planted(rule, subject, year)))
                .toList();
        assertThat(hits).as(rule + " " + subject + " " + year).isNotEmpty();
        return hits.get(0);
    }

    private static Planted planted(CheckResult r, Finding f) {
        String subject = f.subject().id();
        if (f.subject().type().equals("licence")) {
            subject = r.dataset().licences.stream()
                    .filter(l -> l.number().equals(f.subject().id()))
                    .map(org.minecheck.model.Licence::mineId)
                    .findFirst()
                    .orElse(subject);
        }
        Object year = f.evidenceValue("fundYear") != null ? f.evidenceValue("fundYear") : f.evidenceValue("year");
        return new Planted(f.ruleId(), subject, year == null ? null : year.toString());
    }

    @Test
    @Fires(value = "FND-001", pack = "rules-ordos")
    void theOrdosPackRunsOnTheDemo() {
        assumeTrue(Files.exists(DEMO), "test-data/demo-region.xlsx is not in the tree yet");

        CheckResult r = TestRules.runner(TestRules.ordos()).check(List.of(DEMO), CHECK);

        assertThat(r.problems()).isEmpty();
        assertThat(r.findings())
                .filteredOn(f -> f.ruleId().equals("FND-001"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.evidence()).anyMatch(e -> e.name().startsWith("factor.ordos-table1")));
    }
}

package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.Finding;
import org.minecheck.finding.ParamValue;
import org.minecheck.ingest.DatasetWriter;
import org.minecheck.model.*;
import org.minecheck.report.FindingText;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

class FundRulesTest {
    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    /** M1 with the §8.4 example: plan cost 12,000,000 yuan on 6,000,000 t (approved 2020), 2024 output 500,000 t. */
    private static Dataset amortisationExample(String provisioned) {
        Dataset d = compliantMine();
        d.production.clear();
        d.production.add(production("M1", 2024, "500000", "92", "80", "80"));
        d.funds.clear();
        d.funds.add(fund("M1", 2024, provisioned, "0", provisioned));
        return d;
    }

    private static BigDecimal amount(Finding f, String name) {
        return (BigDecimal) f.evidenceValue(name);
    }

    private static BigDecimal factor(Finding f, String name) {
        return (BigDecimal) ((ParamValue) f.evidenceValue(name)).value();
    }

    @Nested
    @DisplayName("FND-001 national: plan cost amortised by output")
    class NationalFormula {

        @Test
        @Fires("FND-001")
        void firesOneYuanShortOfTheAmortisedCost() {
            var findings = TestRules.check(amortisationExample("999999"), CHECK, "FND-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("M1");
                assertThat(amount(f, "required")).isEqualByComparingTo("1000000");
                assertThat(amount(f, "shortfall")).isEqualByComparingTo("1");
                assertThat(f.evidenceValue("arithmetic")).isEqualTo("12000000 × 500000 ÷ 6000000 = 1000000");
                assertThat(f.evidenceValue("firstYearFloor")).isNull();
            });
        }

        @Test
        @Quiet("FND-001")
        void staysQuietWhenExactlyTheAmortisedCostIsProvisioned() {
            assertThat(TestRules.check(amortisationExample("1000000"), CHECK, "FND-001"))
                    .isEmpty();
        }

        /** The §8.4 example with its plan approved in the fund year itself (2024): the plan's first year. */
        private static Dataset firstYearOfThePlan(String provisioned) {
            Dataset d = amortisationExample(provisioned);
            d.approvals.removeIf(a -> a.kind() == ApprovalKind.RECLAMATION_PLAN);
            d.approvals.add(
                    plan("M1", "2024-02-01", "2034-12-31", "12000000", "6000000", MiningMethod.OPEN_PIT, "900000"));
            return d;
        }

        /** A pack that sets the first-year floor as the 山东 2020 draft does (20 % of the plan cost). */
        private static org.minecheck.engine.RuleBook withTwentyPercentFloor() {
            return TestRules.withSettings("fund.national.first-year-floor-percent,20,%,山东 draft 2020");
        }

        @Test
        void inThePlansFirstYearAPacksTwentyPercentFloorApplies() {
            Dataset d = firstYearOfThePlan("2399999");

            var findings = TestRules.check(withTwentyPercentFloor(), d, CHECK, "FND-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(amount(f, "amortised")).isEqualByComparingTo("1000000");
                assertThat(amount(f, "firstYearFloor")).isEqualByComparingTo("2400000");
                assertThat(amount(f, "required")).isEqualByComparingTo("2400000");
                assertThat(amount(f, "shortfall")).isEqualByComparingTo("1");
            });
            d.funds.set(0, fund("M1", 2024, "2400000", "0", "2400000"));
            assertThat(TestRules.check(withTwentyPercentFloor(), d, CHECK, "FND-001"))
                    .isEmpty();
        }

        @Test
        void aPacksFloorAppliesOnlyInThePlansApprovalYear() {
            // The same plan approved a year earlier: 2024 is its second year, the amortised cost alone is required.
            Dataset d = firstYearOfThePlan("1000000");
            d.approvals.removeIf(a -> a.kind() == ApprovalKind.RECLAMATION_PLAN);
            d.approvals.add(
                    plan("M1", "2023-12-31", "2034-12-31", "12000000", "6000000", MiningMethod.OPEN_PIT, "900000"));

            assertThat(TestRules.check(withTwentyPercentFloor(), d, CHECK, "FND-001"))
                    .isEmpty();
        }

        @Test
        @Fires("FND-001")
        @Quiet("FND-001")
        void theNationalPackHasNoFirstYearFloor() {
            // 财建〔2017〕638号 sets no floor: in the plan's first year the amortised cost is all that is required.
            assertThat(TestRules.book()
                            .setting("fund.national.first-year-floor-percent")
                            .value())
                    .isZero();
            assertThat(TestRules.check(firstYearOfThePlan("1000000"), CHECK, "FND-001"))
                    .isEmpty();
            assertThat(TestRules.check(firstYearOfThePlan("999999"), CHECK, "FND-001"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(amount(f, "required")).isEqualByComparingTo("1000000");
                        assertThat(f.evidenceValue("firstYearFloor")).isNull();
                    });
        }

        @Test
        @Fires("FND-001")
        @Quiet("FND-001")
        void roundsToTheYuanHalfUpOnceAfterTheDivision() {
            // 12,000,006 × 500,000 ÷ 6,000,000 = 1,000,000.5 → 1,000,001; 12,000,005 → 1,000,000.41… → 1,000,000
            Dataset d = amortisationExample("1000000");
            d.approvals.removeIf(a -> a.kind() == ApprovalKind.RECLAMATION_PLAN);
            d.approvals.add(
                    plan("M1", "2020-03-01", "2030-12-31", "12000006", "6000000", MiningMethod.OPEN_PIT, "900000"));
            assertThat(TestRules.check(d, CHECK, "FND-001"))
                    .singleElement()
                    .satisfies(f -> assertThat(amount(f, "required")).isEqualByComparingTo("1000001"));

            d.approvals.removeIf(a -> a.kind() == ApprovalKind.RECLAMATION_PLAN);
            d.approvals.add(
                    plan("M1", "2020-03-01", "2030-12-31", "12000005", "6000000", MiningMethod.OPEN_PIT, "900000"));
            assertThat(TestRules.check(d, CHECK, "FND-001")).isEmpty();
        }

        @Test
        @Fires("FND-001")
        @Quiet("FND-001")
        void aYearIsJudgedOnlyFromItsLastDay() {
            Dataset d = amortisationExample("0");

            assertThat(TestRules.check(d, LocalDate.of(2024, 12, 30), "FND-001"))
                    .isEmpty();
            assertThat(TestRules.check(d, LocalDate.of(2024, 12, 31), "FND-001"))
                    .hasSize(1);
        }

        @Test
        @Fires("DATA-010")
        @Quiet("FND-001")
        void withoutAPlanCoveringTheYearTheRequirementIsReportedAsUncomputable() {
            Dataset d = amortisationExample("0");
            d.approvals.removeIf(a -> a.kind() == ApprovalKind.RECLAMATION_PLAN);

            assertThat(TestRules.check(d, CHECK, "FND-001")).isEmpty();
            assertThat(TestRules.check(d, CHECK, "DATA-010"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.evidenceValue("problem")).isEqualTo("noPlan"));
        }

        @Test
        @Quiet("DATA-010")
        void staysQuietForDataWhenTheRequirementCanBeComputed() {
            assertThat(TestRules.check(amortisationExample("0"), CHECK, "DATA-010"))
                    .isEmpty();
        }

        @Test
        void evidenceNamesTheWorkbookCellOfEveryInput(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("fund.xlsx");
            try (var out = Files.newOutputStream(file)) {
                DatasetWriter.write(
                        amortisationExample("600000"), TestRules.book().minerals(), false, out);
            }

            var result = TestRules.runner().check(List.of(file), CHECK);

            assertThat(result.problems()).isEmpty();
            Finding f = result.findings().stream()
                    .filter(x -> x.ruleId().equals("FND-001"))
                    .findFirst()
                    .orElseThrow();
            assertThat(cellOf(f, "planCost")).startsWith("审批与方案");
            assertThat(cellOf(f, "planReserves")).startsWith("审批与方案");
            assertThat(cellOf(f, "output")).startsWith("生产情况");
            assertThat(cellOf(f, "provisioned")).startsWith("治理恢复基金");
            assertThat(amount(f, "shortfall")).isEqualByComparingTo("400000");
            assertThat(amount(f, "provisioningRate")).isEqualByComparingTo("60");
        }

        private static String cellOf(Finding f, String name) {
            Evidence e = f.evidence().stream()
                    .filter(x -> x.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            assertThat(e.cell()).as(name + " has a cell").isNotNull();
            return e.cell().sheet() + "!" + e.cell().column() + e.cell().row();
        }
    }

    @Nested
    @DisplayName("FND-001 Ordos pack: per-tonne formula with tables 1-6")
    class OrdosFormula {

        /** Open-pit coal, other method, grassland; 2023 output 1,000,000 t; the 2024 provision is judged. */
        private Dataset openPitCoal(String provisioned) {
            Dataset d = compliantMine();
            d.mines.set(
                    0,
                    mine(
                            "M1",
                            "E1",
                            "coal",
                            MiningMethod.OPEN_PIT,
                            MiningTechnique.OTHER_OPEN_PIT,
                            "60",
                            LandType.GRASSLAND));
            d.production.clear();
            d.production.add(production("M1", 2023, "1000000", "650000000"));
            d.funds.clear();
            d.funds.add(fund("M1", 2024, provisioned, "0", provisioned));
            return d;
        }

        @Test
        @Fires(value = "FND-001", pack = "rules-ordos")
        @Quiet(value = "FND-001", pack = "rules-ordos")
        void openPitCoalOnGrasslandNeedsThirteenMillionSevenHundredFiftyThousand() {
            var findings = TestRules.checkOrdos(openPitCoal("13749999"), CHECK, "FND-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(factor(f, "factor.ordos-table1-base-rates")).isEqualByComparingTo("5.5");
                assertThat(factor(f, "factor.ordos-table2-open-pit")).isEqualByComparingTo("2.5");
                assertThat(factor(f, "factor.ordos-table4-land")).isEqualByComparingTo("1.0");
                assertThat(factor(f, "factor.ordos-table5-region")).isEqualByComparingTo("1.0");
                assertThat(factor(f, "factor.ordos-table6-coal-price")).isEqualByComparingTo("1.0");
                assertThat(((ParamValue) f.evidenceValue("factor.ordos-table5-region")).placeholder())
                        .isTrue();
                assertThat(f.evidenceValue("arithmetic")).isEqualTo("5.5 × 2.5 × 1.0 × 1.0 × 1.0 × 1000000 = 13750000");
                assertThat(amount(f, "planBasedNeed")).isEqualByComparingTo("2000000");
                assertThat(amount(f, "required")).isEqualByComparingTo("13750000");
                assertThat(amount(f, "shortfall")).isEqualByComparingTo("1");
                assertThat(amount(f, "averagePrice")).isEqualByComparingTo("650");
            });
            assertThat(TestRules.checkOrdos(openPitCoal("13750000"), CHECK, "FND-001"))
                    .isEmpty();
        }

        @Test
        void eachFactorPointsAtItsTableRow() {
            Finding f = TestRules.checkOrdos(openPitCoal("0"), CHECK, "FND-001").get(0);

            Evidence openPit = f.evidence().stream()
                    .filter(e -> e.name().equals("factor.ordos-table2-open-pit"))
                    .findFirst()
                    .orElseThrow();
            assertThat(openPit.cell().file()).isEqualTo("rules-ordos/params/ordos-table2-open-pit.csv");
            assertThat(openPit.cell().row())
                    .isEqualTo(4); // comment line, header, top-down slicing, then "other method"
            assertThat(openPit.cell().column()).isEqualTo("E");
        }

        @Test
        void placeholderFactorsSaySoInTheReportInBothLanguages() {
            Finding f = TestRules.checkOrdos(openPitCoal("0"), CHECK, "FND-001").get(0);

            var zh = new FindingText(TestRules.ordos(), org.minecheck.i18n.Texts.CHINESE, CHECK).evidence(f);
            var en = new FindingText(TestRules.ordos(), org.minecheck.i18n.Texts.ENGLISH, CHECK).evidence(f);

            assertThat(zh)
                    .filteredOn(e -> e.name().equals("factor.ordos-table5-region"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.value()).contains("未核实的占位值"));
            assertThat(en)
                    .filteredOn(e -> e.name().equals("factor.ordos-table6-coal-price"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.value()).startsWith("1").contains("unverified placeholder"));
            assertThat(en)
                    .filteredOn(e -> e.name().equals("factor.ordos-table2-open-pit"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.value()).doesNotContain("unverified"));
            assertThat(new FindingText(TestRules.ordos(), org.minecheck.i18n.Texts.ENGLISH, CHECK).basisLine(f))
                    .contains("(unverified)");
        }

        @Test
        @Fires(value = "FND-001", pack = "rules-ordos")
        @Quiet(value = "FND-001", pack = "rules-ordos")
        void undergroundMetalMineWithCavingOnFarmlandNeedsThreeHundredThirtySixThousand() {
            Dataset d = compliantMine();
            d.mines.set(
                    0,
                    mine(
                            "M1",
                            "E1",
                            "copper",
                            MiningMethod.UNDERGROUND,
                            MiningTechnique.SUBSIDENCE_ALLOWED,
                            null,
                            LandType.FARMLAND));
            d.licences.replaceAll(l -> l.kind() == LicenceKind.MINING
                    ? new Licence(
                            l.number(),
                            l.kind(),
                            l.mineId(),
                            l.holderId(),
                            List.of("copper"),
                            l.validFrom(),
                            l.validUntil(),
                            l.status(),
                            l.capacity(),
                            l.issuer(),
                            null)
                    : l);
            d.production.clear();
            d.production.add(production("M1", 2023, "200000", null));
            smallPlan(d);
            d.funds.clear();
            d.funds.add(fund("M1", 2024, "335999", "0", "335999"));

            var findings = TestRules.checkOrdos(d, CHECK, "FND-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("arithmetic")).isEqualTo("1.0 × 1.2 × 1.4 × 1.0 × 200000 = 336000");
                assertThat(factor(f, "factor.ordos-table3-underground")).isEqualByComparingTo("1.2");
                assertThat(f.evidenceValue("factor.ordos-table6-coal-price"))
                        .as("no coal-price factor for copper")
                        .isNull();
                assertThat(amount(f, "required")).isEqualByComparingTo("336000");
            });
            d.funds.set(0, fund("M1", 2024, "336000", "0", "336000"));
            assertThat(TestRules.checkOrdos(d, CHECK, "FND-001")).isEmpty();
        }

        /** A plan whose need (1,000,000 yuan on 100,000,000 t) stays below the formula, so the formula decides. */
        private void smallPlan(Dataset d) {
            d.approvals.removeIf(a -> a.kind() == ApprovalKind.RECLAMATION_PLAN);
            d.approvals.add(
                    plan("M1", "2020-03-01", "2030-12-31", "1000000", "100000000", MiningMethod.UNDERGROUND, "900000"));
        }

        @Test
        @Fires(value = "FND-001", pack = "rules-ordos")
        void roundsTheProductToTheYuanHalfUp() {
            // metal, underground, backfill 0.5, other land 0.8: 0.4 × 1,000,001.25 t = 400,000.5 → 400,001
            Dataset d = compliantMine();
            d.mines.set(
                    0,
                    mine("M1", "E1", "iron", MiningMethod.UNDERGROUND, MiningTechnique.BACKFILL, null, LandType.OTHER));
            d.production.clear();
            d.production.add(production("M1", 2023, "1000001.25", null));
            smallPlan(d);
            d.funds.clear();
            d.funds.add(fund("M1", 2024, "400000", "0", "400000"));

            assertThat(TestRules.checkOrdos(d, CHECK, "FND-001"))
                    .singleElement()
                    .satisfies(f -> assertThat(amount(f, "required")).isEqualByComparingTo("400001"));
        }

        @Test
        @Fires(value = "FND-001", pack = "rules-ordos")
        void neverBelowThePlanBasedNeed() {
            Dataset d = openPitCoal("13750000");
            d.approvals.removeIf(a -> a.kind() == ApprovalKind.RECLAMATION_PLAN);
            d.approvals.add(
                    plan("M1", "2020-03-01", "2030-12-31", "120000000", "6000000", MiningMethod.OPEN_PIT, "900000"));

            assertThat(TestRules.checkOrdos(d, CHECK, "FND-001"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(amount(f, "byFormula")).isEqualByComparingTo("13750000");
                        assertThat(amount(f, "planBasedNeed")).isEqualByComparingTo("20000000");
                        assertThat(amount(f, "required")).isEqualByComparingTo("20000000");
                    });
        }

        @Test
        @Fires(value = "DATA-010", pack = "rules-ordos")
        @Quiet(value = "FND-001", pack = "rules-ordos")
        void aMineNoFactorRowFitsIsReportedNotSkipped() {
            Dataset d = openPitCoal("0");
            d.mines.set(0, mine("M1", "E1", "coal", MiningMethod.OPEN_PIT, null, "60", LandType.GRASSLAND));

            assertThat(TestRules.checkOrdos(d, CHECK, "FND-001")).isEmpty();
            assertThat(TestRules.checkOrdos(d, CHECK, "DATA-010"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.evidenceValue("problem")).isEqualTo("noFactorRow"));
        }

        @Test
        void theOrdosPackReplacesTheNationalFormula() {
            assertThat(TestRules.ordos().rules())
                    .filteredOn(r -> r.id().equals("FND-001"))
                    .allSatisfy(r -> assertThat(r.area()).isEqualTo("minecheck.fund.ordos"));
            assertThat(TestRules.book().rules())
                    .filteredOn(r -> r.id().equals("FND-001"))
                    .allSatisfy(r -> assertThat(r.area()).isEqualTo("minecheck.fund"));
        }
    }

    @Nested
    @DisplayName("FND-002 no fund account, plan or record")
    class Fnd002 {

        @Test
        @Fires("FND-002")
        void firesWhenLastYearsProductionHasNoFundRecord() {
            Dataset d = compliantMine();
            d.funds.clear();

            assertThat(TestRules.check(d, CHECK, "FND-002")).singleElement().satisfies(f -> assertThat(f.messageKey())
                    .isEqualTo("FND-002.noRecord"));
        }

        @Test
        @Quiet("FND-002")
        void staysQuietForTheCurrentYearUntilItEnds() {
            Dataset d = compliantMine();
            d.production.add(production("M1", 2025, "300000", "92", "80", "80"));

            assertThat(TestRules.check(d, CHECK, "FND-002")).isEmpty();
        }

        @Test
        @Fires("FND-002")
        void firesWhenTheLatestRecordNamesNoAccount() {
            Dataset d = compliantMine();
            d.funds.add(fund("M1", 2025, null, true, "100", "0", "100"));

            assertThat(TestRules.check(d, CHECK, "FND-002")).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("FND-002.account");
                assertThat(f.evidenceValue("year")).isEqualTo(2025);
            });
        }

        @Test
        @Fires("FND-002")
        void firesWhenNoProvisioningPlanWasFiled() {
            Dataset d = compliantMine();
            d.funds.set(0, fund("M1", 2024, "FA-M1", false, "1600000", "1000000", "600000"));

            assertThat(TestRules.check(d, CHECK, "FND-002"))
                    .extracting(Finding::messageKey)
                    .containsExactly("FND-002.plan");
        }

        @Test
        @Quiet("FND-002")
        void anOlderRecordWithoutAccountDoesNotCountOnceALaterOneHasIt() {
            Dataset d = compliantMine();
            d.funds.add(fund("M1", 2023, null, false, "1600000", "0", "1600000"));

            assertThat(TestRules.check(d, CHECK, "FND-002")).isEmpty();
        }
    }

    @Nested
    @DisplayName("FND-003 fund idle while restoration lags")
    class Fnd003 {

        private Dataset lagging(String completed, String used) {
            Dataset d = compliantMine();
            d.progress.set(0, progress("M1", 2024, "10", completed));
            d.funds.set(0, fund("M1", 2024, "1600000", used, "900000"));
            return d;
        }

        @Test
        @Fires("FND-003")
        void firesWhenRestorationLagsAndLessThanHalfTheProvisionWasUsed() {
            var findings = TestRules.check(lagging("9.9", "799999"), CHECK, "FND-003");

            assertThat(findings).singleElement().satisfies(f -> assertThat(amount(f, "useRate"))
                    .isEqualByComparingTo("50.00"));
        }

        @Test
        @Quiet("FND-003")
        void staysQuietWhenHalfTheProvisionWasUsed() {
            assertThat(TestRules.check(lagging("9.9", "800000"), CHECK, "FND-003"))
                    .isEmpty();
        }

        @Test
        @Quiet("FND-003")
        void staysQuietWhenTheYearsTaskWasDone() {
            assertThat(TestRules.check(lagging("10", "0"), CHECK, "FND-003")).isEmpty();
        }
    }
}

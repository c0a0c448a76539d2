package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minecheck.finding.Finding;
import org.minecheck.finding.ParamValue;
import org.minecheck.model.*;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

class TargetRulesTest {
    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    /** The compliant coal mine with another method and seam thickness, and 2024 rates as given. */
    private static Dataset coal(MiningMethod method, String seam, String mining, String washing, String utilisation) {
        Dataset d = compliantMine();
        Mine m = mine(
                "M1",
                "E1",
                "coal",
                method,
                method == MiningMethod.OPEN_PIT ? MiningTechnique.OTHER_OPEN_PIT : MiningTechnique.SUBSIDENCE_ALLOWED,
                "60",
                LandType.GRASSLAND);
        d.mines.set(0, reshaped(m, MineStatus.PRODUCING, MineScale.MEDIUM, "2015-01-01", "900000", seam));
        d.production.set(0, production("M1", 2024, "800000", mining, washing, utilisation));
        return d;
    }

    private static BigDecimal minimum(Finding f) {
        return (BigDecimal) ((ParamValue) f.evidenceValue("minimumRate")).value();
    }

    @Nested
    @DisplayName("TGT-001 three rates below the minimum indicator")
    class Tgt001 {
        @Test
        @Fires("TGT-001")
        @Quiet("TGT-001")
        void openPitCoalOfMediumSeamNeedsNinetyPercent() {
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "4", "89.99", "80", "80"), CHECK, "TGT-001"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.evidenceValue("rateKind")).isEqualTo("mining-recovery");
                        assertThat(minimum(f)).isEqualByComparingTo("90");
                        assertThat(((ParamValue) f.evidenceValue("minimumRate")).mark())
                                .isEqualTo("V-page");
                        assertThat(f.evidenceValue("indicatorYear")).isEqualTo("2012");
                    });
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "4", "90", "80", "80"), CHECK, "TGT-001"))
                    .isEmpty();
        }

        @Test
        @Fires("TGT-001")
        void theMessageNamesTheIndicatorRowsLabelOnceWithItsSourceAndYear() {
            Finding f = TestRules.check(coal(MiningMethod.OPEN_PIT, "4", "89.99", "80", "80"), CHECK, "TGT-001")
                    .get(0);

            String message = new org.minecheck.report.FindingText(
                            TestRules.book(), org.minecheck.i18n.Texts.CHINESE, CHECK)
                    .message(f);

            assertThat(message.split("露天煤矿 中厚煤层", -1)).hasSize(2);
            assertThat(message).contains("《煤炭资源合理开发利用“三率”指标要求（试行）》，2012");
        }

        @Test
        void staysQuietAtExactlyTheMinimum() {
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "4", "90", "75", "75"), CHECK, "TGT-001"))
                    .isEmpty();
        }

        @Test
        @Fires("TGT-001")
        @Quiet("TGT-001")
        void aSeamOfExactlyThreeAndAHalfMetresIsMediumInAnOpenPit() {
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "3.5", "89", "80", "80"), CHECK, "TGT-001"))
                    .singleElement()
                    .satisfies(f -> assertThat(minimum(f)).isEqualByComparingTo("90"));
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "3.49", "89", "80", "80"), CHECK, "TGT-001"))
                    .isEmpty();
        }

        @Test
        @Fires("TGT-001")
        @Quiet("TGT-001")
        void overTenMetresAnOpenPitNeedsNinetyFivePercent() {
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "10", "94", "80", "80"), CHECK, "TGT-001"))
                    .isEmpty();
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "10.01", "94", "80", "80"), CHECK, "TGT-001"))
                    .singleElement()
                    .satisfies(f -> assertThat(minimum(f)).isEqualByComparingTo("95"));
        }

        @Test
        @Fires("TGT-001")
        @Quiet("TGT-001")
        void undergroundCoalBandsStartAtOnePointThreeMetres() {
            assertThat(TestRules.check(coal(MiningMethod.UNDERGROUND, "1.29", "84.9", "80", "80"), CHECK, "TGT-001"))
                    .singleElement()
                    .satisfies(f -> assertThat(minimum(f)).isEqualByComparingTo("85"));
            assertThat(TestRules.check(coal(MiningMethod.UNDERGROUND, "1.3", "84.9", "80", "80"), CHECK, "TGT-001"))
                    .isEmpty();
        }

        @Test
        @Fires("TGT-001")
        void theWashingAndUtilisationRatesAreCheckedToo() {
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "4", "92", "74.9", "75"), CHECK, "TGT-001"))
                    .extracting(f -> f.evidenceValue("rateKind"))
                    .containsExactly("beneficiation-recovery");
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "4", "92", "75", "74.9"), CHECK, "TGT-001"))
                    .extracting(f -> f.evidenceValue("rateKind"))
                    .containsExactly("utilisation");
        }

        @Test
        @Fires("TGT-001")
        @Quiet("TGT-001")
        void ironOpenPitDependsOnScale() {
            Dataset d = compliantMine();
            Mine iron = mine("M1", "E1", "iron", MiningMethod.OPEN_PIT, null, "40", LandType.OTHER);
            d.mines.set(0, reshaped(iron, MineStatus.PRODUCING, MineScale.LARGE, "2015-01-01", "900000", null));
            d.production.set(0, production("M1", 2024, "800000", "92", null, null));
            assertThat(TestRules.check(d, CHECK, "TGT-001")).singleElement().satisfies(f -> assertThat(minimum(f))
                    .isEqualByComparingTo("95"));

            d.mines.set(0, reshaped(iron, MineStatus.PRODUCING, MineScale.SMALL, "2015-01-01", "900000", null));
            assertThat(TestRules.check(d, CHECK, "TGT-001")).isEmpty();
        }

        @Test
        @Quiet("DATA-012")
        void staysQuietForDataWhenTheSeamThicknessIsKnown() {
            assertThat(TestRules.check(coal(MiningMethod.OPEN_PIT, "4", "50", "80", "80"), CHECK, "DATA-012"))
                    .isEmpty();
        }

        @Test
        @Fires("DATA-012")
        @Quiet("TGT-001")
        void aCoalMineWithoutItsSeamThicknessIsADataFindingNotASilentPass() {
            Dataset d = coal(MiningMethod.OPEN_PIT, null, "50", "80", "80");

            assertThat(TestRules.check(d, CHECK, "TGT-001")).isEmpty();
            assertThat(TestRules.check(d, CHECK, "DATA-012"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.evidenceValue("rateKind")).isEqualTo("mining-recovery"));
        }

        @Test
        @Quiet({"TGT-001", "DATA-012"})
        void aMineralWithoutIndicatorsIsNotChecked() {
            Dataset d = compliantMine();
            d.mines.set(0, mine("M1", "E1", "limestone", MiningMethod.OPEN_PIT, null, "40", LandType.OTHER));
            d.production.set(0, production("M1", 2024, "800000", "10", "10", "10"));

            assertThat(TestRules.check(d, CHECK, "TGT-001")).isEmpty();
            assertThat(TestRules.check(d, CHECK, "DATA-012")).isEmpty();
        }
    }

    @Nested
    @DisplayName("TGT-002 output beyond the licensed production scale")
    class Tgt002 {
        private Dataset output(String tonnes) {
            Dataset d = compliantMine();
            d.production.set(0, production("M1", 2024, tonnes, "92", "80", "80"));
            return d;
        }

        @Test
        @Fires("TGT-002")
        void firesOneTonneAboveTheLicensedScale() {
            assertThat(TestRules.check(output("900001"), CHECK, "TGT-002"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.messageKey()).isEqualTo("TGT-002");
                        assertThat(f.evidenceValue("licence")).isEqualTo("C1");
                    });
        }

        @Test
        @Quiet("TGT-002")
        void staysQuietAtTheLicensedScale() {
            assertThat(TestRules.check(output("900000"), CHECK, "TGT-002")).isEmpty();
        }

        /** "超过…幅度在10%以上": 以上 includes the number, so exactly 10 % over the capacity is over capacity. */
        @Test
        @Fires("TGT-002")
        void coalExactlyTenPercentOverCapacityIsAlsoAMajorHiddenDanger() {
            assertThat(TestRules.check(output("990000"), CHECK, "TGT-002"))
                    .extracting(Finding::messageKey)
                    .containsExactlyInAnyOrder("TGT-002", "TGT-002.coal");
            assertThat(TestRules.check(output("990000"), CHECK, "TGT-002"))
                    .filteredOn(f -> f.messageKey().equals("TGT-002.coal"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.department().code()).isEqualTo("emergency-management");
                        assertThat(f.evidenceValue("hazardSource").toString()).contains("应急管理部令第4号");
                    });
        }

        @Test
        @Quiet("TGT-002")
        void coalStaysQuietForTheHazardOneTonneBelowTenPercentOverCapacity() {
            assertThat(TestRules.check(output("989999"), CHECK, "TGT-002"))
                    .extracting(Finding::messageKey)
                    .containsExactly("TGT-002");
        }

        /** Before 2021 the earlier standard (SAWS Order No. 85) applied, read as "above 110 %": exactly 10 % is not. */
        @Test
        @Quiet("TGT-002")
        void coalExactlyTenPercentOverIn2020StaysQuietUnderTheEarlierStandard() {
            Dataset d = compliantMine();
            d.production.set(0, production("M1", 2020, "990000", "92", "80", "80"));

            assertThat(TestRules.check(d, CHECK, "TGT-002"))
                    .extracting(Finding::messageKey)
                    .containsExactly("TGT-002");

            d.production.set(0, production("M1", 2020, "990001", "92", "80", "80"));
            assertThat(TestRules.check(d, CHECK, "TGT-002"))
                    .filteredOn(f -> f.messageKey().equals("TGT-002.coal"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.evidenceValue("hazardSource").toString()).contains("第85号");
                        assertThat(((ParamValue) f.evidenceValue("hazardPercent")).unverified())
                                .isTrue();
                        assertThat(f.conductDate()).isEqualTo(LocalDate.of(2020, 12, 31));
                    });
        }
    }

    @Nested
    @DisplayName("TGT-003 new mine not built green")
    class Tgt003 {
        private Dataset newMine(String started) {
            Dataset d = compliantMine();
            d.mines.set(0, reshaped(d.mines.get(0), MineStatus.PRODUCING, MineScale.MEDIUM, started, "900000", "4"));
            return d;
        }

        @Test
        @Fires("TGT-003")
        void firesTheDayAfterTheGraceYearsEnd() {
            assertThat(TestRules.check(newMine("2022-06-30"), LocalDate.of(2024, 7, 1), "TGT-003"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.evidenceValue("greenDeadline")).isEqualTo(LocalDate.of(2024, 6, 30)));
        }

        @Test
        @Quiet("TGT-003")
        void staysQuietOnTheLastDayOfTheGraceYears() {
            assertThat(TestRules.check(newMine("2022-06-30"), LocalDate.of(2024, 6, 30), "TGT-003"))
                    .isEmpty();
        }

        @Test
        @Quiet("TGT-003")
        void staysQuietOnceListedAsAGreenMine() {
            Dataset d = newMine("2022-06-30");
            d.approvals.add(greenListing("M1", "2024-03-01"));

            assertThat(TestRules.check(d, CHECK, "TGT-003")).isEmpty();
        }

        @Test
        @Fires("TGT-003")
        @Quiet("TGT-003")
        void aMineThatStartedBeforeTheStartDateIsNotNew() {
            assertThat(TestRules.check(newMine("2017-04-30"), CHECK, "TGT-003")).isEmpty();
            assertThat(TestRules.check(newMine("2017-05-01"), CHECK, "TGT-003")).hasSize(1);
        }
    }

    @Nested
    @DisplayName("TGT-004 region's green-mine share below its target")
    class Tgt004 {
        /** Province 510000 › city 510300 › county 510302 with {@code producing} large mines, {@code green} of them listed. */
        private Dataset greenRegion(int producing, int green) {
            Dataset d = new Dataset();
            d.regions.add(region("510000", RegionLevel.PROVINCE, null));
            d.regions.add(region("510300", RegionLevel.CITY, "510000"));
            d.regions.add(region("510302", RegionLevel.COUNTY, "510300"));
            for (int i = 0; i < producing; i++) {
                String id = "G" + i;
                d.enterprises.add(enterprise("E" + id));
                d.mines.add(inRegion(
                        reshaped(
                                mine(id, "E" + id), MineStatus.PRODUCING, MineScale.LARGE, "2010-01-01", "900000", "4"),
                        "510302"));
                if (i < green) d.approvals.add(greenListing(id, "2020-01-01"));
            }
            return d;
        }

        @Test
        @Fires("TGT-004")
        void belowTheProvincialScheduleOnceTheYearHasEnded() {
            var findings = TestRules.check(greenRegion(7, 1), LocalDate.of(2025, 12, 31), "TGT-004");

            assertThat(findings)
                    .extracting(f -> f.subject().id())
                    .containsExactlyInAnyOrder("510000", "510300", "510302");
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.evidenceValue("scaleGroup")).isEqualTo("large|medium");
                assertThat((BigDecimal) f.evidenceValue("greenShare")).isEqualByComparingTo("14.29");
                assertThat(f.department().code()).isEqualTo("county-government");
            });
        }

        @Test
        @Quiet("TGT-004")
        void staysQuietAtExactlyTheSchedulesShare() {
            assertThat(TestRules.check(greenRegion(20, 3), LocalDate.of(2025, 12, 31), "TGT-004"))
                    .isEmpty();
        }

        @Test
        @Quiet("TGT-004")
        void aYearsLevelIsNotJudgedBeforeTheYearEnds() {
            assertThat(TestRules.check(greenRegion(7, 1), LocalDate.of(2025, 12, 30), "TGT-004"))
                    .isEmpty();
        }

        @Test
        @Fires("TGT-004")
        void onlyTheLatestYearThatHasEndedIsJudged() {
            var findings = TestRules.check(greenRegion(5, 1), LocalDate.of(2026, 12, 31), "TGT-004");

            assertThat(findings).hasSize(3).allSatisfy(f -> assertThat(
                            (BigDecimal) ((ParamValue) f.evidenceValue("targetShare")).value())
                    .isEqualByComparingTo("40"));
        }

        @Test
        @Fires("TGT-004")
        @Quiet("TGT-004")
        void theNationalTargetsApplyToEveryRegionAfterTwentyTwentyEight() {
            var findings = TestRules.check(greenRegion(10, 8), LocalDate.of(2029, 1, 1), "TGT-004");

            assertThat(findings).hasSize(3).allSatisfy(f -> assertThat(f.evidenceValue("scaleGroup"))
                    .isEqualTo("large"));
            assertThat(TestRules.check(greenRegion(10, 9), LocalDate.of(2029, 1, 1), "TGT-004"))
                    .isEmpty();
        }

        @Test
        @Fires("TGT-004")
        @Quiet("TGT-004")
        void aRegionsOwnTargetIsJudgedTheDayAfterItsDeadline() {
            Dataset d = greenRegion(4, 1);
            d.targets.add(greenTarget("510302", "50", "2024-06-29"));

            assertThat(TestRules.check(d, LocalDate.of(2024, 6, 30), "TGT-004"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.messageKey()).isEqualTo("TGT-004.own");
                        assertThat(f.subject().id()).isEqualTo("510302");
                    });
            d.targets.set(0, greenTarget("510302", "50", "2024-06-30"));
            assertThat(TestRules.check(d, LocalDate.of(2024, 6, 30), "TGT-004")).isEmpty();
        }
    }
}

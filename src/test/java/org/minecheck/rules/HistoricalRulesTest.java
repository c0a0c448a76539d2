package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minecheck.finding.Finding;
import org.minecheck.model.*;
import org.minecheck.regional.ProgressRow;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

/**
 * The demo's target (seed 001): at least 30 % of the baseline stock a year. Baseline 10 patches at the end of 2020,
 * deadline 2024-12-31. Worked out by hand, the cumulative share required at each year end is
 * 2021: 30 % (3 patches), 2022: 60 % (6), 2023: 90 % (9), 2024: min(100 %, 120 %) = 100 % (10).
 */
class HistoricalRulesTest {
    static final String COUNTY = "140121";

    /** Province 140000 › city 140100 › county 140121 with ten patches, the first {@code treated} of them treated and accepted on the dates given. */
    static Dataset county(String... treatedOn) {
        Dataset d = new Dataset();
        d.regions.add(region("140000", RegionLevel.PROVINCE, null));
        d.regions.add(region("140100", RegionLevel.CITY, "140000"));
        d.regions.add(region(COUNTY, RegionLevel.COUNTY, "140100"));
        d.targets.add(treatmentTarget(COUNTY, TargetMeasure.COUNT, 2020, "10", null, "30", "2024-12-31"));
        for (int i = 0; i < 10; i++) {
            boolean done = i < treatedOn.length;
            d.historicalMines.add(patch(
                    "H" + i,
                    COUNTY,
                    "10",
                    done ? TreatmentStatus.TREATED : TreatmentStatus.UNTREATED,
                    done ? treatedOn[i] : null,
                    done ? true : null,
                    done ? "70" : null));
        }
        return d;
    }

    static String[] treatedIn(int count, String date) {
        String[] out = new String[count];
        java.util.Arrays.fill(out, date);
        return out;
    }

    static List<Finding> his(Dataset d, String date, String rule) {
        return TestRules.check(d, LocalDate.parse(date), rule);
    }

    @Nested
    @DisplayName("HIS-001 cumulative share below min(100 %, 30 % × years since 2020)")
    class Schedule {

        @ParameterizedTest(name = "{0} treated by {1}: judged on {2} → fires {3}")
        @CsvSource({
            // nothing is judged before the first year after the baseline has ended
            "0, 2021-06-01, 2021-12-30, false",
            // 2021: 30 % = 3 patches
            "2, 2021-06-01, 2021-12-31, true",
            "3, 2021-06-01, 2021-12-31, false",
            "3, 2021-12-31, 2021-12-31, false",
            // until 2022 ends, 2021 is the year judged; a patch treated on 1 January 2022 counts for 2022 only
            "2, 2021-06-01, 2022-06-30, true",
            "3, 2022-01-01, 2022-06-30, true",
            // 2022: 60 % = 6 patches
            "5, 2022-06-01, 2022-12-31, true",
            "6, 2022-06-01, 2022-12-31, false",
            "6, 2022-06-01, 2023-12-30, false",
            // 2023: 90 % = 9 patches
            "8, 2023-06-01, 2023-12-31, true",
            "9, 2023-06-01, 2023-12-31, false",
            // 2024: 30 % × 4 = 120 %, capped at 100 % = 10 patches
            "9, 2024-06-01, 2024-12-31, true",
            "10, 2024-06-01, 2024-12-31, false",
            "10, 2024-06-01, 2026-12-31, false"
        })
        @Fires("HIS-001")
        @Quiet("HIS-001")
        void theRequiredShareGrowsThirtyPercentAYearUntilItIsAll(
                int treated, String on, String checkDate, boolean fires) {
            var findings = his(county(treatedIn(treated, on)), checkDate, "HIS-001");

            if (fires) {
                assertThat(findings).singleElement().satisfies(f -> {
                    assertThat(f.subject().id()).isEqualTo(COUNTY);
                    assertThat(f.department().code()).isEqualTo("county-government");
                });
            } else {
                assertThat(findings).isEmpty();
            }
        }

        @Test
        @Quiet("HIS-001")
        void staysQuietWhenTheYearsShareIsReached() {
            assertThat(his(county(treatedIn(6, "2022-06-01")), "2022-12-31", "HIS-001"))
                    .isEmpty();
        }

        @Test
        void theFindingShowsRequiredAgainstAchieved() {
            Finding f = his(county(treatedIn(9, "2024-03-01")), "2024-12-31", "HIS-001")
                    .get(0);

            assertThat(f.evidenceValue("year")).isEqualTo(2024);
            assertThat((BigDecimal) f.evidenceValue("requiredPercent")).isEqualByComparingTo("100");
            assertThat((BigDecimal) f.evidenceValue("achievedPercent")).isEqualByComparingTo("90");
            assertThat((BigDecimal) f.evidenceValue("baseline")).isEqualByComparingTo("10");
            assertThat(f.basisKeys()).contains("historical-target-shanxi-2021");
        }

        @Test
        @Fires("HIS-001")
        @Quiet("HIS-001")
        void aTargetByAreaComparesHectares() {
            Dataset d = county();
            d.targets.set(0, treatmentTarget(COUNTY, TargetMeasure.AREA, 2020, null, "100", "30", "2024-12-31"));
            d.historicalMines.set(0, patch("H0", COUNTY, "29.99", TreatmentStatus.TREATED, "2021-05-01", true, null));
            assertThat(his(d, "2021-12-31", "HIS-001")).hasSize(1);

            d.historicalMines.set(0, patch("H0", COUNTY, "30", TreatmentStatus.TREATED, "2021-05-01", true, null));
            assertThat(his(d, "2021-12-31", "HIS-001")).isEmpty();
        }

        @Test
        @Fires("HIS-001")
        void withoutABaselineCountTheInventoryIsTheStock() {
            Dataset d = county(treatedIn(3, "2021-05-01"));
            d.targets.set(0, treatmentTarget(COUNTY, TargetMeasure.COUNT, 2020, null, null, "30", "2024-12-31"));
            d.historicalMines.add(patch("H10", COUNTY, "10", TreatmentStatus.UNTREATED, null, null, null));

            // 11 patches in the inventory: 3 of 11 = 27 % < 30 %
            assertThat(his(d, "2021-12-31", "HIS-001")).hasSize(1);
        }
    }

    @Nested
    @DisplayName("HIS-002 deadline passed with the stock not fully treated")
    class Deadline {
        @Test
        @Quiet("HIS-002")
        void staysQuietOnTheDeadline() {
            assertThat(his(county(treatedIn(9, "2024-06-01")), "2024-12-31", "HIS-002"))
                    .isEmpty();
        }

        @Test
        @Fires("HIS-002")
        void firesTheDayAfterTheDeadline() {
            assertThat(his(county(treatedIn(9, "2024-06-01")), "2025-01-01", "HIS-002"))
                    .singleElement()
                    .satisfies(f -> assertThat((BigDecimal) f.evidenceValue("remaining"))
                            .isEqualByComparingTo("1"));
        }

        @Test
        @Fires("HIS-002")
        @Quiet("HIS-002")
        void staysQuietOnceEveryPatchIsTreatedEvenLate() {
            String[] dates = treatedIn(10, "2024-06-01");
            dates[9] = "2025-03-01";

            assertThat(his(county(dates), "2025-02-28", "HIS-002")).hasSize(1);
            assertThat(his(county(dates), "2025-03-01", "HIS-002")).isEmpty();
        }
    }

    @Nested
    @DisplayName("HIS-004 only accepted patches count")
    class Acceptance {
        @Test
        @Fires({"HIS-004", "HIS-001"})
        void aPatchWhoseAcceptanceWasRefusedDoesNotCount() {
            Dataset d = county(treatedIn(3, "2021-05-01"));
            d.historicalMines.set(2, patch("H2", COUNTY, "10", TreatmentStatus.TREATED, "2021-05-01", false, "70"));

            assertThat(his(d, "2021-12-31", "HIS-004")).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("H2");
                assertThat(f.messageKey()).isEqualTo("HIS-004.refused");
            });
            assertThat(his(d, "2021-12-31", "HIS-001")).hasSize(1);
        }

        @Test
        @Fires({"HIS-004", "HIS-001"})
        void aPatchBelowTheVegetationCoverStandardDoesNotCount() {
            Dataset d = county(treatedIn(3, "2021-05-01"));
            d.historicalMines.set(2, patch("H2", COUNTY, "10", TreatmentStatus.TREATED, "2021-05-01", true, "29.9"));

            assertThat(his(d, "2021-12-31", "HIS-004")).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("HIS-004");
                assertThat(new org.minecheck.report.FindingText(
                                        TestRules.book(), org.minecheck.i18n.Texts.CHINESE, LocalDate.of(2021, 12, 31))
                                .message(f))
                        .contains("30%（未核实的占位值");
            });
            assertThat(his(d, "2021-12-31", "HIS-001")).hasSize(1);
        }

        @Test
        @Quiet({"HIS-004", "HIS-001"})
        void staysQuietForAPatchAtTheVegetationCoverStandard() {
            Dataset d = county(treatedIn(3, "2021-05-01"));
            d.historicalMines.set(2, patch("H2", COUNTY, "10", TreatmentStatus.TREATED, "2021-05-01", true, "30"));

            assertThat(his(d, "2021-12-31", "HIS-004")).isEmpty();
            assertThat(his(d, "2021-12-31", "HIS-001")).isEmpty();
        }

        @Test
        @Quiet("HIS-001")
        void naturalRecoveryAcceptedByReviewCounts() {
            Dataset d = county(treatedIn(2, "2021-05-01"));
            d.historicalMines.set(
                    2, patch("H2", COUNTY, "10", TreatmentStatus.NATURAL_RECOVERY, "2021-09-01", true, null));

            assertThat(his(d, "2021-12-31", "HIS-001")).isEmpty();
        }

        @Test
        @Quiet("DATA-013")
        void staysQuietForDataWhenTreatedPatchesHaveTheirAcceptanceAndDate() {
            assertThat(his(county(treatedIn(3, "2021-05-01")), "2021-12-31", "DATA-013"))
                    .isEmpty();
        }

        @Test
        @Quiet("DATA-014")
        void staysQuietForDataWhenTheTargetIsComplete() {
            assertThat(his(county(), "2021-12-31", "DATA-014")).isEmpty();
        }

        @Test
        @Fires("DATA-013")
        @Quiet("HIS-004")
        void aTreatedPatchWithoutAcceptanceResultIsADataFinding() {
            Dataset d = county(treatedIn(3, "2021-05-01"));
            d.historicalMines.set(2, patch("H2", COUNTY, "10", TreatmentStatus.TREATED, "2021-05-01", null, null));

            assertThat(his(d, "2021-12-31", "DATA-013"))
                    .extracting(f -> f.subject().id())
                    .containsExactly("H2");
            assertThat(his(d, "2021-12-31", "HIS-004")).isEmpty();
            assertThat(his(d, "2021-12-31", "HIS-001")).hasSize(1);
        }

        @Test
        @Fires("DATA-014")
        void aTargetWithoutAnnualPercentageIsADataFinding() {
            Dataset d = county();
            d.targets.set(0, treatmentTarget(COUNTY, TargetMeasure.COUNT, 2020, "10", null, null, "2024-12-31"));

            assertThat(his(d, "2021-12-31", "DATA-014"))
                    .extracting(f -> f.subject().id())
                    .containsExactly(COUNTY);
        }
    }

    @Nested
    @DisplayName("HIS-003 untreated patch inside a licensed area: decided by geometry")
    class InsideLicence {
        /** The compliant mine (licence C1: a 1 km square from X0, Y0) and patch H1 of 100 m × 100 m at the given offset. */
        private Dataset withPatch(double north, double east, TreatmentStatus status) {
            Dataset d = compliantMine();
            d.historicalMines.add(patch("H1", "140100", "1", status, null, null, null));
            d.cornerPoints.addAll(rectangle(ShapeOwner.HISTORICAL, "H1", 1, X0 + north, Y0 + east, 100, 100));
            return d;
        }

        @Test
        @Fires("HIS-003")
        void firesForAnUntreatedPatchInsideTheLicence() {
            assertThat(TestRules.check(
                            withPatch(400, 400, TreatmentStatus.UNTREATED), LocalDate.of(2025, 6, 30), "HIS-003"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.subject().id()).isEqualTo("C1");
                        assertThat(f.subject().enterpriseId()).isEqualTo("E1");
                        assertThat(f.evidenceValue("patch")).isEqualTo("H1");
                        assertThat((BigDecimal) f.evidenceValue("overlapArea")).isEqualByComparingTo("10000");
                    });
        }

        @Test
        @Quiet("HIS-003")
        void staysQuietForAPatchOnlyTouchingTheBoundary() {
            assertThat(TestRules.check(
                            withPatch(400, 1000, TreatmentStatus.UNTREATED), LocalDate.of(2025, 6, 30), "HIS-003"))
                    .isEmpty();
        }

        @Test
        @Fires("HIS-003")
        void firesForAPatchPartlyInside() {
            assertThat(TestRules.check(
                            withPatch(400, 950, TreatmentStatus.IN_PROGRESS), LocalDate.of(2025, 6, 30), "HIS-003"))
                    .singleElement()
                    .satisfies(f -> assertThat((BigDecimal) f.evidenceValue("overlapArea"))
                            .isEqualByComparingTo("5000"));
        }

        @Test
        @Quiet("HIS-003")
        void staysQuietOnceThePatchIsTreated() {
            assertThat(TestRules.check(
                            withPatch(400, 400, TreatmentStatus.TREATED), LocalDate.of(2025, 6, 30), "HIS-003"))
                    .isEmpty();
        }

        @Test
        @Fires("HIS-003")
        @Quiet("HIS-003")
        void aFlagSomeoneTypedDoesNotMatterOnlyTheShape() {
            Dataset d = compliantMine();
            // centre point inside the licence, no corner points
            d.historicalMines.add(new HistoricalMine(
                    "H2",
                    "图斑H2",
                    "140100",
                    n("1"),
                    2020,
                    TreatmentStatus.UNTREATED,
                    null,
                    null,
                    null,
                    X0 + 500,
                    Y0 + 500,
                    null));
            d.historicalMines.add(new HistoricalMine(
                    "H3",
                    "图斑H3",
                    "140100",
                    n("1"),
                    2020,
                    TreatmentStatus.UNTREATED,
                    null,
                    null,
                    null,
                    X0 + 1500,
                    Y0 + 500,
                    null));

            assertThat(TestRules.check(d, LocalDate.of(2025, 6, 30), "HIS-003"))
                    .extracting(f -> f.evidenceValue("patch"))
                    .containsExactly("H2");
        }
    }

    @Nested
    @DisplayName("progress table: region × year, required against achieved")
    class ProgressTable {
        @Test
        void everyYearSinceTheBaselineWithTheCountyRolledUpToCityAndProvince() {
            Dataset d = county("2021-05-01", "2021-06-01", "2021-07-01", "2022-03-01", "2022-04-01", "2023-01-01");

            List<ProgressRow> rows = TestRules.runner().run(d, LocalDate.of(2024, 6, 30)).results().stream()
                    .filter(org.minecheck.regional.RegionalExtension.Progress.class::isInstance)
                    .map(org.minecheck.regional.RegionalExtension.Progress.class::cast)
                    .findFirst()
                    .orElseThrow()
                    .rows();

            List<ProgressRow> own =
                    rows.stream().filter(r -> r.regionCode().equals(COUNTY)).toList();
            assertThat(own).extracting(ProgressRow::year).containsExactly(2021, 2022, 2023, 2024);
            assertThat(own).extracting(r -> r.requiredPercent().intValue()).containsExactly(30, 60, 90, 100);
            assertThat(own).extracting(r -> r.requiredCount().intValue()).containsExactly(3, 6, 9, 10);
            assertThat(own).extracting(r -> r.treatedCount().intValue()).containsExactly(3, 5, 6, 6);
            assertThat(own).extracting(ProgressRow::met).containsExactly(true, false, false, null);
            assertThat(own.get(3).toDate()).isTrue();
            assertThat(rows)
                    .filteredOn(r -> r.regionCode().equals("140100"))
                    .extracting(ProgressRow::rolledUp)
                    .containsOnly(true)
                    .hasSize(4);
            assertThat(rows).filteredOn(r -> r.regionCode().equals("140000")).hasSize(4);
        }
    }
}

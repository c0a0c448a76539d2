package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.rules.BoundaryRulesTest.assertDecimal;
import static org.minecheck.rules.BoundaryRulesTest.check;
import static org.minecheck.testing.Facts.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minecheck.finding.Department;
import org.minecheck.finding.EmptyCell;
import org.minecheck.finding.Finding;
import org.minecheck.model.*;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

/**
 * Boundaries judged against the licences in force on the day of the conduct: a site against its mine's licences in
 * force on its observation date (else the check date), where an expired or revoked area counts as outside; every
 * block a site touches, top and bottom; zone overlaps and historical patches only for licences in force. Licence C1
 * of mine M1 is the 1 km square from (X0, Y0), valid 2020-01-01 to 2030-12-31, block 1 from +300 m down to +100 m.
 */
class LicenceInForceGeometryTest {
    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    /**
     * M1's earlier licence C0 (2010-2019), the square east of C1: a shaft in it at (X0 + 500, Y0 + 1500), 500 m
     * outside C1, observed on the given day (null: not recorded).
     */
    private static Dataset shaftInTheOldLicence(String observedOn) {
        Dataset d = compliantMine();
        d.licences.add(validFrom(
                licence("C0", LicenceKind.MINING, "M1", "E1", LocalDate.of(2019, 12, 31)), LocalDate.of(2010, 1, 1)));
        d.blocks.add(block("C0", 1, "300", "100"));
        d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C0", 1, X0, Y0 + 1000, 1000, 1000));
        d.sites.add(elevations(pointSite("W1", "M1", X0 + 500, Y0 + 1500, "200"), "200", "250", observedOn));
        return d;
    }

    @Nested
    @DisplayName("BND-001 judged against the licences in force on the conduct date")
    class Bnd001 {
        @Test
        @Fires("BND-001")
        void firesForAShaftInsideAnExpiredLicenceButOutsideTheCurrentOne() {
            var findings = check(shaftInTheOldLicence(null), "BND-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertDecimal(f.evidenceValue("outsideDistance"), "500");
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
                assertThat(f.evidenceValue("lapsedLicence")).isEqualTo("C0");
                assertThat(f.evidenceValue("judgedOn")).isEqualTo(CHECK);
                assertThat(f.conductDate()).isEqualTo(CHECK);
            });
        }

        @Test
        @Quiet("BND-001")
        void staysQuietForTheSameShaftObservedWhileTheOldLicenceWasInForce() {
            assertThat(check(shaftInTheOldLicence("2019-06-01"), "BND-001")).isEmpty();
        }

        @Test
        @Fires("BND-001")
        void firesTheDayAfterTheOldLicenceExpiredJudgedOnTheObservationDate() {
            var findings = check(shaftInTheOldLicence("2020-01-01"), "BND-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.conductDate()).isEqualTo(LocalDate.of(2020, 1, 1));
                assertThat(f.evidenceValue("lapsedLicence")).isEqualTo("C0");
            });
        }

        @Test
        void aRevokedLicenceCountsAsOutsideFromTheDayOfTheRevocation() {
            Dataset d = compliantMine();
            // C9: a second licence of M1 (the square east of C1), revoked on 2024-03-01.
            d.licences.add(withStatus(licence("C9", LicenceKind.MINING, "M1", "E1", UNTIL), LicenceStatus.REVOKED));
            d.licenceEvents.add(new LicenceEvent(
                    "C9", LicenceKind.MINING, LicenceEventType.REVOKED, LocalDate.of(2024, 3, 1), "吊销决定", null));
            d.blocks.add(block("C9", 1, "300", "100"));
            d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C9", 1, X0, Y0 + 1000, 1000, 1000));
            d.sites.add(elevations(pointSite("W1", "M1", X0 + 500, Y0 + 1500, "200"), "200", "250", "2024-02-29"));
            d.sites.add(elevations(pointSite("W2", "M1", X0 + 400, Y0 + 1500, "200"), "200", "250", "2024-03-01"));

            assertThat(check(d, "BND-001")).extracting(f -> f.subject().id()).containsExactly("W2");
        }

        @Test
        @Quiet("BND-001")
        void staysQuietForASiteObservedAfterTheCheckDate() {
            assertThat(check(shaftInTheOldLicence("2025-07-01"), "BND-001")).isEmpty();
        }
    }

    @Nested
    @DisplayName("BND-002 every block a site touches, bottom and top")
    class Bnd002 {
        /** C1 split into block 1 (west half, +300..+100 m) and block 2 (east half, +250..+200 m). */
        private Dataset twoBlocks() {
            Dataset d = compliantMine();
            d.cornerPoints.removeIf(p -> p.ownerType() == ShapeOwner.LICENCE);
            d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C1", 1, X0, Y0, 1000, 500));
            d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C1", 2, X0, Y0 + 500, 1000, 500));
            d.blocks.add(block("C1", 2, "250", "200"));
            return d;
        }

        /** A pit straddling the blocks' border, 300 m in block 1 and 100 m in block 2, working at these elevations. */
        private Dataset straddlingPit(String lowest, String highest) {
            Dataset d = twoBlocks();
            d.sites.add(elevations(polygonSite("P1", "M1", lowest), lowest, highest, null));
            d.cornerPoints.addAll(rectangle(ShapeOwner.SITE, "P1", 1, X0 + 400, Y0 + 200, 100, 400));
            return d;
        }

        @Test
        @Fires("BND-002")
        void firesForAPitStraddlingTwoBlocksBelowTheShallowerFloorThoughItLiesMostlyInTheDeeperBlock() {
            var findings = check(straddlingPit("150", "240"), "BND-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("block")).isEqualTo(2);
                assertDecimal(f.evidenceValue("metresBelow"), "50");
            });
        }

        @Test
        @Quiet("BND-002")
        void staysQuietForTheStraddlingPitAtTheShallowerFloor() {
            assertThat(check(straddlingPit("200", "250"), "BND-002")).isEmpty();
        }

        @Test
        @Fires("BND-002")
        void firesForWorkingsAboveTheTopOfABlockTheSiteTouches() {
            var findings = check(straddlingPit("200", "251"), "BND-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("BND-002.above");
                assertThat(f.evidenceValue("block")).isEqualTo(2);
                assertDecimal(f.evidenceValue("topElevation"), "250");
                assertDecimal(f.evidenceValue("metresAbove"), "1");
            });
        }

        @Test
        @Quiet("BND-002")
        void staysQuietForWorkingsExactlyAtTheTop() {
            Dataset d = compliantMine();
            d.sites.add(elevations(pointSite("W1", "M1", X0 + 500, Y0 + 500, "100"), "100", "300", null));

            assertThat(check(d, "BND-002")).isEmpty();
        }
    }

    @Nested
    @DisplayName("DATA-015 a site in a block without its working elevations")
    class Data015 {
        @Test
        @Fires("DATA-015")
        @Quiet("BND-002")
        void firesNamingTheBlankCellInsteadOfSkippingTheElevationCheck() {
            Dataset d = compliantMine();
            d.sites.add(elevations(pointSite("W1", "M1", X0 + 500, Y0 + 500, null), null, "250", null));

            assertThat(check(d, "BND-002")).isEmpty();
            assertThat(check(d, "DATA-015")).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("lowestElevation")).isEqualTo(EmptyCell.EMPTY);
                assertDecimal(f.evidenceValue("highestElevation"), "250");
                assertThat(f.evidenceValue("block")).isEqualTo(1);
            });
        }

        @Test
        @Quiet("DATA-015")
        void staysQuietWhenBothElevationsAreFilled() {
            Dataset d = compliantMine();
            d.sites.add(elevations(pointSite("W1", "M1", X0 + 500, Y0 + 500, null), "150", "250", null));

            assertThat(check(d, "DATA-015")).isEmpty();
        }

        @Test
        @Quiet("DATA-015")
        void staysQuietForASiteInNoBlockAtAll() {
            Dataset d = compliantMine();
            d.sites.add(elevations(pointSite("W1", "M1", X0 + 1500, Y0 + 500, null), null, null, null));

            assertThat(check(d, "DATA-015")).isEmpty();
        }
    }

    @Nested
    @DisplayName("BND-003 and BND-004 for licences in force only")
    class Zones {
        private Dataset licenceOverReserve(LocalDate until) {
            Dataset d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, until));
            d.zones.add(zone("Z1", ZoneType.NATURE_RESERVE));
            d.cornerPoints.addAll(rectangle(ShapeOwner.ZONE, "Z1", 1, X0 + 800, Y0 + 800, 400, 400));
            return d;
        }

        @Test
        @Quiet("BND-003")
        void staysQuietForTheAreaOfALicenceThatExpiredBeforeTheCheckDate() {
            assertThat(check(licenceOverReserve(LocalDate.of(2025, 6, 29)), "BND-003"))
                    .isEmpty();
        }

        @Test
        @Fires("BND-003")
        void firesForTheAreaOfALicenceInForceOnTheCheckDate() {
            assertThat(check(licenceOverReserve(LocalDate.of(2025, 6, 30)), "BND-003"))
                    .hasSize(1);
        }

        @Test
        void staysQuietForTheBrokenBoundaryOfALicenceCancelledLongAgo() {
            Dataset d = compliantMine();
            d.licences.add(withStatus(
                    licence("C0", LicenceKind.MINING, "M1", "E1", LocalDate.of(2015, 12, 31)),
                    LicenceStatus.CANCELLED));
            d.blocks.add(block("C0", 1, "300", "100"));
            d.cornerPoints.addAll(
                    ring(ShapeOwner.LICENCE, "C0", 1, X0, Y0, X0 + 100, Y0 + 100, X0, Y0 + 100, X0 + 100, Y0));

            assertThat(check(d, "BND-004")).isEmpty();
        }
    }

    @Nested
    @DisplayName("HIS-003 a patch inside a lapsed licence only is the county's")
    class PatchInALapsedLicence {
        private Dataset patchInLicenceValidUntil(LocalDate until) {
            Dataset d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, until));
            d.historicalMines.add(patch("H1", "140100", "1", TreatmentStatus.UNTREATED, null, null, null));
            d.cornerPoints.addAll(rectangle(ShapeOwner.HISTORICAL, "H1", 1, X0 + 400, Y0 + 400, 100, 100));
            return d;
        }

        @Test
        @Fires("HIS-003")
        void firesForTheCountyGovernmentWhenTheOnlyLicenceHasExpired() {
            var findings = check(patchInLicenceValidUntil(LocalDate.of(2025, 6, 29)), "HIS-003");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("HIS-003.lapsed");
                assertThat(f.department()).isEqualTo(Department.COUNTY_GOVERNMENT);
                assertThat(f.subject().id()).isEqualTo("H1");
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
            });
        }

        @Test
        void staysQuietForTheCountyWhileTheLicenceIsInForceWhereTheHolderIsTold() {
            var findings = check(patchInLicenceValidUntil(LocalDate.of(2025, 6, 30)), "HIS-003");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("HIS-003");
                assertThat(f.subject().id()).isEqualTo("C1");
            });
        }

        @Test
        void theHolderOfALicenceInForceIsToldEvenWhenALapsedLicenceCoversThePatchToo() {
            Dataset d = patchInLicenceValidUntil(LocalDate.of(2030, 12, 31));
            d.enterprises.add(enterprise("E2"));
            d.mines.add(withStatus(mine("M2", "E2"), MineStatus.CLOSED));
            d.licences.add(withStatus(
                    licence("C2", LicenceKind.MINING, "M2", "E2", LocalDate.of(2018, 12, 31)),
                    LicenceStatus.CANCELLED));
            d.blocks.add(block("C2", 1, "300", "100"));
            d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C2", 1, X0 + 300, Y0 + 300, 300, 300));

            assertThat(check(d, "HIS-003")).extracting(Finding::messageKey).containsExactly("HIS-003");
        }

        @Test
        void aLicenceRevokedByADatedEventIsInForceForACheckBeforeThatDay() {
            Dataset d = patchInLicenceValidUntil(LocalDate.of(2030, 12, 31));
            changeLicence(d, "C1", l -> withStatus(l, LicenceStatus.REVOKED));
            d.licenceEvents.add(new LicenceEvent(
                    "C1", LicenceKind.MINING, LicenceEventType.REVOKED, LocalDate.of(2025, 7, 1), null, null));

            assertThat(check(d, "HIS-003")).extracting(Finding::messageKey).containsExactly("HIS-003");
            assertThat(TestRules.check(d, LocalDate.of(2025, 7, 1), "HIS-003"))
                    .extracting(Finding::messageKey)
                    .containsExactly("HIS-003.lapsed");
        }
    }

    @Test
    void aStraddlingSitesOutsideAreaIsMeasuredAgainstEveryLicenceInForce() {
        Dataset d = compliantMine();
        // a second licence of M1 in force, the square east of C1: together they hold a pit across their border
        d.licences.add(licence("C2", LicenceKind.MINING, "M1", "E1", UNTIL));
        d.blocks.add(block("C2", 1, "300", "100"));
        d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C2", 1, X0, Y0 + 1000, 1000, 1000));
        d.sites.add(polygonSite("P1", "M1", "200"));
        d.cornerPoints.addAll(rectangle(ShapeOwner.SITE, "P1", 1, X0 + 400, Y0 + 900, 100, 200));

        assertThat(check(d, "BND-001")).isEmpty();
        assertThat(TestRules.runner().geometry(d, CHECK).sitesOutside)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.licences()).containsExactly("C1", "C2");
                    assertThat(o.outsideArea()).isEqualByComparingTo(BigDecimal.ZERO);
                });
    }
}

package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minecheck.finding.Department;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.model.*;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

/**
 * BND-001..BND-004, DATA-001 and DATA-002 on geometry built in code. Licence C1 of mine M1 is the 1 km square from
 * (X0, Y0) = (4 200 000, 38 500 000) north-east to (X0 + 1000, Y0 + 1000), block 1 from +300 m down to +100 m; every
 * area and distance asserted below is worked out by hand from those rectangles.
 */
class BoundaryRulesTest {

    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    static List<Finding> check(Dataset d, String ruleId) {
        return TestRules.check(d, CHECK, ruleId);
    }

    static void assertDecimal(Object value, String expected) {
        assertThat(value).asInstanceOf(InstanceOfAssertFactories.BIG_DECIMAL).isEqualByComparingTo(expected);
    }

    /** A polygon site of mine M1: the rectangle from (x, y) north-east by the given sizes. */
    private static void addPolygonSite(Dataset d, String id, double x, double y, double north, double east) {
        d.sites.add(polygonSite(id, "M1", "200"));
        d.cornerPoints.addAll(rectangle(ShapeOwner.SITE, id, 1, x, y, north, east));
    }

    /** Enterprise E2 running mine M2 under its own licence C2: the 1 km square east of C1. */
    private static void addNeighbourEast(Dataset d) {
        d.enterprises.add(enterprise("E2"));
        d.mines.add(mine("M2", "E2"));
        d.licences.add(licence("C2", LicenceKind.MINING, "M2", "E2", UNTIL));
        d.licences.add(licence("S2", LicenceKind.SAFETY, "M2", "E2", UNTIL));
        d.blocks.add(block("C2", 1, "300", "100"));
        d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C2", 1, X0, Y0 + 1000, 1000, 1000));
    }

    private static void addZone(Dataset d, String id, ZoneType type, double x, double y, double north, double east) {
        d.zones.add(zone(id, type));
        d.cornerPoints.addAll(rectangle(ShapeOwner.ZONE, id, 1, x, y, north, east));
    }

    @Nested
    @DisplayName("BND-001 working site outside the licensed area")
    class Bnd001 {

        @Test
        @Fires("BND-001")
        void firesWithTheAreaOutsideForAPolygonSiteCrossingTheEastBoundary() {
            var d = compliantMine();
            // 200 m north × 300 m east from Y0+900: the eastern 200 m × 200 m lies beyond Y0+1000.
            addPolygonSite(d, "W1", X0 + 400, Y0 + 900, 200, 300);

            var findings = check(d, "BND-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("W1");
                assertThat(f.subject().enterpriseId()).isEqualTo("E1");
                assertThat(f.messageKey()).isEqualTo("BND-001.area");
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertDecimal(f.evidenceValue("outsideArea"), "40000");
                assertDecimal(f.evidenceValue("siteArea"), "60000");
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
                assertThat(f.evidenceValue("otherLicence")).isNull();
            });
        }

        @Test
        @Quiet("BND-001")
        void staysQuietForAPolygonSiteTouchingTheBoundaryFromInside() {
            var d = compliantMine();
            // Y0+700 .. Y0+1000: its eastern edge lies on the licence boundary.
            addPolygonSite(d, "W1", X0 + 400, Y0 + 700, 200, 300);

            assertThat(check(d, "BND-001")).isEmpty();
        }

        @Test
        @Fires("BND-001")
        void firesWithTheDistanceForAPointSiteBeyondTheCorner() {
            var d = compliantMine();
            // 30 m north and 40 m east of the north-east corner: 50 m away (3-4-5).
            d.sites.add(pointSite("W1", "M1", X0 + 1030, Y0 + 1040, "200"));

            var findings = check(d, "BND-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("W1");
                assertThat(f.messageKey()).isEqualTo("BND-001.point");
                assertDecimal(f.evidenceValue("outsideDistance"), "50");
                assertThat(f.evidenceValue("x")).isEqualTo(X0 + 1030);
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
            });
        }

        @Test
        @Quiet("BND-001")
        void staysQuietForAPointSiteExactlyOnTheBoundary() {
            var d = compliantMine();
            d.sites.add(pointSite("W1", "M1", X0 + 500, Y0 + 1000, "200"));

            assertThat(check(d, "BND-001")).isEmpty();
        }

        @Test
        @Quiet("BND-001")
        void staysQuietForAPointSiteInside() {
            var d = compliantMine();
            d.sites.add(pointSite("W1", "M1", X0 + 500, Y0 + 999, "200"));

            assertThat(check(d, "BND-001")).isEmpty();
        }

        @Test
        @Fires("BND-001")
        void namesTheOtherHoldersLicenceThatAPolygonSiteEnters() {
            var d = compliantMine();
            addNeighbourEast(d);
            addPolygonSite(d, "W1", X0 + 400, Y0 + 900, 200, 300);

            var findings = check(d, "BND-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("W1");
                assertDecimal(f.evidenceValue("outsideArea"), "40000");
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
                assertThat(f.evidenceValue("otherLicence")).isEqualTo("C2");
            });
        }

        @Test
        @Fires("BND-001")
        void namesTheOtherHoldersLicenceThatAPointSiteLiesIn() {
            var d = compliantMine();
            addNeighbourEast(d);
            d.sites.add(pointSite("W1", "M1", X0 + 500, Y0 + 1100, "200"));

            assertThat(check(d, "BND-001")).singleElement().satisfies(f -> {
                assertDecimal(f.evidenceValue("outsideDistance"), "100");
                assertThat(f.evidenceValue("otherLicence")).isEqualTo("C2");
            });
        }

        @Test
        @Quiet("BND-001")
        void staysQuietForTheNeighboursOwnSiteInsideItsLicence() {
            var d = compliantMine();
            addNeighbourEast(d);
            d.sites.add(pointSite("W2", "M2", X0 + 500, Y0 + 1100, "200"));

            assertThat(check(d, "BND-001")).isEmpty();
        }
    }

    @Nested
    @DisplayName("BND-002 working site below the licensed elevation range")
    class Bnd002 {

        @Test
        @Fires("BND-002")
        void firesWithTheMetresBelowForASiteUnderTheBlocksBottom() {
            var d = compliantMine();
            d.sites.add(pointSite("W1", "M1", X0 + 500, Y0 + 500, "85"));

            var findings = check(d, "BND-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("W1");
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertDecimal(f.evidenceValue("lowestElevation"), "85");
                assertDecimal(f.evidenceValue("bottomElevation"), "100");
                assertDecimal(f.evidenceValue("metresBelow"), "15");
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
                assertThat(f.evidenceValue("block")).isEqualTo(1);
            });
        }

        @Test
        @Quiet("BND-002")
        void staysQuietForASiteExactlyAtTheBottomElevation() {
            var d = compliantMine();
            d.sites.add(pointSite("W1", "M1", X0 + 500, Y0 + 500, "100"));

            assertThat(check(d, "BND-002")).isEmpty();
        }

        @Test
        @Fires("BND-002")
        @Quiet("BND-001")
        void judgesEachSiteAgainstTheBlockItLiesIn() {
            var d = compliantMine();
            // Block 1 becomes the western half (+300..+100 m), block 2 the eastern half reaching deeper (+200..+50 m).
            d.cornerPoints.removeIf(p -> p.ownerType() == ShapeOwner.LICENCE);
            d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C1", 1, X0, Y0, 1000, 500));
            d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C1", 2, X0, Y0 + 500, 1000, 500));
            d.blocks.add(block("C1", 2, "200", "50"));
            d.sites.add(pointSite("WEST", "M1", X0 + 500, Y0 + 250, "70"));
            d.sites.add(pointSite("EAST", "M1", X0 + 500, Y0 + 750, "70"));

            var findings = check(d, "BND-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("WEST");
                assertThat(f.evidenceValue("block")).isEqualTo(1);
                assertDecimal(f.evidenceValue("metresBelow"), "30");
            });
            assertThat(check(d, "BND-001"))
                    .as("two adjacent blocks form one licensed area")
                    .isEmpty();
        }

        /** The elevation check cannot be made without the elevation: a DATA finding says so, never silence. */
        @Test
        @Quiet("BND-002")
        @Fires("DATA-015")
        void staysQuietForASiteWithoutARecordedElevationWhichIsADataFindingInstead() {
            var d = compliantMine();
            d.sites.add(pointSite("W1", "M1", X0 + 500, Y0 + 500, null));

            assertThat(check(d, "BND-002")).isEmpty();
            assertThat(check(d, "DATA-015"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.subject().id()).isEqualTo("W1"));
        }
    }

    @Nested
    @DisplayName("BND-003 overlap with a forbidden zone")
    class Bnd003 {

        @Test
        @Fires("BND-003")
        void firesForTheForestryDepartmentWhenTheLicenceOverlapsANatureReserve() {
            var d = compliantMine();
            // The reserve's south-west 200 m × 200 m lies over the licence's north-east corner.
            addZone(d, "Z1", ZoneType.NATURE_RESERVE, X0 + 800, Y0 + 800, 400, 400);

            var findings = check(d, "BND-003");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().type()).isEqualTo("licence");
                assertThat(f.subject().id()).isEqualTo("C1");
                assertThat(f.department()).isEqualTo(Department.FORESTRY_GRASSLAND);
                assertThat(f.evidenceValue("zone")).isEqualTo("Z1");
                assertThat(f.evidenceValue("zoneType")).isEqualTo(ZoneType.NATURE_RESERVE);
                assertDecimal(f.evidenceValue("overlapArea"), "40000");
            });
        }

        @Test
        @Fires("BND-003")
        void firesForTheEcologyDepartmentWhenTheLicenceOverlapsARedLine() {
            var d = compliantMine();
            // The zone reaches 100 m over the western edge, from X0+200 to X0+700: 100 m × 500 m inside the licence.
            addZone(d, "Z2", ZoneType.RED_LINE, X0 + 200, Y0 - 300, 500, 400);

            var findings = check(d, "BND-003");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("C1");
                assertThat(f.department()).isEqualTo(Department.ECOLOGY_ENVIRONMENT);
                assertThat(f.evidenceValue("zoneType")).isEqualTo(ZoneType.RED_LINE);
                assertDecimal(f.evidenceValue("overlapArea"), "50000");
            });
        }

        /** One basis per zone type: a red line is not a water-source zone, nor a nature reserve. */
        @Test
        @Fires("BND-003")
        void aRedLineFindingCitesTheRedLineTextsOnlyAndAWaterSourceFindingItsPenaltyArticle() {
            var d = compliantMine();
            addZone(d, "Z2", ZoneType.RED_LINE, X0 + 200, Y0 - 300, 500, 400);
            addZone(d, "Z3", ZoneType.WATER_SOURCE, X0 + 1100, Y0 + 100, 100, 100);
            d.sites.add(pointSite("W1", "M1", X0 + 1150, Y0 + 150, "200"));

            var findings = check(d, "BND-003");

            assertThat(findings)
                    .filteredOn(f -> f.evidenceValue("zoneType") == ZoneType.RED_LINE)
                    .singleElement()
                    .satisfies(f -> assertThat(f.basisKeys()).containsExactly("epl-red-line", "red-line-notice-2022"));
            assertThat(findings)
                    .filteredOn(f -> f.evidenceValue("zoneType") == ZoneType.WATER_SOURCE)
                    .singleElement()
                    .satisfies(f -> assertThat(f.basisKeys())
                            .containsExactly("water-source-protection", "water-source-penalty"));
        }

        @Test
        @Quiet("BND-003")
        void staysQuietWhenTheLicenceOnlyTouchesTheZonesEdge() {
            var d = compliantMine();
            addZone(d, "Z1", ZoneType.NATURE_RESERVE, X0 + 1000, Y0, 500, 1000);
            addZone(d, "Z2", ZoneType.RED_LINE, X0, Y0 - 500, 1000, 500);

            assertThat(check(d, "BND-003")).isEmpty();
        }

        @Test
        @Fires("BND-003")
        void firesWhenAPointSiteLiesInsideADrinkingWaterZone() {
            var d = compliantMine();
            // The zone lies north of the licence, so only the site can meet it.
            addZone(d, "Z3", ZoneType.WATER_SOURCE, X0 + 1100, Y0 + 100, 100, 100);
            d.sites.add(pointSite("W1", "M1", X0 + 1150, Y0 + 150, "200"));

            var findings = check(d, "BND-003");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().type()).isEqualTo("site");
                assertThat(f.subject().id()).isEqualTo("W1");
                assertThat(f.department()).isEqualTo(Department.ECOLOGY_ENVIRONMENT);
                assertThat(f.evidenceValue("subjectType")).isEqualTo(ShapeOwner.SITE);
                assertThat(f.evidenceValue("zoneType")).isEqualTo(ZoneType.WATER_SOURCE);
                assertThat(f.evidenceValue("zone")).isEqualTo("Z3");
            });
        }

        @Test
        @Quiet("BND-003")
        void staysQuietForAPointSiteOnTheWaterZonesEdge() {
            var d = compliantMine();
            addZone(d, "Z3", ZoneType.WATER_SOURCE, X0 + 1100, Y0 + 100, 100, 100);
            d.sites.add(pointSite("W1", "M1", X0 + 1100, Y0 + 150, "200"));

            assertThat(check(d, "BND-003")).isEmpty();
        }
    }

    @Nested
    @DisplayName("BND-004 licence geometry missing or invalid")
    class Bnd004 {

        @Test
        @Fires("BND-004")
        void firesWhenTheLicenceHasNoCornerPoints() {
            var d = compliantMine();
            d.cornerPoints.removeIf(p -> p.ownerType() == ShapeOwner.LICENCE);

            var findings = check(d, "BND-004");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().type()).isEqualTo("licence");
                assertThat(f.subject().id()).isEqualTo("C1");
                assertThat(f.severity()).isEqualTo(Severity.MAJOR);
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
                assertThat(f.evidenceValue("problem")).isEqualTo("missing");
            });
        }

        @Test
        @Fires("BND-004")
        void firesWithTheCrossingPointForABowTieRing() {
            var d = compliantMine();
            d.cornerPoints.removeIf(p -> p.ownerType() == ShapeOwner.LICENCE);
            // SW → NE → SE → NW: the two diagonals cross at the square's centre (X0+500, Y0+500).
            d.cornerPoints.addAll(
                    ring(ShapeOwner.LICENCE, "C1", 1, X0, Y0, X0 + 1000, Y0 + 1000, X0, Y0 + 1000, X0 + 1000, Y0));

            var findings = check(d, "BND-004");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("problem")).isEqualTo("self-intersection");
                assertThat(f.evidenceValue("detail")).isEqualTo("X=4200500, Y=38500500");
            });
        }

        @Test
        @Fires("BND-004")
        void firesWhenXAndYAreSwappedSoTheNorthingIsOutOfRange() {
            var d = compliantMine();
            d.cornerPoints.removeIf(p -> p.ownerType() == ShapeOwner.LICENCE);
            d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C1", 1, Y0, X0, 1000, 1000));

            var findings = check(d, "BND-004");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("problem")).isEqualTo("out-of-range");
                assertThat((String) f.evidenceValue("detail")).startsWith("X=38500000, Y=4200000");
            });
        }

        @Test
        @Fires("BND-004")
        void firesWhenABlockHasNoRingOfCornerPoints() {
            var d = compliantMine();
            d.blocks.add(block("C1", 2, "200", "50"));

            assertThat(check(d, "BND-004")).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("problem")).isEqualTo("missing");
                assertThat(f.evidenceValue("detail")).isEqualTo("#2");
            });
        }

        @Test
        @Quiet("BND-004")
        void staysQuietForAValidLicence() {
            var d = compliantMine();

            assertThat(check(d, "BND-004")).isEmpty();
        }
    }

    @Nested
    @DisplayName("DATA-001 working site has no usable location")
    class Data001 {

        @Test
        @Fires("DATA-001")
        void firesForASiteWithNeitherCoordinatesNorCornerPoints() {
            var d = compliantMine();
            d.sites.add(polygonSite("W1", "M1", "200"));

            var findings = check(d, "DATA-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().type()).isEqualTo("site");
                assertThat(f.subject().id()).isEqualTo("W1");
                assertThat(f.department()).isEqualTo(Department.DATA);
                assertThat(f.evidenceValue("problem")).isEqualTo("missing");
            });
        }

        @Test
        @Fires("DATA-001")
        void firesForAPointSiteWithSwappedCoordinates() {
            var d = compliantMine();
            d.sites.add(pointSite("W1", "M1", Y0 + 500, X0 + 500, "200"));

            assertThat(check(d, "DATA-001")).singleElement().satisfies(f -> assertThat(f.evidenceValue("problem"))
                    .isEqualTo("out-of-range"));
        }

        @Test
        @Quiet("DATA-001")
        void staysQuietForSitesWithCoordinatesOrCornerPoints() {
            var d = compliantMine();
            d.sites.add(pointSite("W1", "M1", X0 + 500, Y0 + 500, "200"));
            addPolygonSite(d, "W2", X0 + 100, Y0 + 100, 100, 100);

            assertThat(check(d, "DATA-001")).isEmpty();
        }
    }

    @Nested
    @DisplayName("DATA-002 zone or historical patch has an unusable shape")
    class Data002 {

        @Test
        @Fires("DATA-002")
        void firesForAZoneWhoseBoundaryCrossesItself() {
            var d = compliantMine();
            d.zones.add(zone("Z1", ZoneType.RED_LINE));
            d.cornerPoints.addAll(ring(
                    ShapeOwner.ZONE,
                    "Z1",
                    1,
                    X0 + 2000,
                    Y0,
                    X0 + 3000,
                    Y0 + 1000,
                    X0 + 2000,
                    Y0 + 1000,
                    X0 + 3000,
                    Y0));

            var findings = check(d, "DATA-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("Z1");
                assertThat(f.evidenceValue("owner")).isEqualTo("Z1");
                assertThat(f.evidenceValue("problem")).isEqualTo("self-intersection");
            });
        }

        @Test
        @Fires("DATA-002")
        void firesForAZoneWithoutCornerPoints() {
            var d = compliantMine();
            d.zones.add(zone("Z1", ZoneType.NATURE_RESERVE));

            assertThat(check(d, "DATA-002")).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("Z1");
                assertThat(f.evidenceValue("problem")).isEqualTo("missing");
            });
        }

        @Test
        @Quiet("DATA-002")
        void staysQuietForAValidZone() {
            var d = compliantMine();
            addZone(d, "Z1", ZoneType.RED_LINE, X0 + 2000, Y0, 1000, 1000);

            assertThat(check(d, "DATA-002")).isEmpty();
        }
    }

    @Test
    void aCompliantMineWithSitesInsideItsLicenceRaisesNoBoundaryOrDataFinding() {
        var d = compliantMine();
        d.sites.add(pointSite("W1", "M1", X0 + 500, Y0 + 500, "150"));
        addPolygonSite(d, "W2", X0 + 100, Y0 + 100, 100, 100);

        assertThat(TestRules.check(d, CHECK)).isEmpty();
    }
}

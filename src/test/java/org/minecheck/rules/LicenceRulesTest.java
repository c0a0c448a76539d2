package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minecheck.finding.Basis;
import org.minecheck.finding.Department;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.model.*;
import org.minecheck.report.FindingText;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

/**
 * LIC-001..LIC-006 on facts built in code. Every scenario starts from {@link org.minecheck.testing.Facts#compliantMine()}
 * (producing coal mine M1 of enterprise E1, mining licence C1 and safety licence S1 valid 2020-01-01..2030-12-31) and
 * changes only what the scenario is about.
 */
class LicenceRulesTest {

    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    private static List<Finding> check(Dataset d, String ruleId) {
        return TestRules.check(d, CHECK, ruleId);
    }

    private static int setting(String key) {
        return TestRules.book().setting(key).intValue();
    }

    @Nested
    @DisplayName("LIC-001 producing mine without a valid mining licence")
    class Lic001 {

        @Test
        @Fires("LIC-001")
        void firesWhenTheProducingMineHasNoMiningLicenceAtAll() {
            var d = compliantMine();
            d.licences.removeIf(l -> l.kind() == LicenceKind.MINING);

            var findings = check(d, "LIC-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("M1");
                assertThat(f.messageKey()).isEqualTo("LIC-001.none");
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(f.department()).isEqualTo(Department.NATURAL_RESOURCES);
                assertThat(f.evidenceValue("checkDate")).isEqualTo(CHECK);
            });
        }

        @Test
        @Fires("LIC-001")
        void firesWhenTheOnlyMiningLicenceExpiredTheDayBeforeTheCheckDate() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, CHECK.minusDays(1)));

            var findings = check(d, "LIC-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("M1");
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
                assertThat(f.evidenceValue("validUntil")).isEqualTo(LocalDate.of(2025, 6, 29));
            });
        }

        @Test
        @Quiet("LIC-001")
        void staysQuietWhenTheLicenceExpiresOnTheCheckDate() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, CHECK));

            assertThat(check(d, "LIC-001")).isEmpty();
        }

        @Test
        @Quiet("LIC-001")
        void staysQuietWhenTheLicenceExpiresTheDayAfterTheCheckDate() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, CHECK.plusDays(1)));

            assertThat(check(d, "LIC-001")).isEmpty();
        }

        @Test
        @Fires("LIC-001")
        void firesWhenTheLicenceIsRevokedThoughItsDatesStillRun() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> withStatus(l, LicenceStatus.REVOKED));

            var findings = check(d, "LIC-001");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("M1");
                assertThat(f.evidenceValue("licenceStatus")).isEqualTo(LicenceStatus.REVOKED);
                assertThat(f.evidenceValue("validUntil")).isEqualTo(UNTIL);
            });
        }

        @Test
        @Fires("LIC-001")
        void firesWhenTheLicenceIsSuspended() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> withStatus(l, LicenceStatus.SUSPENDED));

            assertThat(check(d, "LIC-001")).singleElement().satisfies(f -> assertThat(f.evidenceValue("licenceStatus"))
                    .isEqualTo(LicenceStatus.SUSPENDED));
        }

        @Test
        @Fires("LIC-001")
        void firesWhenTheLicenceComesIntoForceOnlyAfterTheCheckDate() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validFrom(l, CHECK.plusDays(1)));

            assertThat(check(d, "LIC-001")).singleElement().satisfies(f -> assertThat(f.evidenceValue("validFrom"))
                    .isEqualTo(CHECK.plusDays(1)));
        }

        @Test
        @Fires("LIC-001")
        void showsTheMostRecentLicenceWhenSeveralHaveExpired() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, LocalDate.of(2024, 12, 31)));
            d.licences.add(validUntil(licence("C0", LicenceKind.MINING, "M1", "E1", null), LocalDate.of(2019, 12, 31)));

            assertThat(check(d, "LIC-001")).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
                assertThat(f.evidenceValue("validUntil")).isEqualTo(LocalDate.of(2024, 12, 31));
            });
        }

        @Test
        @Quiet("LIC-001")
        void staysQuietWhenAnExpiredLicenceWasRenewed() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, LocalDate.of(2024, 12, 31)));
            d.licences.add(validFrom(licence("C2", LicenceKind.MINING, "M1", "E1", UNTIL), LocalDate.of(2025, 1, 1)));

            assertThat(check(d, "LIC-001")).isEmpty();
        }

        @Test
        @Quiet("LIC-001")
        void staysQuietWhenTheMineWithoutLicenceIsNotProducing() {
            var d = compliantMine();
            d.licences.removeIf(l -> l.kind() == LicenceKind.MINING);
            changeMine(d, "M1", m -> withStatus(m, MineStatus.SUSPENDED));

            assertThat(check(d, "LIC-001")).isEmpty();
        }

        @Test
        void citesThe2009MineralResourcesLawArticleUpTo30June2025AndThe2024ArticleFrom1July() {
            var d = compliantMine();
            d.licences.removeIf(l -> l.kind() == LicenceKind.MINING);
            LocalDate lastDayOldLaw = LocalDate.of(2025, 6, 30);
            LocalDate firstDayNewLaw = LocalDate.of(2025, 7, 1);

            Basis before = miningRightBasis(d, lastDayOldLaw, false);
            Basis after = miningRightBasis(d, firstDayNewLaw, false);
            Basis beforeZh = miningRightBasis(d, lastDayOldLaw, true);
            Basis afterZh = miningRightBasis(d, firstDayNewLaw, true);

            assertThat(before.title()).contains("2009");
            assertThat(before.article()).isEqualTo("Art. 3 para. 3");
            assertThat(beforeZh.article()).isEqualTo("第三条第三款");
            assertThat(after.title()).contains("2024");
            assertThat(after.article()).isEqualTo("Art. 5, Art. 22, Art. 33");
            assertThat(afterZh.article()).isEqualTo("第五条、第二十二条、第三十三条");
        }

        private Basis miningRightBasis(Dataset d, LocalDate date, boolean chinese) {
            Finding f = TestRules.check(d, date, "LIC-001").get(0);
            return new FindingText(
                            TestRules.book(),
                            chinese ? org.minecheck.i18n.Texts.CHINESE : org.minecheck.i18n.Texts.ENGLISH,
                            date)
                    .basis(f).stream()
                            .filter(b -> b.citation().equals("mrl-mining-right"))
                            .findFirst()
                            .orElseThrow();
        }
    }

    @Nested
    @DisplayName("LIC-002 mining licence expires within the warning window")
    class Lic002 {
        private final int window = setting("licence.expiry-warning-days");
        private final int renewalDeadline = setting("licence.renewal-deadline-days");

        @Test
        @Fires("LIC-002")
        void firesWhenTheLicenceExpiresExactlyAtTheEndOfTheWindow() {
            var d = compliantMine();
            LocalDate until = CHECK.plusDays(window);
            changeLicence(d, "C1", l -> validUntil(l, until));

            var findings = check(d, "LIC-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().type()).isEqualTo("licence");
                assertThat(f.subject().id()).isEqualTo("C1");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.evidenceValue("validUntil")).isEqualTo(until);
                assertThat(f.evidenceValue("daysLeft")).isEqualTo((long) window);
                assertThat(f.evidenceValue("renewalBy")).isEqualTo(until.minusDays(renewalDeadline));
            });
        }

        @Test
        @Quiet("LIC-002")
        void staysQuietOneDayBeyondTheWindow() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, CHECK.plusDays(window + 1)));

            assertThat(check(d, "LIC-002")).isEmpty();
        }

        @Test
        @Fires("LIC-002")
        void firesOnTheLastDayOfValidityWithNoDaysLeft() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, CHECK));

            assertThat(check(d, "LIC-002")).singleElement().satisfies(f -> assertThat(f.evidenceValue("daysLeft"))
                    .isEqualTo(0L));
        }

        @Test
        @Quiet("LIC-002")
        void staysQuietOnceTheLicenceHasExpiredBecauseThatIsLic001() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, CHECK.minusDays(1)));

            assertThat(check(d, "LIC-002")).isEmpty();
        }

        @Test
        @Quiet("LIC-002")
        void staysQuietForARevokedLicenceInsideTheWindow() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> withStatus(validUntil(l, CHECK.plusDays(10)), LicenceStatus.REVOKED));

            assertThat(check(d, "LIC-002")).isEmpty();
        }

        @Test
        @Quiet("LIC-002")
        void staysQuietForAClosedMine() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> validUntil(l, CHECK.plusDays(10)));
            changeMine(d, "M1", m -> withStatus(m, MineStatus.CLOSED));

            assertThat(check(d, "LIC-002")).isEmpty();
        }

        @Test
        @Quiet("LIC-002")
        void staysQuietWhenTheRenewedLicenceIsAlreadyIssuedToFollowOnWithoutAGap() {
            var d = compliantMine();
            LocalDate until = CHECK.plusDays(10);
            changeLicence(d, "C1", l -> validUntil(l, until));
            d.licences.add(
                    validFrom(licence("C2", LicenceKind.MINING, "M1", "E1", until.plusYears(5)), until.plusDays(1)));

            assertThat(check(d, "LIC-002")).isEmpty();
        }

        @Test
        @Fires("LIC-002")
        void firesWhenTheFollowingLicenceLeavesAGapAfterExpiry() {
            var d = compliantMine();
            LocalDate until = CHECK.plusDays(10);
            changeLicence(d, "C1", l -> validUntil(l, until));
            d.licences.add(
                    validFrom(licence("C2", LicenceKind.MINING, "M1", "E1", until.plusYears(5)), until.plusDays(2)));

            assertThat(check(d, "LIC-002"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.subject().id()).isEqualTo("C1"));
        }
    }

    @Nested
    @DisplayName("LIC-003 operator is not the licence holder")
    class Lic003 {

        @Test
        @Fires("LIC-003")
        void firesWhenTheMineIsRunByAnEnterpriseOtherThanTheHolder() {
            var d = compliantMine();
            d.enterprises.add(enterprise("E2"));
            changeLicence(d, "C1", l -> heldBy(l, "E2"));

            var findings = check(d, "LIC-003");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("M1");
                assertThat(f.subject().enterpriseId()).isEqualTo("E1");
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(f.evidenceValue("holderId")).isEqualTo("E2");
                assertThat(f.evidenceValue("operatorId")).isEqualTo("E1");
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
            });
        }

        @Test
        @Quiet("LIC-003")
        void staysQuietWhenTheHolderRunsTheMine() {
            var d = compliantMine();

            assertThat(check(d, "LIC-003")).isEmpty();
        }

        @Test
        @Fires("LIC-003")
        void firesForAMineUnderConstruction() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> heldBy(l, "E2"));
            changeMine(d, "M1", m -> withStatus(m, MineStatus.CONSTRUCTION));

            assertThat(check(d, "LIC-003")).singleElement().satisfies(f -> assertThat(f.evidenceValue("holderId"))
                    .isEqualTo("E2"));
        }

        @Test
        @Quiet("LIC-003")
        void staysQuietForAMineThatIsClosed() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> heldBy(l, "E2"));
            changeMine(d, "M1", m -> withStatus(m, MineStatus.CLOSED));

            assertThat(check(d, "LIC-003")).isEmpty();
        }

        @Test
        @Quiet("LIC-003")
        void staysQuietWhenTheOtherHoldersLicenceIsNoLongerInForce() {
            var d = compliantMine();
            changeLicence(d, "C1", l -> heldBy(validUntil(l, CHECK.minusDays(1)), "E2"));

            assertThat(check(d, "LIC-003")).isEmpty();
        }
    }

    @Nested
    @DisplayName("LIC-004 mineral produced is not licensed")
    class Lic004 {

        @Test
        @Fires("LIC-004")
        void firesWhenTheMineProducesAMineralItsLicenceDoesNotCover() {
            var d = compliantMine();
            changeMine(d, "M1", m -> producing(m, "iron"));

            var findings = check(d, "LIC-004");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("M1");
                assertThat(f.severity()).isEqualTo(Severity.MAJOR);
                assertThat(f.evidenceValue("mineral")).isEqualTo("iron");
                assertThat(f.evidenceValue("licence")).isEqualTo("C1");
                assertThat(f.evidenceValue("minerals")).isEqualTo(List.of("coal"));
            });
        }

        @Test
        @Quiet("LIC-004")
        void staysQuietWhenTheMineralIsOneOfSeveralOnTheLicence() {
            var d = compliantMine();
            changeMine(d, "M1", m -> producing(m, "iron"));
            changeLicence(d, "C1", l -> covering(l, "copper", "iron", "gold"));

            assertThat(check(d, "LIC-004")).isEmpty();
        }

        @Test
        @Quiet("LIC-004")
        void staysQuietWhenASecondLicenceInForceCoversTheMineral() {
            var d = compliantMine();
            changeMine(d, "M1", m -> producing(m, "iron"));
            d.licences.add(covering(licence("C2", LicenceKind.MINING, "M1", "E1", UNTIL), "iron"));

            assertThat(check(d, "LIC-004")).isEmpty();
        }

        @Test
        @Fires("LIC-004")
        void firesWhenTheOnlyLicenceCoveringTheMineralHasExpired() {
            var d = compliantMine();
            changeMine(d, "M1", m -> producing(m, "iron"));
            d.licences.add(covering(licence("C2", LicenceKind.MINING, "M1", "E1", CHECK.minusDays(1)), "iron"));

            assertThat(check(d, "LIC-004")).singleElement().satisfies(f -> assertThat(f.evidenceValue("licence"))
                    .isEqualTo("C1"));
        }

        @Test
        @Quiet("LIC-004")
        void staysQuietWhenTheMineIsNotProducing() {
            var d = compliantMine();
            changeMine(d, "M1", m -> withStatus(producing(m, "iron"), MineStatus.SUSPENDED));

            assertThat(check(d, "LIC-004")).isEmpty();
        }
    }

    @Nested
    @DisplayName("LIC-005 producing without a valid safety production licence")
    class Lic005 {

        @Test
        @Fires("LIC-005")
        void firesWhenTheProducingMineHasNoSafetyLicence() {
            var d = compliantMine();
            d.licences.removeIf(l -> l.kind() == LicenceKind.SAFETY);

            var findings = check(d, "LIC-005");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("M1");
                assertThat(f.department()).isEqualTo(Department.EMERGENCY_MANAGEMENT);
                assertThat(f.evidenceValue("permit")).isEqualTo(LicenceKind.SAFETY);
                assertThat(f.evidenceValue("checkDate")).isEqualTo(CHECK);
            });
        }

        @Test
        @Fires("LIC-005")
        void firesWhenTheSafetyLicenceExpiredTheDayBefore() {
            var d = compliantMine();
            changeLicence(d, "S1", l -> validUntil(l, CHECK.minusDays(1)));

            assertThat(check(d, "LIC-005"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.subject().id()).isEqualTo("M1"));
        }

        @Test
        @Quiet("LIC-005")
        void staysQuietWhenTheSafetyLicenceExpiresOnTheCheckDate() {
            var d = compliantMine();
            changeLicence(d, "S1", l -> validUntil(l, CHECK));

            assertThat(check(d, "LIC-005")).isEmpty();
        }

        @Test
        @Fires("LIC-005")
        void firesWhenTheSafetyLicenceIsSuspended() {
            var d = compliantMine();
            changeLicence(d, "S1", l -> withStatus(l, LicenceStatus.SUSPENDED));

            assertThat(check(d, "LIC-005")).hasSize(1);
        }

        @Test
        @Quiet("LIC-005")
        void staysQuietForAMineUnderConstruction() {
            var d = compliantMine();
            d.licences.removeIf(l -> l.kind() == LicenceKind.SAFETY);
            changeMine(d, "M1", m -> withStatus(m, MineStatus.CONSTRUCTION));

            assertThat(check(d, "LIC-005")).isEmpty();
        }
    }

    @Nested
    @DisplayName("LIC-006 another required permit missing or invalid")
    class Lic006 {

        @Test
        @Fires("LIC-006")
        void firesWhenAMineThatDischargesPollutantsHasNoDischargePermit() {
            var d = compliantMine();
            changeMine(d, "M1", m -> needing(m, false, false, true));

            var findings = check(d, "LIC-006");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("M1");
                assertThat(f.department()).isEqualTo(Department.ECOLOGY_ENVIRONMENT);
                assertThat(f.evidenceValue("permit")).isEqualTo(LicenceKind.POLLUTANT_DISCHARGE);
                assertThat(f.evidenceValue("dischargesPollutants")).isEqualTo(true);
            });
        }

        @Test
        @Fires("LIC-006")
        void firesWhenTheDischargePermitExpiredTheDayBefore() {
            var d = compliantMine();
            changeMine(d, "M1", m -> needing(m, false, false, true));
            d.licences.add(licence("P1", LicenceKind.POLLUTANT_DISCHARGE, "M1", "E1", CHECK.minusDays(1)));

            assertThat(check(d, "LIC-006")).singleElement().satisfies(f -> assertThat(f.evidenceValue("permit"))
                    .isEqualTo(LicenceKind.POLLUTANT_DISCHARGE));
        }

        @Test
        @Quiet("LIC-006")
        void staysQuietWhenTheDischargePermitIsInForce() {
            var d = compliantMine();
            changeMine(d, "M1", m -> needing(m, false, false, true));
            d.licences.add(licence("P1", LicenceKind.POLLUTANT_DISCHARGE, "M1", "E1", CHECK));

            assertThat(check(d, "LIC-006")).isEmpty();
        }

        @Test
        @Fires("LIC-006")
        void firesWhenAMineThatAbstractsWaterHasNoAbstractionPermit() {
            var d = compliantMine();
            changeMine(d, "M1", m -> needing(m, false, true, false));

            var findings = check(d, "LIC-006");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.department()).isEqualTo(Department.WATER_RESOURCES);
                assertThat(f.evidenceValue("permit")).isEqualTo(LicenceKind.WATER_ABSTRACTION);
                assertThat(f.evidenceValue("abstractsWater")).isEqualTo(true);
            });
        }

        @Test
        @Quiet("LIC-006")
        void staysQuietWhenTheWaterAbstractionPermitIsInForce() {
            var d = compliantMine();
            changeMine(d, "M1", m -> needing(m, false, true, false));
            d.licences.add(licence("W1", LicenceKind.WATER_ABSTRACTION, "M1", "E1", UNTIL));

            assertThat(check(d, "LIC-006")).isEmpty();
        }

        @Test
        @Fires("LIC-006")
        void firesWhenTheMineRecordsForestLandButHasNoForestLandApproval() {
            var d = compliantMine();
            changeMine(d, "M1", m -> needing(m, true, false, false));

            var findings = check(d, "LIC-006");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.department()).isEqualTo(Department.FORESTRY_GRASSLAND);
                assertThat(f.evidenceValue("permit")).isEqualTo(LicenceKind.FOREST_LAND);
                assertThat(f.evidenceValue("occupiesForestLand")).isEqualTo(true);
            });
        }

        @Test
        @Fires("LIC-006")
        void firesWhenAWorkingSiteLiesOnForestLandThoughTheMineRecordSaysNot() {
            var d = compliantMine();
            d.sites.add(onForestLand(pointSite("W2", "M1", X0 + 500, Y0 + 500, "200")));
            d.sites.add(pointSite("W1", "M1", X0 + 400, Y0 + 400, "200"));

            var findings = check(d, "LIC-006");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("M1");
                assertThat(f.department()).isEqualTo(Department.FORESTRY_GRASSLAND);
                assertThat(f.evidenceValue("permit")).isEqualTo(LicenceKind.FOREST_LAND);
                assertThat(f.evidenceValue("site")).isEqualTo("W2");
            });
        }

        @Test
        @Fires("LIC-006")
        void raisesOneFindingWhenBothTheMineRecordAndASiteShowForestLand() {
            var d = compliantMine();
            changeMine(d, "M1", m -> needing(m, true, false, false));
            d.sites.add(onForestLand(pointSite("W1", "M1", X0 + 500, Y0 + 500, "200")));
            d.sites.add(onForestLand(pointSite("W2", "M1", X0 + 600, Y0 + 600, "200")));

            assertThat(check(d, "LIC-006")).singleElement().satisfies(f -> assertThat(
                            f.evidenceValue("occupiesForestLand"))
                    .isEqualTo(true));
        }

        @Test
        @Quiet("LIC-006")
        void staysQuietWhenASiteOnForestLandHasAnApprovalInForce() {
            var d = compliantMine();
            d.sites.add(onForestLand(pointSite("W1", "M1", X0 + 500, Y0 + 500, "200")));
            d.licences.add(licence("F1", LicenceKind.FOREST_LAND, "M1", "E1", CHECK.plusDays(1)));

            assertThat(check(d, "LIC-006")).isEmpty();
        }

        @Test
        @Quiet("LIC-006")
        void staysQuietWhenTheMineNeedsNoOtherPermit() {
            var d = compliantMine();
            d.sites.add(pointSite("W1", "M1", X0 + 500, Y0 + 500, "200"));

            assertThat(check(d, "LIC-006")).isEmpty();
        }

        @Test
        @Quiet("LIC-006")
        void staysQuietForAMineThatIsNotProducing() {
            var d = compliantMine();
            changeMine(d, "M1", m -> withStatus(needing(m, true, true, true), MineStatus.SUSPENDED));

            assertThat(check(d, "LIC-006")).isEmpty();
        }

        @Test
        @Fires("LIC-006")
        void raisesOneFindingPerMissingPermit() {
            var d = compliantMine();
            changeMine(d, "M1", m -> needing(m, true, true, true));

            assertThat(check(d, "LIC-006"))
                    .extracting(f -> f.evidenceValue("permit"))
                    .containsExactlyInAnyOrder(
                            LicenceKind.POLLUTANT_DISCHARGE, LicenceKind.WATER_ABSTRACTION, LicenceKind.FOREST_LAND);
        }
    }
}

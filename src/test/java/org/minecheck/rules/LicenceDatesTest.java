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
 * Licences and mines as they stood on a date: the renewal deadline and the lapse that follows it, dated licence events,
 * a mine's status from its production start, construction-stage extraction, the safety licence's holder and the other
 * permits' own renewal lead times. Mine M1 (coal, open pit, production since 2015) holds mining licence C1 and safety
 * licence S1, both valid 2020-01-01 to 2030-12-31 unless a test says otherwise.
 */
class LicenceDatesTest {

    private static List<Finding> check(Dataset d, LocalDate date, String ruleId) {
        return TestRules.check(d, date, ruleId);
    }

    /** M1 with its mining licence C1 expiring on the given day. */
    private static Dataset miningLicenceExpiring(String until) {
        Dataset d = licencedMine();
        changeLicence(d, "C1", l -> validUntil(l, LocalDate.parse(until)));
        return d;
    }

    private static LicenceEvent event(String licence, LicenceKind kind, LicenceEventType type, String date) {
        return new LicenceEvent(licence, kind, type, LocalDate.parse(date), null, null);
    }

    @Nested
    @DisplayName("LIC-002 after the renewal deadline")
    class Lic002Lapse {
        // C1 expires 2025-12-31: the renewal deadline (30 days before) is 2025-12-01.

        @Test
        @Fires("LIC-002")
        void firesAsALapseAtAHigherSeverityTheDayAfterTheDeadlineWithNoApplication() {
            var findings = check(miningLicenceExpiring("2025-12-31"), LocalDate.of(2025, 12, 2), "LIC-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("LIC-002.lapse");
                assertThat(f.severity()).isEqualTo(Severity.MAJOR);
                assertThat(f.evidenceValue("renewalBy")).isEqualTo(LocalDate.of(2025, 12, 1));
                assertThat(f.conductDate()).isEqualTo(LocalDate.of(2025, 12, 1));
            });
        }

        @Test
        @Fires("LIC-002")
        void staysAWarningOnTheDeadlineItselfWhereItSaysWhenToApply() {
            var findings = check(miningLicenceExpiring("2025-12-31"), LocalDate.of(2025, 12, 1), "LIC-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("LIC-002");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
        }

        @Test
        @Quiet("LIC-002")
        void staysQuietWhenTheRenewalWasAppliedForByTheDeadline() {
            Dataset d = miningLicenceExpiring("2025-12-31");
            d.licenceEvents.add(event("C1", LicenceKind.MINING, LicenceEventType.RENEWAL_APPLIED, "2025-12-01"));

            assertThat(check(d, LocalDate.of(2025, 12, 2), "LIC-002")).isEmpty();
            assertThat(check(d, LocalDate.of(2025, 12, 1), "LIC-002"))
                    .as("applied: no need to warn either")
                    .isEmpty();
            assertThat(check(d, LocalDate.of(2025, 11, 30), "LIC-002"))
                    .as("not yet applied: warned")
                    .hasSize(1);
        }

        @Test
        @Fires("LIC-002")
        void aLateApplicationDoesNotSaveTheLicenceAndTheMessageSaysWhenItCame() {
            Dataset d = miningLicenceExpiring("2025-12-31");
            d.licenceEvents.add(event("C1", LicenceKind.MINING, LicenceEventType.RENEWAL_APPLIED, "2025-12-10"));

            var findings = check(d, LocalDate.of(2025, 12, 20), "LIC-002");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("LIC-002.lapse");
                assertThat(f.evidenceValue("renewalApplied")).isEqualTo(LocalDate.of(2025, 12, 10));
                assertThat(new FindingText(
                                        TestRules.book(), org.minecheck.i18n.Texts.ENGLISH, LocalDate.of(2025, 12, 20))
                                .message(f))
                        .contains("an application dated 2025-12-10, after the deadline")
                        .contains("lapses at expiry");
            });
        }

        @Test
        void aDeadlineFromJuly2025CitesThe2024LawsArticleOnTheRightEnding() {
            Finding f = check(miningLicenceExpiring("2025-12-31"), LocalDate.of(2025, 12, 2), "LIC-002")
                    .get(0);

            List<Basis> basis = new FindingText(
                            TestRules.book(), org.minecheck.i18n.Texts.CHINESE, LocalDate.of(2025, 12, 2))
                    .basis(f);

            assertThat(basis).extracting(Basis::citation).containsExactly("registration-art-7", "mrl-right-lapse");
            assertThat(basis)
                    .filteredOn(b -> b.citation().equals("mrl-right-lapse"))
                    .singleElement()
                    .satisfies(b -> assertThat(b.article()).isEqualTo("第二十四条第三款、第四款"));
        }

        @Test
        void aDeadlineBeforeJuly2025CitesTheRegistrationMeasuresAndShowsThe2024ArticleAsNewer() {
            Finding f = check(miningLicenceExpiring("2025-07-20"), LocalDate.of(2025, 7, 5), "LIC-002")
                    .get(0);

            List<Basis> basis = new FindingText(
                            TestRules.book(), org.minecheck.i18n.Texts.CHINESE, LocalDate.of(2025, 7, 5))
                    .basis(f);

            assertThat(f.conductDate()).isEqualTo(LocalDate.of(2025, 6, 20));
            assertThat(basis)
                    .filteredOn(b -> !b.newer())
                    .extracting(Basis::citation)
                    .containsExactly("registration-art-7");
            assertThat(basis)
                    .filteredOn(Basis::newer)
                    .extracting(Basis::citation)
                    .containsExactly("mrl-right-lapse");
        }
    }

    @Nested
    @DisplayName("licence events: a licence as it stood on the check date")
    class Events {
        @Test
        @Fires("LIC-001")
        void firesForAProducingMineOnTheDayItsLicenceWasSuspended() {
            Dataset d = licencedMine();
            changeLicence(d, "C1", l -> withStatus(l, LicenceStatus.SUSPENDED));
            d.licenceEvents.add(event("C1", LicenceKind.MINING, LicenceEventType.SUSPENDED, "2024-05-10"));

            assertThat(check(d, LocalDate.of(2024, 5, 10), "LIC-001"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.evidenceValue("licenceStatus")).isEqualTo(LicenceStatus.SUSPENDED));
        }

        @Test
        @Quiet("LIC-001")
        void staysQuietTheDayBeforeTheSuspensionForACheckAsOfThatDay() {
            Dataset d = licencedMine();
            changeLicence(d, "C1", l -> withStatus(l, LicenceStatus.SUSPENDED));
            d.licenceEvents.add(event("C1", LicenceKind.MINING, LicenceEventType.SUSPENDED, "2024-05-10"));

            assertThat(check(d, LocalDate.of(2024, 5, 9), "LIC-001")).isEmpty();
        }

        @Test
        @Fires("LIC-001")
        @Quiet("LIC-001")
        void staysQuietAfterTheLicenceWasResumedAndFiresWhileItWasSuspended() {
            Dataset d = licencedMine();
            d.licenceEvents.add(event("C1", LicenceKind.MINING, LicenceEventType.SUSPENDED, "2024-05-10"));
            d.licenceEvents.add(event("C1", LicenceKind.MINING, LicenceEventType.RESUMED, "2024-08-01"));

            assertThat(check(d, LocalDate.of(2024, 8, 1), "LIC-001")).isEmpty();
            assertThat(check(d, LocalDate.of(2024, 7, 31), "LIC-001")).hasSize(1);
        }
    }

    @Nested
    @DisplayName("a mine's status applies from its dates (issue 8)")
    class MineDates {
        /** M1 recorded as producing from 2025-03-01, without any mining or safety licence. */
        private Dataset producingFromMarch2025WithoutLicence() {
            Dataset d = licencedMine();
            d.licences.clear();
            d.mines.set(
                    0, reshaped(d.mines.get(0), MineStatus.PRODUCING, MineScale.MEDIUM, "2025-03-01", "900000", "4"));
            return d;
        }

        @Test
        @Quiet({"LIC-001", "LIC-005"})
        void staysQuietForProducingWithoutALicenceAsOfADayBeforeProductionStarted() {
            assertThat(check(producingFromMarch2025WithoutLicence(), LocalDate.of(2025, 2, 28), "LIC-001"))
                    .isEmpty();
            assertThat(check(producingFromMarch2025WithoutLicence(), LocalDate.of(2025, 2, 28), "LIC-005"))
                    .isEmpty();
        }

        @Test
        @Fires({"LIC-001", "LIC-005"})
        void firesFromTheDayProductionStarted() {
            assertThat(check(producingFromMarch2025WithoutLicence(), LocalDate.of(2025, 3, 1), "LIC-001"))
                    .hasSize(1);
            assertThat(check(producingFromMarch2025WithoutLicence(), LocalDate.of(2025, 3, 1), "LIC-005"))
                    .hasSize(1);
        }
    }

    @Nested
    @DisplayName("LIC-007 mine under construction extracting without a mining licence")
    class Lic007 {
        private Dataset underConstruction(String output) {
            Dataset d = licencedMine();
            d.licences.removeIf(l -> l.kind() == LicenceKind.MINING);
            d.mines.set(0, withStatus(d.mines.get(0), MineStatus.CONSTRUCTION));
            d.production.add(production("M1", 2024, output, null));
            return d;
        }

        @Test
        @Fires("LIC-007")
        void firesForOutputReportedWhileBuildingWithoutALicence() {
            var findings = check(underConstruction("1200"), LocalDate.of(2025, 6, 30), "LIC-007");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("year")).isEqualTo(2024);
                assertThat(f.conductDate()).isEqualTo(LocalDate.of(2024, 12, 31));
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            });
            assertThat(check(underConstruction("1200"), LocalDate.of(2025, 6, 30), "LIC-001"))
                    .isEmpty();
        }

        @Test
        @Quiet("LIC-007")
        void staysQuietForAConstructionYearWithNoOutput() {
            assertThat(check(underConstruction("0"), LocalDate.of(2025, 6, 30), "LIC-007"))
                    .isEmpty();
        }

        @Test
        @Quiet("LIC-007")
        void staysQuietWhenAMiningLicenceWasInForceThatYear() {
            Dataset d = underConstruction("1200");
            d.licences.add(licence("C1", LicenceKind.MINING, "M1", "E1", UNTIL));

            assertThat(check(d, LocalDate.of(2025, 6, 30), "LIC-007")).isEmpty();
        }
    }

    @Nested
    @DisplayName("LIC-008 safety licence holder is not the mining licence holder")
    class Lic008 {
        @Test
        @Fires("LIC-008")
        void firesWhenTheSafetyLicenceIsHeldByAnotherEnterprise() {
            Dataset d = licencedMine();
            d.enterprises.add(enterprise("E2"));
            changeLicence(d, "S1", l -> heldBy(l, "E2"));

            assertThat(check(d, LocalDate.of(2025, 6, 30), "LIC-008"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.evidenceValue("safetyHolder")).isEqualTo("E2");
                        assertThat(f.evidenceValue("holderId")).isEqualTo("E1");
                        assertThat(f.department()).isEqualTo(Department.EMERGENCY_MANAGEMENT);
                    });
        }

        @Test
        @Quiet("LIC-008")
        void staysQuietWhenBothAreHeldByTheMiningRightHolder() {
            assertThat(check(licencedMine(), LocalDate.of(2025, 6, 30), "LIC-008"))
                    .isEmpty();
        }

        @Test
        @Quiet("LIC-008")
        void staysQuietForAnotherHoldersSafetyLicenceThatIsNoLongerInForce() {
            Dataset d = licencedMine();
            d.enterprises.add(enterprise("E2"));
            d.licences.add(validUntil(
                    heldBy(licence("S0", LicenceKind.SAFETY, "M1", "E2", UNTIL), "E2"), LocalDate.of(2022, 12, 31)));

            assertThat(check(d, LocalDate.of(2025, 6, 30), "LIC-008")).isEmpty();
        }
    }

    @Nested
    @DisplayName("LIC-009 other permits' renewal lead times")
    class Lic009 {
        /** S1 expiring 2026-03-31: a safety licence is renewed 3 months before expiry, so by 2025-12-31. */
        private Dataset safetyExpiring() {
            Dataset d = licencedMine();
            changeLicence(d, "S1", l -> validUntil(l, LocalDate.of(2026, 3, 31)));
            return d;
        }

        @Test
        @Fires("LIC-009")
        void firesThirtyDaysBeforeTheSafetyLicencesThreeMonthDeadline() {
            var findings = check(safetyExpiring(), LocalDate.of(2025, 12, 1), "LIC-009");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("renewalBy")).isEqualTo(LocalDate.of(2025, 12, 31));
                assertThat(f.evidenceValue("deadlineState")).isEqualTo("ahead");
                assertThat(f.evidenceValue("permit")).isEqualTo(LicenceKind.SAFETY);
                assertThat(f.department()).isEqualTo(Department.EMERGENCY_MANAGEMENT);
            });
        }

        @Test
        @Quiet("LIC-009")
        void staysQuietTheDayBeforeTheWarningStarts() {
            assertThat(check(safetyExpiring(), LocalDate.of(2025, 11, 30), "LIC-009"))
                    .isEmpty();
        }

        @Test
        @Fires("LIC-009")
        void saysTheDeadlineHasPassedAfterIt() {
            assertThat(check(safetyExpiring(), LocalDate.of(2026, 1, 1), "LIC-009"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.evidenceValue("deadlineState")).isEqualTo("passed"));
        }

        @Test
        @Quiet("LIC-009")
        void staysQuietOnceTheRenewalIsAppliedFor() {
            Dataset d = safetyExpiring();
            d.licenceEvents.add(event("S1", LicenceKind.SAFETY, LicenceEventType.RENEWAL_APPLIED, "2025-11-20"));

            assertThat(check(d, LocalDate.of(2025, 12, 1), "LIC-009")).isEmpty();
        }

        @Test
        @Fires("LIC-009")
        @Quiet("LIC-009")
        void aWaterAbstractionPermitHasItsOwnFortyFiveDayLeadTime() {
            Dataset d = licencedMine();
            changeMine(d, "M1", m -> needing(m, false, true, false));
            d.licences.add(licence("W1", LicenceKind.WATER_ABSTRACTION, "M1", "E1", LocalDate.of(2026, 3, 31)));

            // deadline 45 days before 2026-03-31 = 2026-02-14; the warning starts 30 days earlier, on 2026-01-15
            assertThat(check(d, LocalDate.of(2026, 1, 14), "LIC-009")).isEmpty();
            assertThat(check(d, LocalDate.of(2026, 1, 15), "LIC-009"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.evidenceValue("renewalBy")).isEqualTo(LocalDate.of(2026, 2, 14));
                        assertThat(f.department()).isEqualTo(Department.WATER_RESOURCES);
                    });
        }
    }

    @Nested
    @DisplayName("LIC-005 and LIC-006 name the lapsed permit's row")
    class LapsedPermits {
        @Test
        @Fires("LIC-005")
        void aLapsedSafetyLicenceIsNamedWithItsNumberExpiryAndStatusThatDay() {
            Dataset d = licencedMine();
            changeLicence(d, "S1", l -> validUntil(l, LocalDate.of(2025, 6, 29)));

            assertThat(check(d, LocalDate.of(2025, 6, 30), "LIC-005"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.messageKey()).isEqualTo("LIC-005.lapsed");
                        assertThat(f.evidenceValue("permitNumber")).isEqualTo("S1");
                        assertThat(f.evidenceValue("validUntil")).isEqualTo(LocalDate.of(2025, 6, 29));
                    });
        }

        @Test
        @Fires("LIC-006")
        void aMissingPollutantPermitHasNoneToName() {
            Dataset d = licencedMine();
            changeMine(d, "M1", m -> needing(m, false, false, true));

            assertThat(check(d, LocalDate.of(2025, 6, 30), "LIC-006"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.messageKey()).isEqualTo("LIC-006");
                        assertThat(f.evidenceValue("permitNumber")).isNull();
                    });
        }

        @Test
        @Quiet("LIC-006")
        void staysQuietWithAPollutantPermitInForceWhichTheLapsedOneDoesNotOutweigh() {
            Dataset d = licencedMine();
            changeMine(d, "M1", m -> needing(m, false, false, true));
            d.licences.add(licence("P0", LicenceKind.POLLUTANT_DISCHARGE, "M1", "E1", LocalDate.of(2022, 12, 31)));
            d.licences.add(licence("P1", LicenceKind.POLLUTANT_DISCHARGE, "M1", "E1", UNTIL));

            assertThat(check(d, LocalDate.of(2025, 6, 30), "LIC-006")).isEmpty();
        }
    }
}

package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minecheck.finding.EmptyCell;
import org.minecheck.finding.Finding;
import org.minecheck.model.*;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

/**
 * A check that cannot be made because an optional cell is blank gives a DATA finding naming the cell, never silence:
 * the licence's production scale (TGT-002), the design capacity (TGT-002 for coal, ENV-003, ENV-005), the production
 * start date (TGT-003) and the plan's service-period end and capacity (ENV-005). The compliant mine M1 (coal, design
 * capacity 900,000 t/a, producing since 2015) files all of them.
 */
class BlankCellDataTest {
    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    private static List<Finding> check(Dataset d, String ruleId) {
        return TestRules.check(d, CHECK, ruleId);
    }

    private static Mine withDesignCapacity(Mine m, String capacity) {
        return reshaped(
                m,
                m.status(),
                m.scale(),
                m.productionStart() == null ? null : m.productionStart().toString(),
                capacity,
                m.seamThickness() == null ? null : m.seamThickness().toPlainString());
    }

    @Nested
    @DisplayName("DATA-016 the licence's production scale")
    class Data016 {
        @Test
        @Fires("DATA-016")
        void firesInsteadOfSkippingTgt002WhenTheLicenceStatesNoScale() {
            Dataset d = compliantMine();
            d.production.set(0, production("M1", 2024, "1200000", "92", "80", "80"));
            changeLicence(
                    d,
                    "C1",
                    l -> new Licence(
                            l.number(),
                            l.kind(),
                            l.mineId(),
                            l.holderId(),
                            l.minerals(),
                            l.validFrom(),
                            l.validUntil(),
                            l.status(),
                            null,
                            l.issuer(),
                            l.origin()));

            assertThat(check(d, "TGT-002")).extracting(Finding::messageKey).containsExactly("TGT-002.coal");
            assertThat(check(d, "DATA-016")).singleElement().satisfies(f -> {
                assertThat(f.subject().id()).isEqualTo("C1");
                assertThat(f.evidenceValue("capacity")).isEqualTo(EmptyCell.EMPTY);
            });
        }

        @Test
        @Quiet("DATA-016")
        void staysQuietWhenTheLicenceStatesItsScale() {
            assertThat(check(compliantMine(), "DATA-016")).isEmpty();
        }
    }

    @Nested
    @DisplayName("DATA-017 the mine's design capacity")
    class Data017 {
        @Test
        @Fires("DATA-017")
        void firesForACoalMineWithoutItsDesignCapacity() {
            Dataset d = compliantMine();
            changeMine(d, "M1", m -> withDesignCapacity(m, null));

            assertThat(check(d, "DATA-017")).singleElement().satisfies(f -> assertThat(
                            f.evidenceValue("designCapacity"))
                    .isEqualTo(EmptyCell.EMPTY));
        }

        @Test
        @Quiet("DATA-017")
        void staysQuietWhenTheDesignCapacityIsStated() {
            assertThat(check(compliantMine(), "DATA-017")).isEmpty();
        }
    }

    @Nested
    @DisplayName("DATA-018 the production start date")
    class Data018 {
        @Test
        @Fires("DATA-018")
        void firesForAProducingMineWithoutItsStartDate() {
            Dataset d = compliantMine();
            changeMine(d, "M1", m -> reshaped(m, MineStatus.PRODUCING, m.scale(), null, "900000", "4"));

            assertThat(check(d, "DATA-018")).hasSize(1);
            assertThat(check(d, "TGT-003")).isEmpty();
        }

        @Test
        @Quiet("DATA-018")
        void staysQuietForAMineUnderConstructionWithoutOne() {
            Dataset d = compliantMine();
            changeMine(d, "M1", m -> reshaped(m, MineStatus.CONSTRUCTION, m.scale(), null, "900000", "4"));

            assertThat(check(d, "DATA-018")).isEmpty();
        }
    }

    @Nested
    @DisplayName("DATA-019 the plan's service-period end and capacity")
    class Data019 {
        private Dataset planWith(String validUntil, String capacity) {
            Dataset d = compliantMine();
            d.approvals.removeIf(a -> a.kind() == ApprovalKind.RECLAMATION_PLAN);
            d.approvals.add(
                    plan("M1", "2020-03-01", validUntil, "12000000", "6000000", MiningMethod.OPEN_PIT, capacity));
            return d;
        }

        @Test
        @Fires("DATA-019")
        void firesWhenThePlanStatesNoEndSoEnv005CouldNeverSeeItLapse() {
            var findings = check(planWith(null, "900000"), "DATA-019");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("DATA-019");
                assertThat(f.evidenceValue("validUntil")).isEqualTo(EmptyCell.EMPTY);
            });
        }

        @Test
        @Fires("DATA-019")
        void firesWhenThePlanStatesNoCapacityForTheScaleTest() {
            assertThat(check(planWith("2030-12-31", null), "DATA-019"))
                    .extracting(Finding::messageKey)
                    .containsExactly("DATA-019.capacity");
        }

        @Test
        @Quiet("DATA-019")
        void staysQuietWhenThePlanStatesBoth() {
            assertThat(check(planWith("2030-12-31", "900000"), "DATA-019")).isEmpty();
        }
    }
}

package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minecheck.finding.Department;
import org.minecheck.finding.Finding;
import org.minecheck.model.Dataset;
import org.minecheck.model.FundRecord;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

/**
 * The fund across years: cumulative arrears carried forward (FND-004) and balance reconciliation (FND-005). Mine M1's
 * plan amortises 12,000,000 yuan over 6,000,000 t, so each year's requirement is output × 2 yuan: 500,000 t in 2023
 * and in 2024 require 1,000,000 yuan each.
 */
class FundLedgerTest {
    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    /** 2023 and 2024, 500,000 t each, provisioned as given; used 0; balances as given. */
    private static Dataset twoYears(String p2023, String b2023, String p2024, String b2024) {
        Dataset d = compliantMine();
        d.production.clear();
        d.production.add(production("M1", 2023, "500000", "92", "80", "80"));
        d.production.add(production("M1", 2024, "500000", "92", "80", "80"));
        d.funds.clear();
        d.funds.add(fund("M1", 2023, p2023, "0", b2023));
        d.funds.add(fund("M1", 2024, p2024, "0", b2024));
        return d;
    }

    private static List<Finding> check(Dataset d, String ruleId) {
        return TestRules.check(d, CHECK, ruleId);
    }

    @Nested
    @DisplayName("FND-004 cumulative arrears")
    class Fnd004 {
        @Test
        @Fires("FND-004")
        void firesWithTheArrearsCarriedForwardAndTheArithmeticShown() {
            var findings = check(twoYears("600000", "600000", "900000", "1500000"), "FND-004");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat((BigDecimal) f.evidenceValue("arrears")).isEqualByComparingTo("500000");
                assertThat((BigDecimal) f.evidenceValue("cumulativeRequired")).isEqualByComparingTo("2000000");
                assertThat(f.evidenceValue("arrearsArithmetic"))
                        .isEqualTo("2023: 0 + 1000000 − 600000 = 400000; 2024: 400000 + 1000000 − 900000 = 500000");
                assertThat(f.conductDate()).isEqualTo(LocalDate.of(2024, 12, 31));
            });
        }

        @Test
        @Quiet("FND-004")
        @Fires("FND-001")
        void staysQuietWhenALaterSurplusPaysOffAnEarlierShortfallThoughThatYearStillFails() {
            Dataset d = twoYears("600000", "600000", "1400000", "2000000");

            assertThat(check(d, "FND-004")).isEmpty();
            assertThat(check(d, "FND-001"))
                    .extracting(f -> f.evidenceValue("fundYear"))
                    .containsExactly(2023);
        }
    }

    @Nested
    @DisplayName("FND-005 balance reconciliation")
    class Fnd005 {
        @Test
        @Fires("FND-005")
        void firesWhenTheClosingBalanceIsNotOpeningPlusProvisionedMinusUsed() {
            var findings = check(twoYears("1000000", "1000000", "1000000", "1900000"), "FND-005");

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("fundYear")).isEqualTo(2024);
                assertThat((BigDecimal) f.evidenceValue("expectedBalance")).isEqualByComparingTo("2000000");
                assertThat((BigDecimal) f.evidenceValue("balanceDifference")).isEqualByComparingTo("-100000");
                assertThat(f.evidenceValue("arithmetic")).isEqualTo("1000000 + 1000000 − 0 = 2000000 ≠ 1900000");
                assertThat(f.department()).isEqualTo(Department.FINANCE);
            });
        }

        @Test
        @Quiet("FND-005")
        void staysQuietWithinTheOneYuanRoundingTolerance() {
            assertThat(check(twoYears("1000000", "1000000", "1000000", "2000001"), "FND-005"))
                    .isEmpty();
        }

        @Test
        @Fires("FND-005")
        void firesOneYuanBeyondTheTolerance() {
            assertThat(check(twoYears("1000000", "1000000", "1000000", "2000002"), "FND-005"))
                    .hasSize(1);
        }

        @Test
        @Fires("FND-005")
        void aFirstYearIsReconciledAgainstItsOwnOpeningBalance() {
            Dataset d = twoYears("1000000", "1000000", "1000000", "2000000");
            d.funds.set(
                    0,
                    new FundRecord("M1", 2023, "FA-M1", true, n("1000000"), n("0"), n("1000000"), n("250000"), null));

            assertThat(check(d, "FND-005")).singleElement().satisfies(f -> {
                assertThat(f.evidenceValue("fundYear")).isEqualTo(2023);
                assertThat((BigDecimal) f.evidenceValue("expectedBalance")).isEqualByComparingTo("1250000");
            });
        }

        @Test
        @Fires("FND-005")
        void firesWhenTheOpeningBalanceFiledIsNotLastYearsClosing() {
            Dataset d = twoYears("1000000", "1000000", "1000000", "2000000");
            d.funds.set(
                    1,
                    new FundRecord("M1", 2024, "FA-M1", true, n("1000000"), n("0"), n("2000000"), n("900000"), null));

            assertThat(check(d, "FND-005"))
                    .extracting(Finding::messageKey)
                    .containsExactlyInAnyOrder("FND-005.opening", "FND-005");
        }

        @Test
        @Quiet("FND-005")
        void staysQuietWhenTheOpeningBalanceFiledIsLastYearsClosing() {
            Dataset d = twoYears("1000000", "1000000", "1000000", "2000000");
            d.funds.set(
                    1,
                    new FundRecord("M1", 2024, "FA-M1", true, n("1000000"), n("0"), n("2000000"), n("1000000"), null));

            assertThat(check(d, "FND-005")).isEmpty();
        }
    }
}

package org.minecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minecheck.finding.Finding;
import org.minecheck.testing.Facts;
import org.minecheck.testing.TestRules;

class SmokeTest {
    @Test
    void aCompliantMineHasNoFindingAndAnExpiredOneHasLic001() {
        var d = Facts.compliantMine();
        assertThat(TestRules.check(d, LocalDate.of(2025, 6, 30)))
                .extracting(Finding::ruleId)
                .isEmpty();
        assertThat(TestRules.check(d, LocalDate.of(2031, 1, 1)))
                .extracting(Finding::ruleId)
                .contains("LIC-001", "LIC-005");
    }
}

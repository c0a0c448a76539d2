package org.minecheck.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minecheck.inspection.Rectification.State.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The lifecycle: only a re-check closes a finding, a returning one reopens, overdue leads to escalation. */
class RectificationTest {
    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 1);

    @Test
    void aRecheckThatNoLongerRaisesTheKeyVerifiesFromAnyPendingState() {
        for (var s : new Rectification.State[] {OPEN, RECTIFYING, PARTIAL, OVERDUE, ESCALATED})
            assertThat(Rectification.afterRecheck(s, false, DEADLINE.plusDays(10), DEADLINE))
                    .isEqualTo(VERIFIED);
    }

    @Test
    void aVerifiedFindingThatComesBackReopensByItself() {
        assertThat(Rectification.afterRecheck(VERIFIED, true, DEADLINE.minusDays(1), DEADLINE))
                .isEqualTo(OPEN);
    }

    @Test
    void stillRaisedPastTheDeadlineIsOverdueAndThenEscalated() {
        assertThat(Rectification.afterRecheck(PARTIAL, true, DEADLINE.minusDays(1), DEADLINE))
                .isEqualTo(PARTIAL);
        assertThat(Rectification.afterRecheck(RECTIFYING, true, DEADLINE.plusDays(1), DEADLINE))
                .isEqualTo(OVERDUE);
        assertThat(Rectification.afterRecheck(OVERDUE, true, DEADLINE.plusDays(30), DEADLINE))
                .isEqualTo(ESCALATED);
        assertThat(Rectification.asOf(OPEN, DEADLINE, DEADLINE.plusDays(1))).isEqualTo(OVERDUE);
        assertThat(Rectification.asOf(OPEN, DEADLINE, DEADLINE)).isEqualTo(OPEN);
    }

    @Test
    void nobodyReportsAFindingVerified() {
        assertThat(Rectification.report(OPEN, PARTIAL)).isEqualTo(PARTIAL);
        assertThat(Rectification.report(PARTIAL, RECTIFYING)).isEqualTo(RECTIFYING);
        assertThatThrownBy(() -> Rectification.report(OPEN, VERIFIED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rectification.report(VERIFIED, RECTIFYING)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Rectification.report(OPEN, ESCALATED)).isInstanceOf(IllegalStateException.class);
        assertThat(Rectification.report(OVERDUE, ESCALATED)).isEqualTo(ESCALATED);
    }

    @Test
    void workingDaysSkipWeekendsAndListedHolidaysAndCountAdjustedWorkdays() {
        var calendar = InspectionRules.bundled().calendar();
        // 2025-09-30 (Tue) + 1 working day: 1–8 October are the National Day holiday, 9 October is a Thursday
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        // Saturday 11 October 2025 is an adjusted working day
        assertThat(calendar.workingDay(LocalDate.of(2025, 10, 11))).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2030)).isFalse();
        assertThat(calendar.unverifiedBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 9)))
                .isTrue();
    }
}

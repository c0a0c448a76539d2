package org.minecheck.store;

import org.minecheck.finding.Severity;

/**
 * What {@code findings} lists: one run (null: the latest), optionally one rule, a severity and everything more serious
 * ({@code atLeast}), one enterprise (its id), one area (licence, boundary, fund …), one department (its code), one
 * region (its code) and one status (open or waived).
 */
public record FindingFilter(
        Long runId,
        String ruleId,
        Severity atLeast,
        String enterpriseId,
        String area,
        String department,
        String regionCode,
        String status) {
    public FindingFilter(Long runId, String ruleId, Severity atLeast, String enterpriseId) {
        this(runId, ruleId, atLeast, enterpriseId, null, null, null, null);
    }

    public static FindingFilter run(long runId) {
        return new FindingFilter(runId, null, null, null);
    }
}

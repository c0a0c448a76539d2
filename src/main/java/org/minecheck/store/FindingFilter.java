package org.minecheck.store;

import org.minecheck.finding.Severity;

/**
 * What {@code findings} lists: one run (null: the latest), optionally one rule, a severity and everything more serious
 * ({@code atLeast}), one enterprise (its id).
 */
public record FindingFilter(Long runId, String ruleId, Severity atLeast, String enterpriseId) {
    public static FindingFilter run(long runId) {
        return new FindingFilter(runId, null, null, null);
    }
}

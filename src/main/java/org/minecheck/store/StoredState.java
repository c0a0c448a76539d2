package org.minecheck.store;

import java.util.List;
import org.minecheck.finding.ResultState;

/** One (rule, subject) pair of a stored run with its state, and what compliance rates group it by. */
public record StoredState(
        String ruleId,
        String subjectType,
        String subjectId,
        ResultState state,
        Long waiverId,
        List<String> missing,
        String area,
        String department,
        String regionCode,
        String enterpriseId) {
    public StoredState {
        missing = List.copyOf(missing);
    }
}

package org.minecheck.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.minecheck.finding.Severity;

/**
 * One stored check: which dataset version, as of which date, under which rule pack (by name and digest), by which
 * version of minecheck, and how many findings of each severity it found. The same dataset, date and pack digest
 * always name the same run.
 */
public record RunRecord(
        long id,
        long datasetId,
        LocalDate asOf,
        String rulePack,
        String rulePackDigest,
        String appVersion,
        Instant createdAt,
        String createdBy,
        Map<Severity, Integer> counts) {
    public RunRecord {
        counts = Map.copyOf(counts);
    }

    public int count(Severity s) {
        return counts.getOrDefault(s, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}

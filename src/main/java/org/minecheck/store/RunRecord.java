package org.minecheck.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.minecheck.finding.Severity;

/**
 * One stored check: which dataset version, as of which date, under which rule pack (by name and digest), by which
 * version of minecheck, and how many findings of each severity it found. The same dataset, date and pack digest
 * always name the same run, together with the waivers in force on the as-of date ({@link WaiverSet#digest()}). The
 * counts are of open findings; waived ones are counted apart.
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
        Map<Severity, Integer> counts,
        String waiverDigest,
        List<Long> waiverIds,
        int waivedCount) {
    public RunRecord {
        counts = Map.copyOf(counts);
        waiverIds = List.copyOf(waiverIds);
    }

    public int count(Severity s) {
        return counts.getOrDefault(s, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}

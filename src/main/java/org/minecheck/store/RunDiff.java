package org.minecheck.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two runs, finding by finding key: findings that are new in the later run, resolved (gone from
 * it), persisting, and persisting with another severity; each with the causes that can be named from the stored
 * evidence (a value whose cell changed between the two datasets) and, for the whole diff, a changed rule pack or
 * as-of date.
 */
public record RunDiff(RunRecord before, RunRecord after, List<Entry> entries) {

    public enum Change {
        NEW,
        RESOLVED,
        PERSISTING,
        SEVERITY_CHANGED
    }

    /** A value of the same finding that differs between the runs: evidence name, cell, old and new value. */
    public record ValueChange(String name, String cell, String before, String after) {}

    /** One finding key: how it changed, the finding in each run (null where absent) and the values that changed. */
    public record Entry(
            Change change, String key, StoredFinding before, StoredFinding after, List<ValueChange> causes) {
        /** The finding as the later run has it, or as the earlier one had it when it was resolved. */
        public StoredFinding latest() {
            return after != null ? after : before;
        }
    }

    public static RunDiff of(
            RunRecord before, List<StoredFinding> beforeFindings, RunRecord after, List<StoredFinding> afterFindings) {
        Map<String, StoredFinding> old = byKey(beforeFindings);
        Map<String, StoredFinding> now = byKey(afterFindings);
        List<Entry> entries = new ArrayList<>();
        for (StoredFinding f : now.values()) {
            StoredFinding o = old.get(f.key());
            if (o == null) {
                entries.add(new Entry(Change.NEW, f.key(), null, f, List.of()));
            } else {
                Change c = o.severity() == f.severity() ? Change.PERSISTING : Change.SEVERITY_CHANGED;
                entries.add(new Entry(c, f.key(), o, f, valueChanges(o, f)));
            }
        }
        for (StoredFinding o : old.values()) {
            if (!now.containsKey(o.key())) entries.add(new Entry(Change.RESOLVED, o.key(), o, null, List.of()));
        }
        return new RunDiff(before, after, entries);
    }

    public List<Entry> entries(Change change) {
        return entries.stream().filter(e -> e.change() == change).toList();
    }

    public boolean packChanged() {
        return !Objects.equals(before.rulePackDigest(), after.rulePackDigest());
    }

    public boolean asOfChanged() {
        return !before.asOf().equals(after.asOf());
    }

    public boolean datasetChanged() {
        return before.datasetId() != after.datasetId();
    }

    /** Evidence of the same name whose value differs; the cell is the later run's (else the earlier one's). */
    static List<ValueChange> valueChanges(StoredFinding before, StoredFinding after) {
        List<ValueChange> out = new ArrayList<>();
        for (StoredFinding.StoredEvidence a : after.evidence()) {
            StoredFinding.StoredEvidence b = before.evidence(a.name());
            if (b == null || Objects.equals(a.value(), b.value())) continue;
            out.add(new ValueChange(a.name(), a.cell() != null ? a.cell() : b.cell(), b.value(), a.value()));
        }
        return out;
    }

    private static Map<String, StoredFinding> byKey(List<StoredFinding> findings) {
        Map<String, StoredFinding> out = new LinkedHashMap<>();
        for (StoredFinding f : findings) out.putIfAbsent(f.key(), f);
        return out;
    }
}

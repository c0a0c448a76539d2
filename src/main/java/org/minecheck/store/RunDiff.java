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

    public enum CauseKind {
        RULE_CHANGED,
        RULE_ADDED,
        RULE_DROPPED,
        PARAMETER,
        TABLE,
        CITATION,
        WAIVER_STARTED,
        WAIVER_EXPIRED,
        DEADLINE_PASSED
    }

    /**
     * A cause other than a cell: the rule's DRL, a setting (old → new), a table or a cited article changed between the
     * packs; a waiver started or expired (subject: its id); a date in the finding's values lies between the two as-of
     * dates (subject: the value's name, after: the date).
     */
    public record Cause(CauseKind kind, String subject, String before, String after) {}

    /**
     * One finding key: how it changed, the finding in each run (null where absent), the values that changed and the
     * other causes that can be named.
     */
    public record Entry(
            Change change,
            String key,
            StoredFinding before,
            StoredFinding after,
            List<ValueChange> causes,
            List<Cause> others) {
        public Entry(Change change, String key, StoredFinding before, StoredFinding after, List<ValueChange> causes) {
            this(change, key, before, after, causes, List.of());
        }

        /** The finding as the later run has it, or as the earlier one had it when it was resolved. */
        public StoredFinding latest() {
            return after != null ? after : before;
        }

        public boolean explained() {
            return !causes.isEmpty() || !others.isEmpty();
        }

        /** Open in the later run where it was not open before: new, or its waiver expired. */
        public boolean newlyOpen() {
            if (after == null || after.waived()) return false;
            return before == null || before.waived();
        }
    }

    public static RunDiff of(
            RunRecord before, List<StoredFinding> beforeFindings, RunRecord after, List<StoredFinding> afterFindings) {
        return of(before, beforeFindings, after, afterFindings, PackChanges.NONE);
    }

    public static RunDiff of(
            RunRecord before,
            List<StoredFinding> beforeFindings,
            RunRecord after,
            List<StoredFinding> afterFindings,
            PackChanges packs) {
        Map<String, StoredFinding> old = byKey(beforeFindings);
        Map<String, StoredFinding> now = byKey(afterFindings);
        List<Entry> entries = new ArrayList<>();
        for (StoredFinding f : now.values()) {
            StoredFinding o = old.get(f.key());
            if (o == null) {
                entries.add(new Entry(Change.NEW, f.key(), null, f, List.of(), others(before, after, null, f, packs)));
            } else {
                Change c = o.severity() == f.severity() ? Change.PERSISTING : Change.SEVERITY_CHANGED;
                entries.add(new Entry(c, f.key(), o, f, valueChanges(o, f), others(before, after, o, f, packs)));
            }
        }
        for (StoredFinding o : old.values()) {
            if (!now.containsKey(o.key()))
                entries.add(
                        new Entry(Change.RESOLVED, o.key(), o, null, List.of(), others(before, after, o, null, packs)));
        }
        return new RunDiff(before, after, entries);
    }

    /** Causes beyond cells for one finding key. */
    private static List<Cause> others(
            RunRecord runBefore, RunRecord runAfter, StoredFinding before, StoredFinding after, PackChanges packs) {
        List<Cause> out = new ArrayList<>();
        StoredFinding f = after != null ? after : before;
        if (!Objects.equals(runBefore.rulePackDigest(), runAfter.rulePackDigest())) out.addAll(packs.of(f.ruleId()));
        if (after != null
                && after.waived()
                && (before == null || !after.waiverId().equals(before.waiverId())))
            out.add(new Cause(CauseKind.WAIVER_STARTED, "W" + after.waiverId(), null, null));
        if (after != null && !after.waived() && after.lapsedWaiverId() != null && (before == null || before.waived()))
            out.add(new Cause(CauseKind.WAIVER_EXPIRED, "W" + after.lapsedWaiverId(), null, null));
        if (after != null && !after.waived() && before != null && before.waived() && after.lapsedWaiverId() == null)
            out.add(new Cause(CauseKind.WAIVER_EXPIRED, "W" + before.waiverId(), null, null));
        if (before == null || after == null) {
            // a date among the finding's values that the later as-of date passed, or the earlier one had not reached
            java.time.LocalDate from = runBefore.asOf();
            java.time.LocalDate to = runAfter.asOf();
            java.time.LocalDate lo = from.isBefore(to) ? from : to;
            java.time.LocalDate hi = from.isBefore(to) ? to : from;
            if (lo.isBefore(hi)) {
                for (StoredFinding.StoredEvidence e : f.evidence()) {
                    if (e.value() == null || !e.value().matches("\\d{4}-\\d{2}-\\d{2}")) continue;
                    java.time.LocalDate d = java.time.LocalDate.parse(e.value());
                    if (d.isAfter(lo.minusDays(1))
                            && d.isBefore(hi)
                            && !e.name().equals("checkDate"))
                        out.add(new Cause(CauseKind.DEADLINE_PASSED, e.name(), e.cell(), e.value()));
                }
            }
        }
        return List.copyOf(out);
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

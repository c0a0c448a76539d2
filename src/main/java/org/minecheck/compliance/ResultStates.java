package org.minecheck.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.minecheck.engine.RuleInfo;
import org.minecheck.finding.EmptyCell;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.Finding;
import org.minecheck.finding.ResultState;
import org.minecheck.model.Dataset;

/**
 * Every (rule, subject) pair a check evaluated, with its state: FAIL where the rule raised a finding on the subject
 * (WAIVED when every such finding is waived), CANNOT_DECIDE where a DATA rule named in {@code applicability.csv}
 * found the data it needs missing (with the blank fields), NOT_APPLICABLE where the rule's condition does not hold,
 * PASS otherwise. DATA rules themselves are data-quality checks and get no state. A finding of a rule or subject type
 * the table does not list still counts as a FAIL pair.
 */
public final class ResultStates {
    private ResultStates() {}

    /** One pair's state with what a compliance rate is grouped by. */
    public record Pair(
            String ruleId,
            String subjectType,
            String subjectId,
            ResultState state,
            Long waiverId,
            List<String> missing,
            String area,
            String department,
            String regionCode,
            String enterpriseId) {}

    /**
     * @param waived finding key → the waiver in force for it
     */
    public static List<Pair> evaluate(
            Dataset dataset,
            LocalDate asOf,
            List<RuleInfo> rules,
            Applicability table,
            List<Finding> findings,
            Map<String, Long> waived) {
        SubjectIndex subjects = new SubjectIndex(dataset);
        Map<String, RuleInfo> ruleById = new HashMap<>();
        for (RuleInfo r : rules) ruleById.putIfAbsent(r.id(), r);

        // FAIL pairs: rule/type/id → the waiver of every finding there (null when one of them is open)
        Map<String, Long> failed = new LinkedHashMap<>();
        Map<String, Finding> firstFinding = new LinkedHashMap<>();
        Set<String> open = new LinkedHashSet<>();
        List<Finding> dataFindings = new ArrayList<>();
        for (Finding f : findings) {
            if (f.ruleId().startsWith("DATA-")) {
                dataFindings.add(f);
                continue;
            }
            String pair = pairKey(f.ruleId(), f.subject().type(), f.subject().id());
            firstFinding.putIfAbsent(pair, f);
            Long w = waived.get(f.key().toString());
            if (w == null) open.add(pair);
            else failed.merge(pair, w, Math::min);
            failed.putIfAbsent(pair, w);
        }

        List<Pair> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (Applicability.Row row : table.rows()) {
            RuleInfo rule = ruleById.get(row.ruleId());
            if (rule == null) continue; // a rule the pack dropped
            for (SubjectIndex.Entry s : subjects.ofType(row.subjectType())) {
                String pair = pairKey(row.ruleId(), s.type(), s.id());
                if (!done.add(pair)) continue;
                if (failed.containsKey(pair)) {
                    out.add(fail(rule, s.type(), s.id(), open.contains(pair) ? null : failed.get(pair), subjects));
                    continue;
                }
                if (!subjects.applies(s, row.when(), asOf)) {
                    out.add(pair(rule, s, ResultState.NOT_APPLICABLE, null, List.of()));
                    continue;
                }
                List<String> missing = missing(s, row.cannotDecideOn(), dataFindings, subjects);
                out.add(
                        missing.isEmpty()
                                ? pair(rule, s, ResultState.PASS, null, List.of())
                                : pair(rule, s, ResultState.CANNOT_DECIDE, null, missing));
            }
        }
        // findings the table does not foresee: still failures of the rule on that subject
        for (var e : failed.entrySet()) {
            if (done.contains(e.getKey())) continue;
            Finding f = firstFinding.get(e.getKey());
            RuleInfo rule = ruleById.get(f.ruleId());
            if (rule == null) continue;
            done.add(e.getKey());
            out.add(fail(
                    rule,
                    f.subject().type(),
                    f.subject().id(),
                    open.contains(e.getKey()) ? null : e.getValue(),
                    subjects));
        }
        return out;
    }

    private static Pair fail(RuleInfo rule, String type, String id, Long waiver, SubjectIndex subjects) {
        SubjectIndex.Entry s = subjects.find(type, id);
        return new Pair(
                rule.id(),
                type,
                id,
                waiver == null ? ResultState.FAIL : ResultState.WAIVED,
                waiver,
                List.of(),
                area(rule),
                rule.department().code(),
                subjects.regionOf(type, id),
                s == null ? null : s.enterpriseId());
    }

    private static Pair pair(
            RuleInfo rule, SubjectIndex.Entry s, ResultState state, Long waiver, List<String> missing) {
        return new Pair(
                rule.id(),
                s.type(),
                s.id(),
                state,
                waiver,
                missing,
                area(rule),
                rule.department().code(),
                s.regionCode(),
                s.enterpriseId());
    }

    /**
     * The fields a DATA finding of one of {@code dataRules} names blank on this subject, or on a licence or site of
     * the same mine (the rule id itself when its finding names no blank cell); empty when there is none.
     */
    private static List<String> missing(
            SubjectIndex.Entry s, List<String> dataRules, List<Finding> dataFindings, SubjectIndex subjects) {
        if (dataRules.isEmpty()) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : dataFindings) {
            if (!dataRules.contains(f.ruleId())) continue;
            if (!related(s, f, subjects)) continue;
            boolean any = false;
            for (Evidence e : f.evidence()) {
                if (e.value() == EmptyCell.EMPTY) {
                    out.add(e.name());
                    any = true;
                }
            }
            if (!any) out.add(f.ruleId());
        }
        return List.copyOf(out);
    }

    private static boolean related(SubjectIndex.Entry s, Finding f, SubjectIndex subjects) {
        String type = f.subject().type();
        String id = f.subject().id();
        if (type.equals(s.type()) && id.equals(s.id())) return true;
        if (s.mineId() == null) return false;
        SubjectIndex.Entry other = subjects.find(type, id);
        return other != null && Objects.equals(other.mineId(), s.mineId());
    }

    /** A rule's area as users name it: its rule file's package without "minecheck." (licence, boundary, fund …). */
    public static String area(RuleInfo rule) {
        String a = rule.area();
        return a == null ? "" : a.startsWith("minecheck.") ? a.substring("minecheck.".length()) : a;
    }

    private static String pairKey(String rule, String type, String id) {
        return rule + "\u0000" + type + "\u0000" + id;
    }
}

package org.minecheck.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.minecheck.finding.Department;
import org.minecheck.inspection.InspectorDirectory.Conflict;
import org.minecheck.inspection.InspectorDirectory.Inspector;

/**
 * The draw itself, a pure function of its input (docs/inspections.md): first the targets — for each check item and
 * region an independent Poisson sample, enterprise i drawn for item k when u(target/k/i) &lt; π_ik — then a team per
 * target under the constraints (two qualified officers, every acting department, every specialty, recusal, workload).
 * The same input gives the same outcome, which is what {@code inspection verify} relies on.
 */
public final class Drawing {
    private Drawing() {}

    /** What the risk weighting knows of an enterprise. */
    public record RiskFeatures(
            int openCritical, int pastFindings, boolean abnormalList, int complaints, boolean coolDown) {}

    /** One enterprise of the sampling frame (the enterprise directory of the plan's dataset version). */
    public record FrameUnit(String enterpriseId, String name, String region, RiskFeatures features) {}

    public record Input(
            String seed,
            List<CheckItem> items,
            Map<String, Double> ratios,
            boolean riskWeighted,
            List<FrameUnit> frame,
            InspectorDirectory directory,
            InspectionRules rules) {}

    /** An enterprise's weight, probability and uniform number per item, and the items it was drawn for. */
    public record UnitDraw(
            String enterpriseId,
            String name,
            String region,
            double weight,
            Map<String, Double> probabilities,
            Map<String, Double> uniforms,
            List<String> drawnItems) {
        /** The probability of being drawn for at least one item: 1 − Π(1 − π_ik), the draws being independent. */
        public double probability() {
            double none = 1;
            for (double p : probabilities.values()) none *= 1 - p;
            return 1 - none;
        }

        public boolean drawn() {
            return !drawnItems.isEmpty();
        }
    }

    /** A member of a team and why: {@code department:CODE}, {@code specialty:CODE} or {@code minimum}. */
    public record Member(String inspectorId, String name, String department, boolean qualified, String role) {}

    /** An inspector of a department the target needed who is not on its team, and why. */
    public record Skip(String inspectorId, String reason, String detail) {}

    public record Team(
            String enterpriseId,
            List<String> items,
            List<String> departments,
            List<Member> members,
            List<Skip> skipped,
            List<String> problems) {}

    public record Outcome(List<UnitDraw> frame, List<Team> teams) {
        public List<UnitDraw> targets() {
            return frame.stream().filter(UnitDraw::drawn).toList();
        }
    }

    public static Outcome draw(Input in) {
        DrawRandom random = new DrawRandom(in.seed());
        InspectionRules rules = in.rules();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (FrameUnit u : in.frame()) weights.put(u.enterpriseId(), weight(u.features(), in.riskWeighted(), rules));
        Map<String, List<FrameUnit>> byRegion = new TreeMap<>();
        for (FrameUnit u : in.frame())
            byRegion.computeIfAbsent(u.region(), k -> new ArrayList<>()).add(u);
        Map<String, Map<String, Double>> pi = new HashMap<>();
        for (CheckItem item : in.items()) {
            for (var region : byRegion.entrySet()) {
                double ratio = ratio(in.ratios(), item, region.getKey());
                Map<String, Double> w = new LinkedHashMap<>();
                for (FrameUnit u : region.getValue()) w.put(u.enterpriseId(), weights.get(u.enterpriseId()));
                double floor = in.riskWeighted() ? rules.number("draw.floor") : 0;
                double cap = in.riskWeighted() ? rules.number("draw.cap") : 1;
                Map<String, Double> p = in.riskWeighted()
                        ? InclusionProbabilities.of(w, ratio * w.size(), floor, cap)
                        : equal(w, ratio);
                p.forEach((e, v) ->
                        pi.computeIfAbsent(e, k -> new LinkedHashMap<>()).put(item.id(), v));
            }
        }
        List<UnitDraw> frame = new ArrayList<>();
        for (FrameUnit u : in.frame()) {
            Map<String, Double> probabilities = new LinkedHashMap<>();
            Map<String, Double> uniforms = new LinkedHashMap<>();
            List<String> drawn = new ArrayList<>();
            for (CheckItem item : in.items()) {
                double p = pi.get(u.enterpriseId()).get(item.id());
                double x = random.uniform("target/" + item.id() + "/" + u.enterpriseId());
                probabilities.put(item.id(), p);
                uniforms.put(item.id(), x);
                if (x < p) drawn.add(item.id());
            }
            frame.add(new UnitDraw(
                    u.enterpriseId(),
                    u.name(),
                    u.region(),
                    weights.get(u.enterpriseId()),
                    probabilities,
                    uniforms,
                    drawn));
        }
        return new Outcome(frame, teams(frame, in, random));
    }

    private static Map<String, Double> equal(Map<String, Double> w, double ratio) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (String k : w.keySet()) p.put(k, Math.max(0, Math.min(1, ratio)));
        return p;
    }

    static double ratio(Map<String, Double> ratios, CheckItem item, String region) {
        Double r = ratios.get(item.id() + "@" + region);
        if (r == null) r = ratios.get(item.id());
        return r == null ? item.ratio() : r;
    }

    static double weight(RiskFeatures f, boolean riskWeighted, InspectionRules r) {
        if (!riskWeighted) return 1;
        double w = r.number("draw.weight.base")
                + r.number("draw.weight.open-critical") * f.openCritical()
                + r.number("draw.weight.past-finding") * f.pastFindings()
                + (f.abnormalList() ? r.number("draw.weight.abnormal-list") : 0)
                + r.number("draw.weight.complaint") * f.complaints();
        return f.coolDown() ? w * r.number("draw.cool-down.factor") : w;
    }

    /** Whether an inspector of {@code region} may work in {@code target}: the same region or one that contains it. */
    static boolean covers(String region, String target) {
        if (region == null || target == null) return false;
        String prefix = region;
        while (prefix.endsWith("00") && prefix.length() > 2) prefix = prefix.substring(0, prefix.length() - 2);
        return target.startsWith(prefix);
    }

    private static List<Team> teams(List<UnitDraw> frame, Input in, DrawRandom random) {
        InspectionRules rules = in.rules();
        int minimum = rules.integer("team.min-officers");
        int maxLoad = rules.integer("team.max-targets-per-inspector");
        String qualification = rules.setting("team.qualification");
        Map<String, CheckItem> items = new LinkedHashMap<>();
        for (CheckItem i : in.items()) items.put(i.id(), i);
        Map<String, Integer> load = new HashMap<>();
        List<UnitDraw> targets = frame.stream()
                .filter(UnitDraw::drawn)
                .sorted(Comparator.comparingDouble(t -> random.uniform("team-order/" + t.enterpriseId())))
                .toList();
        Map<String, Team> byEnterprise = new HashMap<>();
        for (UnitDraw t : targets) {
            byEnterprise.put(
                    t.enterpriseId(), team(t, items, in.directory(), random, load, minimum, maxLoad, qualification));
        }
        // reported in the frame's order, whatever order the teams were formed in
        List<Team> out = new ArrayList<>();
        for (UnitDraw t : frame) if (t.drawn()) out.add(byEnterprise.get(t.enterpriseId()));
        return out;
    }

    private static Team team(
            UnitDraw t,
            Map<String, CheckItem> items,
            InspectorDirectory dir,
            DrawRandom random,
            Map<String, Integer> load,
            int minimum,
            int maxLoad,
            String qualification) {
        Set<Department> departments = new LinkedHashSet<>();
        Set<String> specialties = new LinkedHashSet<>();
        for (String id : t.drawnItems()) {
            departments.addAll(items.get(id).departments());
            specialties.add(items.get(id).specialty());
        }
        Map<String, String> excluded = new LinkedHashMap<>(); // inspector → reason|detail
        for (Inspector i : dir.inspectors()) {
            Conflict c = conflict(dir, i.id(), t.enterpriseId());
            if (c != null) excluded.put(i.id(), "conflict|" + c.kind().code());
            else if (!covers(i.region(), t.region())) excluded.put(i.id(), "region|" + i.region());
            else if (load.getOrDefault(i.id(), 0) >= maxLoad) excluded.put(i.id(), "workload|" + maxLoad);
        }
        Comparator<Inspector> order = Comparator.<Inspector>comparingInt(i -> load.getOrDefault(i.id(), 0))
                .thenComparingDouble(i -> random.uniform("team/" + t.enterpriseId() + "/" + i.id()));
        List<Member> members = new ArrayList<>();
        Set<String> chosen = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Department d : departments) {
            var pick = dir.inspectors().stream()
                    .filter(i -> i.department() == d && !excluded.containsKey(i.id()))
                    .sorted(Comparator.<Inspector>comparingInt(
                                    i -> i.qualifications().contains(qualification) ? 0 : 1)
                            .thenComparing(order))
                    .findFirst();
            if (pick.isPresent()) add(members, chosen, pick.get(), qualification, "department:" + d.code());
            else problems.add("department:" + d.code());
        }
        for (String s : specialties) {
            boolean covered = members.stream()
                    .anyMatch(m -> inspector(dir, m.inspectorId()).specialties().contains(s));
            if (covered) continue;
            var pick = dir.inspectors().stream()
                    .filter(i ->
                            i.specialties().contains(s) && !excluded.containsKey(i.id()) && !chosen.contains(i.id()))
                    .sorted(Comparator.<Inspector>comparingInt(i -> departments.contains(i.department()) ? 0 : 1)
                            .thenComparing(order))
                    .findFirst();
            if (pick.isPresent()) add(members, chosen, pick.get(), qualification, "specialty:" + s);
            else problems.add("specialty:" + s);
        }
        while (members.stream().filter(Member::qualified).count() < minimum) {
            var pick = dir.inspectors().stream()
                    .filter(i -> i.qualifications().contains(qualification)
                            && !excluded.containsKey(i.id())
                            && !chosen.contains(i.id()))
                    .sorted(Comparator.<Inspector>comparingInt(i -> departments.contains(i.department()) ? 0 : 1)
                            .thenComparing(order))
                    .findFirst();
            if (pick.isEmpty()) {
                problems.add("minimum:" + minimum);
                break;
            }
            add(members, chosen, pick.get(), qualification, "minimum");
        }
        for (Member m : members) load.merge(m.inspectorId(), 1, Integer::sum);
        List<Skip> skipped = new ArrayList<>();
        for (Inspector i : dir.inspectors()) {
            if (chosen.contains(i.id())) continue;
            boolean relevant = departments.contains(i.department())
                    || i.specialties().stream().anyMatch(specialties::contains);
            String why = excluded.get(i.id());
            if (why != null && (relevant || why.startsWith("conflict"))) {
                String[] p = why.split("\\|", 2);
                skipped.add(new Skip(i.id(), p[0], p[1]));
            } else if (relevant) {
                skipped.add(new Skip(
                        i.id(),
                        i.qualifications().contains(qualification) ? "not-drawn" : "not-qualified",
                        String.valueOf(load.getOrDefault(i.id(), 0))));
            }
        }
        return new Team(
                t.enterpriseId(),
                t.drawnItems(),
                departments.stream().map(Department::code).toList(),
                members,
                skipped,
                problems);
    }

    private static void add(List<Member> members, Set<String> chosen, Inspector i, String qualification, String role) {
        chosen.add(i.id());
        members.add(new Member(
                i.id(), i.name(), i.department().code(), i.qualifications().contains(qualification), role));
    }

    static Conflict conflict(InspectorDirectory dir, String inspector, String enterprise) {
        for (Conflict c : dir.conflicts())
            if (c.inspectorId().equals(inspector) && c.enterpriseId().equals(enterprise)) return c;
        return null;
    }

    static Inspector inspector(InspectorDirectory dir, String id) {
        for (Inspector i : dir.inspectors()) if (i.id().equals(id)) return i;
        throw new IllegalArgumentException("no inspector " + id);
    }
}

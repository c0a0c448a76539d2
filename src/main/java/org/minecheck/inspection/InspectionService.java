package org.minecheck.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minecheck.engine.CheckRequest;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.CheckService;
import org.minecheck.finding.Department;
import org.minecheck.finding.Severity;
import org.minecheck.ingest.InputProblem;
import org.minecheck.ingest.WorkbookInput;
import org.minecheck.model.Enterprise;
import org.minecheck.store.DatasetVersion;
import org.minecheck.store.FindingFilter;
import org.minecheck.store.RunRecord;
import org.minecheck.store.StoredFinding;
import org.minecheck.store.Workspace;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The joint inspection over the workspace's store and the core: directories, plan, draw, verify, re-check,
 * rectification, estimate. Nothing here prints; the shell's {@code inspection …} commands call it.
 */
@Service
@Lazy
public class InspectionService {
    private final Workspace workspace;
    private final CheckService checks;
    private final InspectionStore store;
    private final org.minecheck.waiver.WaiverRepository waivers;

    public InspectionService(
            Workspace workspace,
            CheckService checks,
            InspectionStore store,
            org.minecheck.waiver.WaiverRepository waivers) {
        this.workspace = workspace;
        this.checks = checks;
        this.store = store;
        this.waivers = waivers;
    }

    public InspectionStore store() {
        return store;
    }

    public Workspace workspace() {
        return workspace;
    }

    // ---- directories ----

    public record DirectoryOutcome(InspectionStore.DirectoryRow row, boolean existing, List<InputProblem> problems) {}

    public DirectoryOutcome importDirectory(WorkbookInput file, String user) throws IOException {
        byte[] bytes;
        try (var in = file.open()) {
            bytes = in.readNBytes(DirectoryWorkbook.MAX_BYTES + 1);
        }
        String sha = WorkbookInput.of(file.name(), bytes).sha256();
        DirectoryWorkbook.Read read = DirectoryWorkbook.read(file.name(), bytes, sha);
        if (!read.ok()) return new DirectoryOutcome(null, false, read.problems());
        boolean existing = store.directoryBySha(sha).isPresent();
        var row = store.saveDirectory(
                file.name(),
                bytes,
                sha,
                read.directory().inspectors().size(),
                read.directory().conflicts().size(),
                user);
        return new DirectoryOutcome(row, existing, List.of());
    }

    InspectorDirectory directory(long id) throws InspectionException {
        var row = store.directory(id).orElseThrow(() -> new InspectionException("inspection.noDirectory", id));
        var read = DirectoryWorkbook.read(row.fileName(), store.directoryContent(id), row.sha256());
        if (!read.ok()) throw new InspectionException("inspection.directoryUnreadable", id);
        return read.directory();
    }

    // ---- plan ----

    public record PlanRequest(
            long datasetId,
            long directoryId,
            int year,
            List<String> items,
            Map<String, Double> ratios,
            List<String> departments,
            boolean riskWeighted,
            LocalDate asOf,
            String rules) {}

    public record PlanOutcome(long planId, RunRecord run, List<InputProblem> problems) {}

    public PlanOutcome plan(PlanRequest r, String user) throws IOException, InspectionException {
        InspectionRules rules = InspectionRules.of(r.rules());
        if (workspace.datasets().find(r.datasetId()).isEmpty())
            throw new InspectionException("inspection.noDataset", r.datasetId());
        directory(r.directoryId());
        List<String> items = r.items().isEmpty() ? List.copyOf(rules.items().keySet()) : r.items();
        Set<String> departments = new LinkedHashSet<>();
        for (String i : items) {
            CheckItem item = rules.item(i)
                    .orElseThrow(() -> new InspectionException(
                            "inspection.noItem",
                            i,
                            String.join(", ", rules.items().keySet())));
            if (r.departments().isEmpty()) item.departments().forEach(d -> departments.add(d.code()));
        }
        for (String d : r.departments()) {
            Department dept = DirectoryWorkbook.department(d);
            if (dept == null) throw new InspectionException("inspection.noDepartment", d);
            departments.add(dept.code());
        }
        for (String i : items) {
            CheckItem item = rules.item(i).orElseThrow();
            if (!departments.contains(item.departments().get(0).code()))
                throw new InspectionException(
                        "inspection.itemWithoutDepartment",
                        i,
                        item.departments().get(0).code());
        }
        for (var e : r.ratios().entrySet()) {
            String item = e.getKey().contains("@")
                    ? e.getKey().substring(0, e.getKey().indexOf('@'))
                    : e.getKey();
            if (!items.contains(item))
                throw new InspectionException("inspection.noItem", item, String.join(", ", items));
            if (!(e.getValue() > 0 && e.getValue() <= 1))
                throw new InspectionException("inspection.ratio", e.getKey(), e.getValue());
        }
        Workspace.CheckOutcome checked =
                workspace.check(r.datasetId(), r.asOf(), r.rules(), user, waivers.setFor(r.asOf()));
        if (checked.saved() == null)
            return new PlanOutcome(0, null, checked.result().problems());
        RunRecord run = checked.saved().run();
        CheckResult read = checked.result() != null ? checked.result() : checked(r.datasetId(), r.asOf(), r.rules());
        List<List<String>> enterprises = new ArrayList<>();
        for (Enterprise e : read.dataset().enterprises)
            enterprises.add(List.of(e.id(), e.name(), e.regionCode() == null ? "" : e.regionCode()));
        long id = store.savePlan(
                new InspectionStore.PlanRow(
                        0,
                        r.year(),
                        r.datasetId(),
                        run.id(),
                        r.directoryId(),
                        items,
                        r.ratios(),
                        List.copyOf(departments),
                        r.riskWeighted(),
                        r.rules() == null ? "" : r.rules(),
                        enterprises),
                user);
        return new PlanOutcome(id, run, List.of());
    }

    InspectionStore.PlanRow plan(long id) throws InspectionException {
        return store.plan(id).orElseThrow(() -> new InspectionException("inspection.noPlan", id));
    }

    // ---- draw ----

    /** Everything a draw is computed from, as read from the store now (verify reads it again). */
    record Frame(
            InspectionStore.PlanRow plan,
            DatasetVersion dataset,
            RunRecord run,
            InspectionStore.DirectoryRow directoryRow,
            InspectorDirectory directory,
            List<Drawing.FrameUnit> units,
            List<StoredFinding> findings) {}

    Frame frame(InspectionStore.PlanRow plan, LocalDate drawDate, InspectionRules rules, boolean rereadDataset)
            throws IOException, InspectionException {
        DatasetVersion dataset = workspace.datasets().find(plan.datasetId()).orElseThrow();
        RunRecord run = workspace.runs().find(plan.runId()).orElseThrow();
        var directoryRow = store.directory(plan.directoryId()).orElseThrow();
        InspectorDirectory directory = directory(plan.directoryId());
        List<StoredFinding> findings = workspace.runs().findings(FindingFilter.run(run.id()));
        Map<String, Integer> critical = new HashMap<>();
        for (StoredFinding f : findings)
            if (f.enterpriseId() != null && f.severity() == Severity.CRITICAL)
                critical.merge(f.enterpriseId(), 1, Integer::sum);
        Map<String, Integer> past = new HashMap<>();
        for (RunRecord earlier : latestRunsBefore(plan.datasetId())) {
            for (StoredFinding f : workspace.runs().findings(FindingFilter.run(earlier.id())))
                if (f.enterpriseId() != null) past.merge(f.enterpriseId(), 1, Integer::sum);
        }
        Set<String> coolDown =
                store.inspectedBetween(drawDate.minusMonths(rules.integer("draw.cool-down.months")), drawDate);
        List<Drawing.FrameUnit> units = new ArrayList<>();
        List<List<String>> enterprises = plan.enterprises();
        if (rereadDataset) {
            enterprises = new ArrayList<>();
            for (Enterprise e :
                    checked(plan.datasetId(), run.asOf(), plan.rulePack()).dataset().enterprises)
                enterprises.add(List.of(e.id(), e.name(), e.regionCode() == null ? "" : e.regionCode()));
        }
        for (List<String> e : enterprises) {
            var risk = directory.risk(e.get(0));
            units.add(new Drawing.FrameUnit(
                    e.get(0),
                    e.get(1),
                    e.get(2),
                    new Drawing.RiskFeatures(
                            critical.getOrDefault(e.get(0), 0),
                            past.getOrDefault(e.get(0), 0),
                            risk.abnormalList(),
                            risk.complaints(),
                            coolDown.contains(e.get(0)))));
        }
        units.sort(Comparator.comparing(Drawing.FrameUnit::enterpriseId));
        return new Frame(plan, dataset, run, directoryRow, directory, units, findings);
    }

    /** For each dataset version older than this one, its latest run: the enterprise's past findings. */
    private List<RunRecord> latestRunsBefore(long datasetId) {
        Map<Long, RunRecord> latest = new LinkedHashMap<>();
        for (RunRecord r : workspace.runs().list()) if (r.datasetId() < datasetId) latest.put(r.datasetId(), r);
        return List.copyOf(latest.values());
    }

    /** The check of a stored dataset with every finding in full (basis, evidence, geometry for the maps). */
    CheckResult checked(long datasetId, LocalDate asOf, String rules) throws IOException {
        List<WorkbookInput> inputs = workspace.datasets().inputs(datasetId);
        return checks.check(new CheckRequest(inputs, asOf, blank(rules) ? null : rules));
    }

    public DrawRecord draw(long planId, String seed, LocalDate drawDate, String rulesDir, String user)
            throws IOException, InspectionException {
        InspectionStore.PlanRow plan = plan(planId);
        InspectionRules rules = InspectionRules.of(blank(rulesDir) ? plan.rulePack() : rulesDir);
        new DrawRandom(seed);
        Frame frame = frame(plan, drawDate, rules, false);
        Drawing.Outcome outcome = Drawing.draw(input(seed, plan, frame, rules));
        List<InspectionStore.Target> targets = new ArrayList<>();
        Map<String, Drawing.UnitDraw> drawn = new HashMap<>();
        for (Drawing.UnitDraw u : outcome.targets()) {
            targets.add(new InspectionStore.Target(u.enterpriseId(), u.region(), u.probability()));
            drawn.put(u.enterpriseId(), u);
        }
        List<InspectionStore.RectificationRow> rows = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (StoredFinding f : frame.findings()) {
            Drawing.UnitDraw u = f.enterpriseId() == null ? null : drawn.get(f.enterpriseId());
            if (u == null || !covered(rules, u.drawnItems(), f.ruleId()) || !keys.add(f.key())) continue;
            rows.add(new InspectionStore.RectificationRow(
                    0,
                    f.key(),
                    f.enterpriseId(),
                    f.ruleId(),
                    f.severity(),
                    f.department(),
                    Rectification.State.OPEN,
                    rules.deadline(f.severity(), drawDate),
                    frame.run().id(),
                    frame.run().id()));
        }
        DrawRecord[] made = new DrawRecord[1];
        store.saveDraw(
                planId,
                seed.strip(),
                drawDate,
                targets,
                rows,
                id -> {
                    made[0] = record(id, seed.strip(), drawDate, plan, frame, rules, outcome);
                    return made[0].json();
                },
                user);
        return made[0];
    }

    static boolean covered(InspectionRules rules, List<String> items, String ruleId) {
        for (String i : items) if (rules.item(i).map(c -> c.covers(ruleId)).orElse(false)) return true;
        return false;
    }

    private static Drawing.Input input(String seed, InspectionStore.PlanRow plan, Frame frame, InspectionRules rules) {
        List<CheckItem> items =
                plan.items().stream().map(i -> rules.item(i).orElseThrow()).toList();
        return new Drawing.Input(
                seed, items, plan.ratios(), plan.riskWeighted(), frame.units(), frame.directory(), rules);
    }

    private static DrawRecord record(
            long id,
            String seed,
            LocalDate drawDate,
            InspectionStore.PlanRow plan,
            Frame frame,
            InspectionRules rules,
            Drawing.Outcome outcome) {
        return new DrawRecord(
                DrawRecord.FORMAT,
                id,
                seed,
                drawDate.toString(),
                plan.year(),
                plan.id(),
                plan.items(),
                plan.ratios(),
                plan.departments(),
                plan.riskWeighted(),
                new DrawRecord.Frozen(
                        frame.dataset().id(),
                        frame.dataset().sha256(),
                        String.join(", ", frame.dataset().fileNames())),
                new DrawRecord.Frozen(
                        frame.run().id(),
                        frame.run().rulePackDigest(),
                        "as of " + frame.run().asOf() + ", " + frame.run().rulePack()),
                new DrawRecord.Frozen(
                        frame.directoryRow().id(),
                        frame.directoryRow().sha256(),
                        frame.directoryRow().fileName() + ": "
                                + frame.directory().inspectors().size() + " inspectors, "
                                + frame.directory().conflicts().size() + " conflicts"),
                new DrawRecord.Parameters(rules.digest(), rules.sources()),
                frame.units(),
                outcome);
    }

    // ---- verify ----

    /** A verification: identical, or each difference (what, recorded, recomputed); notes that are not differences. */
    public record Verification(boolean identical, List<String[]> differences, List<String[]> notes) {}

    public Verification verify(String recordJson) throws IOException, InspectionException {
        DrawRecord r = DrawRecord.parse(recordJson);
        List<String[]> differences = new ArrayList<>();
        List<String[]> notes = new ArrayList<>();
        InspectionRules rules = InspectionRules.fromSources(r.parameters().files());
        if (!rules.digest().equals(r.parameters().digest()))
            differences.add(new String[] {"parameters.digest", r.parameters().digest(), rules.digest()});
        if (!InspectionRules.bundled().digest().equals(r.parameters().digest()))
            notes.add(new String[] {
                "inspection.verify.paramsChanged",
                r.parameters().digest(),
                InspectionRules.bundled().digest()
            });
        var dataset = workspace.datasets().findByDigest(r.dataset().sha256());
        var directory = store.directoryBySha(r.directory().sha256());
        if (dataset.isEmpty())
            differences.add(new String[] {"dataset.sha256", r.dataset().sha256(), "—"});
        if (directory.isEmpty())
            differences.add(new String[] {"directory.sha256", r.directory().sha256(), "—"});
        var run = workspace.runs().find(r.run().id());
        if (run.isEmpty() || !run.get().rulePackDigest().equals(r.run().sha256()))
            differences.add(new String[] {
                "run",
                r.run().id() + " " + r.run().sha256(),
                run.map(x -> x.id() + " " + x.rulePackDigest()).orElse("—")
            });
        if (!differences.isEmpty()) return new Verification(false, differences, notes);
        var plan = new InspectionStore.PlanRow(
                r.planId(),
                r.year(),
                dataset.get().id(),
                run.get().id(),
                directory.get().id(),
                r.items(),
                r.ratios(),
                r.departments(),
                r.riskWeighted(),
                store.plan(r.planId()).map(InspectionStore.PlanRow::rulePack).orElse(""),
                List.of());
        Frame frame = frame(plan, LocalDate.parse(r.drawDate()), rules, true);
        Drawing.Outcome outcome;
        try {
            outcome = Drawing.draw(input(r.seed(), plan, frame, rules));
        } catch (java.util.NoSuchElementException e) {
            throw new InspectionException("inspection.verify.unknownItem", String.join(", ", r.items()));
        }
        compare("frame", DrawRecord.tree(r.frame()), DrawRecord.tree(frame.units()), differences);
        compare("outcome", DrawRecord.tree(r.outcome()), DrawRecord.tree(outcome), differences);
        return new Verification(differences.isEmpty(), differences, notes);
    }

    /** Every leaf where the two trees differ, by path (at most 50). */
    static void compare(String path, JsonNode a, JsonNode b, List<String[]> out) {
        if (out.size() >= 50) return;
        if (a == null || b == null || a.getNodeType() != b.getNodeType() || a.isValueNode()) {
            if (a == null ? b != null : !a.equals(b))
                out.add(new String[] {path, a == null ? "—" : a.toString(), b == null ? "—" : b.toString()});
            return;
        }
        if (a.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++)
                compare(path + "[" + i + "]", a.get(i), b.get(i), out);
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        for (String n : names) compare(path + "." + n, a.get(n), b.get(n), out);
    }

    public DrawRecord record(long drawId) throws InspectionException {
        var row = store.draw(drawId).orElseThrow(() -> new InspectionException("inspection.noDraw", drawId));
        return DrawRecord.parse(row.record());
    }

    public long latestDraw() throws InspectionException {
        return store.latestDraw().orElseThrow(() -> new InspectionException("inspection.noDraws"));
    }

    // ---- re-check and rectification ----

    public record Recheck(RunRecord run, Map<Rectification.State, Integer> moved, List<InputProblem> problems) {}

    public Recheck recheck(long drawId, long datasetId, LocalDate asOf, String user)
            throws IOException, InspectionException {
        DrawRecord r = record(drawId);
        InspectionStore.PlanRow plan = plan(r.planId());
        DatasetVersion newer = workspace
                .datasets()
                .find(datasetId)
                .orElseThrow(() -> new InspectionException("inspection.noDataset", datasetId));
        DatasetVersion older = workspace.datasets().find(plan.datasetId()).orElseThrow();
        if (newer.id() == older.id() || newer.createdAt().isBefore(older.createdAt()))
            throw new InspectionException("inspection.recheckNeedsNewer", datasetId, older.id());
        Workspace.CheckOutcome checked = workspace.check(datasetId, asOf, plan.rulePack(), user, waivers.setFor(asOf));
        if (checked.saved() == null)
            return new Recheck(null, Map.of(), checked.result().problems());
        RunRecord run = checked.saved().run();
        Set<String> raised = new java.util.HashSet<>();
        for (StoredFinding f : workspace.runs().findings(FindingFilter.run(run.id()))) raised.add(f.key());
        Map<Rectification.State, Integer> moved = new LinkedHashMap<>();
        store.inTransaction(() -> {
            for (var f : store.rectifications(drawId)) {
                var to = Rectification.afterRecheck(f.state(), raised.contains(f.key()), asOf, f.deadline());
                store.update(f, to, run.id(), run.id(), null, user);
                if (to != f.state()) moved.merge(to, 1, Integer::sum);
            }
            return null;
        });
        return new Recheck(run, moved, List.of());
    }

    public Rectification.State report(long drawId, String key, Rectification.State state, String note, String user)
            throws InspectionException {
        var f = store.rectifications(drawId).stream()
                .filter(x -> x.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new InspectionException("inspection.noFinding", key, drawId));
        Rectification.State to;
        try {
            to = Rectification.report(Rectification.asOf(f.state(), f.deadline(), LocalDate.now()), state);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InspectionException("inspection.badReport", f.state().code(), state.code());
        }
        store.inTransaction(() -> {
            store.update(f, to, f.lastRun(), null, note, user);
            return null;
        });
        return to;
    }

    /** A finding's state as it reads on {@code today}. */
    public record Status(InspectionStore.RectificationRow row, Rectification.State state) {}

    /** Every finding of the draw, overdue and escalated first, then by deadline. */
    public List<Status> status(long drawId, LocalDate today) throws InspectionException {
        record(drawId);
        List<Status> out = new ArrayList<>();
        for (var f : store.rectifications(drawId))
            out.add(new Status(f, Rectification.asOf(f.state(), f.deadline(), today)));
        out.sort(Comparator.comparingInt((Status s) -> rank(s.state()))
                .thenComparing(s -> s.row().deadline())
                .thenComparing(s -> s.row().enterpriseId())
                .thenComparing(s -> s.row().key()));
        return out;
    }

    private static int rank(Rectification.State s) {
        return switch (s) {
            case OVERDUE -> 0;
            case ESCALATED -> 1;
            case OPEN -> 2;
            case PARTIAL -> 3;
            case RECTIFYING -> 4;
            case VERIFIED -> 5;
        };
    }

    // ---- estimate ----

    public List<Estimate> estimate(long drawId) throws InspectionException {
        DrawRecord r = record(drawId);
        InspectionRules rules = InspectionRules.fromSources(r.parameters().files());
        Map<String, Set<String>> rulesByEnterprise = new HashMap<>();
        for (StoredFinding f :
                workspace.runs().findings(FindingFilter.run(r.run().id())))
            if (f.enterpriseId() != null)
                rulesByEnterprise
                        .computeIfAbsent(f.enterpriseId(), k -> new java.util.HashSet<>())
                        .add(f.ruleId());
        double z = rules.number("estimate.z");
        List<Estimate> out = new ArrayList<>();
        for (String item : r.items()) {
            CheckItem c = rules.item(item).orElseThrow();
            out.add(Estimate.of(
                    item,
                    r.outcome().frame(),
                    u -> rulesByEnterprise.getOrDefault(u.enterpriseId(), Set.of()).stream()
                            .anyMatch(c::covers),
                    z));
        }
        out.add(Estimate.of(
                "*",
                r.outcome().frame(),
                u -> rulesByEnterprise.getOrDefault(u.enterpriseId(), Set.of()).stream()
                        .anyMatch(rule -> covered(rules, r.items(), rule)),
                z));
        return out;
    }

    // ---- documents ----

    public InspectionDocuments.Written documents(
            long drawId, java.nio.file.Path dir, boolean pdf, java.util.Locale locale)
            throws IOException, InspectionException {
        DrawRecord r = record(drawId);
        InspectionStore.PlanRow plan = plan(r.planId());
        RunRecord run = workspace.runs().find(r.run().id()).orElseThrow();
        CheckResult result = checked(r.dataset().id(), run.asOf(), plan.rulePack());
        var book = checks.ruleBooks().get(blank(plan.rulePack()) ? null : plan.rulePack());
        var text = new org.minecheck.report.FindingText(book, locale, run.asOf());
        InspectionRules rules = InspectionRules.fromSources(r.parameters().files());
        return InspectionDocuments.write(r, result, text, rules, store.rectifications(drawId), dir, pdf, locale);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

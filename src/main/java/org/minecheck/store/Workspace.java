package org.minecheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minecheck.compliance.Applicability;
import org.minecheck.compliance.ResultStates;
import org.minecheck.compliance.SubjectIndex;
import org.minecheck.config.MinecheckProperties;
import org.minecheck.engine.CheckRequest;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.CheckService;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RulePack;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.IngestResult;
import org.minecheck.ingest.InputProblem;
import org.minecheck.ingest.WorkbookInput;
import org.minecheck.ingest.WorkbookReader;
import org.minecheck.model.Dataset;
import org.minecheck.model.Sourced;
import org.minecheck.report.FindingText;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * What the workspace's doors (the shell today, the web later) do with the store: import workbooks as a dataset
 * version, check a stored version and keep the run, compare two runs. Nothing here prints.
 */
@Service
@Lazy
public class Workspace {
    private final CheckService checks;
    private final DatasetRepository datasets;
    private final RunRepository runs;
    private final PackRepository packs;
    private final MinecheckProperties properties;

    public Workspace(
            CheckService checks,
            DatasetRepository datasets,
            RunRepository runs,
            PackRepository packs,
            MinecheckProperties properties) {
        this.checks = checks;
        this.datasets = datasets;
        this.runs = runs;
        this.packs = packs;
        this.properties = properties;
    }

    public PackRepository packs() {
        return packs;
    }

    public DatasetRepository datasets() {
        return datasets;
    }

    public RunRepository runs() {
        return runs;
    }

    /** An import: the version stored (or found), or the input problems that kept it out of the store. */
    public record ImportOutcome(
            DatasetRepository.Imported imported, List<InputProblem> problems, List<InputProblem> notices) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the workbooks as {@code check} would (with the mineral list of the pack given, or the configured one)
     * and, when they hold no input problem, stores them as one dataset version.
     */
    public ImportOutcome importWorkbooks(List<WorkbookInput> files, String rulesOverlay, String user)
            throws IOException {
        List<WorkbookInput> inMemory = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (WorkbookInput f : files) {
            byte[] bytes;
            try (InputStream in = f.open()) {
                bytes = in.readAllBytes();
            }
            contents.add(bytes);
            inMemory.add(WorkbookInput.of(f.name(), bytes));
        }
        RuleBook book = checks.ruleBooks().get(rulesOverlay);
        IngestResult read =
                new WorkbookReader(book.minerals(), properties.ingest().limits()).readInputs(inMemory);
        if (!read.ok()) return new ImportOutcome(null, read.problems(), read.notices());
        Map<String, Map<String, Integer>> rows = rowsBySheet(read.dataset());
        List<DatasetRepository.NewFile> newFiles = new ArrayList<>();
        for (int i = 0; i < inMemory.size(); i++) {
            WorkbookInput in = inMemory.get(i);
            newFiles.add(new DatasetRepository.NewFile(in, contents.get(i), rows.getOrDefault(in.name(), Map.of())));
        }
        return new ImportOutcome(datasets.importFiles(newFiles, user), List.of(), read.notices());
    }

    /** A stored check: the run (new or found), and the check's result when it was run now (null when found). */
    public record CheckOutcome(RunRepository.Saved saved, CheckResult result, RuleBook book) {}

    /**
     * Checks a stored dataset version as of a date under a pack and stores the run with its findings (each open,
     * waived by a waiver of {@code waivers}, or open again after one expired) and the state of every (rule, subject)
     * pair; the same request on the same version under the same waivers returns the run already stored without
     * checking again.
     *
     * @throws IllegalArgumentException when there is no such dataset version
     */
    public CheckOutcome check(long datasetId, LocalDate asOf, String rulesOverlay, String user, WaiverSet waivers)
            throws IOException {
        return check(datasetId, asOf, rulesOverlay, user, waivers, org.minecheck.engine.api.Progress.NONE);
    }

    public CheckOutcome check(
            long datasetId,
            LocalDate asOf,
            String rulesOverlay,
            String user,
            WaiverSet waivers,
            org.minecheck.engine.api.Progress progress)
            throws IOException {
        DatasetVersion version = datasets.find(datasetId)
                .orElseThrow(() -> new IllegalArgumentException("no dataset version " + datasetId));
        RulePack pack = checks.ruleBooks().pack(rulesOverlay);
        RuleBook book = checks.ruleBooks().compiled(pack);
        var existing = runs.find(version.id(), asOf, book.digest(), waivers.digest());
        if (existing.isPresent()) return new CheckOutcome(new RunRepository.Saved(existing.get(), true), null, book);
        CheckResult result =
                checks.check(new CheckRequest(datasets.inputs(version.id()), asOf, rulesOverlay, progress), book);
        if (!result.inputOk()) return new CheckOutcome(null, result, book);
        List<StoredFinding> findings = stored(result, book, waivers);
        List<ResultStates.Pair> states = ResultStates.evaluate(
                result.dataset(),
                asOf,
                book.rules(),
                Applicability.of(pack.baseFiles(), pack.overlayFiles()),
                result.findings(),
                waivers.inForce());
        var request = new RunRepository.Request(
                version.id(),
                asOf,
                result.rulePack(),
                result.rulePackDigest(),
                appVersion(),
                user,
                waivers.digest(),
                waivers.ids(),
                sideTables(result));
        return new CheckOutcome(runs.save(request, findings, states, pack), result, book);
    }

    /** The check's side tables with every value as language-neutral text (codes, plain decimals, ISO dates). */
    static Map<String, RunRepository.StoredTable> sideTables(CheckResult result) {
        Map<String, RunRepository.StoredTable> out = new LinkedHashMap<>();
        for (var t : result.sideTables()) {
            List<List<String>> rows = new ArrayList<>();
            for (List<Object> row : t.rows()) {
                List<String> values = new ArrayList<>();
                for (Object v : row) values.add(StoredFinding.text(v));
                rows.add(values);
            }
            out.put(t.id(), new RunRepository.StoredTable(t.columns(), rows));
        }
        return out;
    }

    /** The findings of a check as a run stores them: both languages, area, region, waiver status. */
    static List<StoredFinding> stored(CheckResult result, RuleBook book, WaiverSet waivers) {
        FindingText zh = new FindingText(book, Texts.CHINESE, result.checkDate());
        FindingText en = new FindingText(book, Texts.ENGLISH, result.checkDate());
        Map<String, String> areas = new java.util.HashMap<>();
        for (var r : book.rules()) areas.putIfAbsent(r.id(), ResultStates.area(r));
        SubjectIndex subjects = new SubjectIndex(result.dataset());
        return result.findings().stream()
                .map(f -> StoredFinding.of(f, zh, en)
                        .withPlace(
                                areas.get(f.ruleId()),
                                subjects.regionOf(
                                        f.subject().type(), f.subject().id()))
                        .withWaiver(
                                waivers.inForce().get(f.key().toString()),
                                waivers.lapsed().get(f.key().toString())))
                .toList();
    }

    /**
     * A stored run checked again from what the store kept: the dataset version's workbooks, the pack's files and the
     * run's date and waivers. {@code problems} names any stored digest that does not match what it covers; {@code
     * differences} is the stored run against the replay (empty: identical findings, values, messages and states).
     */
    public record Replay(
            RunRecord run,
            CheckResult result,
            RuleBook book,
            List<StoredFinding> findings,
            List<String> problems,
            RunDiff diff,
            List<String> differences) {
        public boolean identical() {
            return problems.isEmpty() && differences.isEmpty();
        }
    }

    /**
     * @throws IllegalStateException when the run's pack is not stored (a run of schema version 1)
     */
    public Replay replay(RunRecord run) {
        List<String> problems = new ArrayList<>();
        RulePack pack = packs.find(run.rulePackDigest())
                .orElseThrow(() -> new IllegalStateException("pack " + run.rulePackDigest() + " not stored"));
        if (!pack.digest().equals(run.rulePackDigest()))
            problems.add("pack: stored files digest " + pack.digest() + ", the run names " + run.rulePackDigest());
        List<WorkbookInput> inputs = datasets.inputs(run.datasetId());
        List<DatasetFile> files = datasets.files(run.datasetId());
        for (int i = 0; i < files.size(); i++) {
            String actual = i < inputs.size() ? inputs.get(i).sha256() : null;
            if (!files.get(i).sha256().equals(actual))
                problems.add("dataset: " + files.get(i).name() + " SHA-256 " + actual + ", stored "
                        + files.get(i).sha256());
        }
        RuleBook book = checks.ruleBooks().compiled(pack);
        CheckResult result = checks.check(new CheckRequest(inputs, run.asOf(), null), book);
        List<StoredFinding> stored = runs.findings(FindingFilter.run(run.id()));
        WaiverSet waivers = waiversOf(stored);
        List<StoredFinding> again = result.inputOk() ? stored(result, book, waivers) : List.of();
        RunDiff diff = RunDiff.of(run, stored, run, again);
        List<String> differences = new ArrayList<>();
        if (!result.inputOk()) differences.add("input: the stored workbooks no longer read without problems");
        for (RunDiff.Entry e : diff.entries()) {
            switch (e.change()) {
                case NEW -> differences.add("only in the replay: " + e.key());
                case RESOLVED -> differences.add("only in the stored run: " + e.key());
                case SEVERITY_CHANGED ->
                    differences.add(
                            e.key() + ": severity " + e.before().severity().code() + " → "
                                    + e.after().severity().code());
                case PERSISTING -> {
                    for (RunDiff.ValueChange c : e.causes())
                        differences.add(e.key() + ": " + c.name() + " " + c.before() + " → " + c.after());
                    if (!java.util.Objects.equals(
                                    e.before().messageZh(), e.after().messageZh())
                            || !java.util.Objects.equals(
                                    e.before().messageEn(), e.after().messageEn()))
                        differences.add(e.key() + ": message differs");
                    if (!java.util.Objects.equals(e.before().status(), e.after().status()))
                        differences.add(e.key() + ": status " + e.before().status() + " → "
                                + e.after().status());
                }
            }
        }
        if (result.inputOk()) {
            List<ResultStates.Pair> states = ResultStates.evaluate(
                    result.dataset(),
                    run.asOf(),
                    book.rules(),
                    Applicability.of(pack.baseFiles(), pack.overlayFiles()),
                    result.findings(),
                    waivers.inForce());
            Map<String, String> before = new java.util.TreeMap<>();
            for (StoredState st : runs.states(run.id()))
                before.put(
                        st.ruleId() + " " + st.subjectType() + "/" + st.subjectId(),
                        st.state().code());
            Map<String, String> after = new java.util.TreeMap<>();
            for (ResultStates.Pair p : states)
                after.put(
                        p.ruleId() + " " + p.subjectType() + "/" + p.subjectId(),
                        p.state().code());
            if (!before.isEmpty() && !before.equals(after)) {
                for (String k : new java.util.TreeSet<>(
                        java.util.stream.Stream.concat(before.keySet().stream(), after.keySet().stream())
                                .toList())) {
                    if (!java.util.Objects.equals(before.get(k), after.get(k)))
                        differences.add("state " + k + ": " + before.get(k) + " → " + after.get(k));
                }
            }
        }
        return new Replay(run, result, book, again, problems, diff, differences);
    }

    /** The waivers a stored run was judged under, as its findings record them. */
    private static WaiverSet waiversOf(List<StoredFinding> findings) {
        Map<String, Long> in = new java.util.HashMap<>();
        Map<String, Long> lapsed = new java.util.HashMap<>();
        for (StoredFinding f : findings) {
            if (f.waiverId() != null) in.put(f.key(), f.waiverId());
            if (f.lapsedWaiverId() != null) lapsed.put(f.key(), f.lapsedWaiverId());
        }
        return new WaiverSet(in, lapsed);
    }

    /** The rule book a stored run was checked with (its stored pack), or the current one for a run without it. */
    public RuleBook book(RunRecord run) throws IOException {
        var pack = packs.find(run.rulePackDigest());
        return pack.isPresent()
                ? checks.ruleBooks().compiled(pack.get())
                : checks.ruleBooks().get(null);
    }

    /** Both runs' findings compared by key. */
    public RunDiff diff(RunRecord before, RunRecord after) {
        PackChanges changes = PackChanges.NONE;
        if (!before.rulePackDigest().equals(after.rulePackDigest())) {
            var a = packs.find(before.rulePackDigest());
            var b = packs.find(after.rulePackDigest());
            if (a.isPresent() && b.isPresent()) {
                changes = PackChanges.between(
                        a.get(),
                        checks.ruleBooks().compiled(a.get()),
                        b.get(),
                        checks.ruleBooks().compiled(b.get()));
            }
        }
        return RunDiff.of(
                before,
                runs.findings(FindingFilter.run(before.id())),
                after,
                runs.findings(FindingFilter.run(after.id())),
                changes);
    }

    /** The version of minecheck that made a run ("dev" when not run from the packaged jar). */
    public static String appVersion() {
        String v = Workspace.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The operating-system user: who imported or checked (the shell has no sign-in). */
    public static String currentUser() {
        String u = System.getProperty("user.name");
        return u == null || u.isBlank() ? "unknown" : u;
    }

    /** Rows read per file and sheet, from the origin every fact keeps. */
    static Map<String, Map<String, Integer>> rowsBySheet(Dataset d) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (Field field : Dataset.class.getFields()) {
            if (!List.class.isAssignableFrom(field.getType())) continue;
            List<?> facts;
            try {
                facts = (List<?>) field.get(d);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            for (Object fact : facts) {
                if (fact instanceof Sourced s && s.origin() != null) {
                    out.computeIfAbsent(s.origin().sheet().file(), k -> new TreeMap<>())
                            .merge(s.origin().sheet().sheet(), 1, Integer::sum);
                }
            }
        }
        return out;
    }
}

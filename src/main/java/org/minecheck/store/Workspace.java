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
    private final MinecheckProperties properties;

    public Workspace(
            CheckService checks, DatasetRepository datasets, RunRepository runs, MinecheckProperties properties) {
        this.checks = checks;
        this.datasets = datasets;
        this.runs = runs;
        this.properties = properties;
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
                waivers.ids());
        return new CheckOutcome(runs.save(request, findings, states, pack), result, book);
    }

    /** The findings of a check as a run stores them: both languages, area, region, waiver status. */
    static List<StoredFinding> stored(CheckResult result, RuleBook book, WaiverSet waivers) {
        FindingText zh = new FindingText(book, Texts.CHINESE, result.checkDate());
        FindingText en = new FindingText(book, Texts.ENGLISH, result.checkDate());
        Map<String, String> areas = new java.util.HashMap<>();
        for (var r : book.rules()) areas.putIfAbsent(r.id(), r.area());
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

    /** Both runs' findings compared by key. */
    public RunDiff diff(RunRecord before, RunRecord after) {
        return RunDiff.of(
                before,
                runs.findings(FindingFilter.run(before.id())),
                after,
                runs.findings(FindingFilter.run(after.id())));
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

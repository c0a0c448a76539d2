package org.minecheck.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Severity;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.WorkbookInput;
import org.minecheck.report.ConsoleReport;
import org.minecheck.report.ReportFile;
import org.minecheck.report.Table;
import org.minecheck.store.DatasetFile;
import org.minecheck.store.FindingFilter;
import org.minecheck.store.RunDiff;
import org.minecheck.store.RunRecord;
import org.minecheck.store.StoredFinding;
import org.minecheck.store.WaiverSet;
import org.minecheck.store.Workspace;
import org.minecheck.waiver.WaiverRepository;
import org.minecheck.waiver.WaiverRules;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * The workspace's commands: {@code import}, {@code check --dataset V} (from {@link CheckCommands}), {@code runs},
 * {@code findings}, {@code diff}. The store is reached only when one of them runs, so the one-shot commands start
 * without a database.
 */
@Component
public class WorkspaceCommands {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ObjectProvider<Workspace> workspace;
    private final ObjectProvider<WaiverRepository> waivers;
    private final CommandOutcomes outcomes;
    private final CommandLine commandLine;
    private final Environment environment;

    public WorkspaceCommands(
            ObjectProvider<Workspace> workspace,
            ObjectProvider<WaiverRepository> waivers,
            CommandOutcomes outcomes,
            CommandLine commandLine,
            Environment environment) {
        this.workspace = workspace;
        this.waivers = waivers;
        this.outcomes = outcomes;
        this.commandLine = commandLine;
        this.environment = environment;
    }

    /** The workspace, its database connected and migrated; a database that cannot be used is one clear line. */
    Workspace workspace(Locale locale) throws UsageException {
        return connect(workspace, locale);
    }

    /** The waiver repository (the workspace's database, connected and migrated). */
    WaiverRepository waivers(Locale locale) throws UsageException {
        connect(workspace, locale);
        return connect(waivers, locale);
    }

    /** Who is acting: {@code --user}, else the configured {@code minecheck.user}, else the operating-system user. */
    String user(String given) {
        if (given != null && !given.isBlank()) return given.strip();
        String configured = environment.getProperty("minecheck.user");
        return configured != null && !configured.isBlank() ? configured.strip() : Workspace.currentUser();
    }

    private static <T> T connect(ObjectProvider<T> provider, Locale locale) throws UsageException {
        try {
            return provider.getObject();
        } catch (BeansException e) {
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            throw new UsageException(Texts.of(locale)
                    .format(
                            "store.unavailable",
                            cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }

    @Command(
            name = "import",
            completionProvider = "workspaceCompletion",
            description = "Store workbooks as a dataset version")
    public void importFiles(
            @Arguments List<String> files,
            @Option(longName = "rules", description = "rule pack whose mineral list is used") String rules,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            if (files == null || files.isEmpty()) throw new UsageException(t.get("usage.noWorkbook"));
            List<WorkbookInput> inputs =
                    files.stream().map(f -> WorkbookInput.of(Path.of(f))).toList();
            Workspace ws = workspace(locale);
            Workspace.ImportOutcome outcome;
            try (TerminalProgress progress = new TerminalProgress(locale)) {
                // reading has no counts: after two seconds the line shows the phase and the time spent
                progress.update("read", 0, 0);
                outcome = ws.importWorkbooks(inputs, rules, Workspace.currentUser());
            }
            PrintWriter w = context.outputWriter();
            if (!outcome.ok()) {
                PrintWriter err = commandLine.errors();
                ConsoleReport.printProblems(problemsOnly(outcome), locale, err);
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            var v = outcome.imported().version();
            if (outcome.imported().existing()) {
                w.println(t.format("store.alreadyImported", id(v.id()), shortDigest(v.sha256())));
            } else {
                w.println(t.format(
                        "store.imported", id(v.id()), v.fileNames().size(), id(v.rowCount()), shortDigest(v.sha256())));
                for (DatasetFile f : ws.datasets().files(v.id())) {
                    w.println(t.format("store.file", f.name(), shortDigest(f.sha256()), sheets(f)));
                }
            }
            ConsoleReport.printNotices(outcome.notices(), locale, w);
            w.flush();
            return ExitCode.CLEAN;
        });
    }

    private static CheckResult problemsOnly(Workspace.ImportOutcome outcome) {
        return new CheckResult(
                LocalDate.now(), List.of(), "", "", null, List.of(), outcome.problems(), outcome.notices(), List.of());
    }

    /** {@code check --dataset V}: checks a stored version and keeps the run; the same request finds the same run. */
    ExitCode checkDataset(
            String dataset,
            LocalDate date,
            String rules,
            Severity threshold,
            Locale locale,
            PrintWriter w,
            org.minecheck.engine.api.Progress progress)
            throws Exception {
        Texts t = Texts.of(locale);
        long id = id(dataset, "store.noDataset", locale);
        Workspace ws = workspace(locale);
        if (ws.datasets().find(id).isEmpty()) throw new UsageException(t.format("store.noDataset", dataset));
        WaiverSet inForce = waivers(locale).setFor(date);
        Workspace.CheckOutcome outcome = ws.check(id, date, rules, user(null), inForce, progress);
        if (outcome.saved() == null) {
            PrintWriter err = commandLine.errors();
            ConsoleReport.printProblems(outcome.result(), locale, err);
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        RunRecord run = outcome.saved().run();
        if (outcome.result() != null)
            ConsoleReport.printNotices(outcome.result().notices(), locale, w);
        printFindings(ws, run, FindingFilter.run(run.id()), locale, w);
        w.println(t.format(
                outcome.saved().existing() ? "store.runExists" : "store.runStored",
                id(run.id()),
                id(run.datasetId()),
                run.asOf(),
                run.rulePack(),
                shortDigest(run.rulePackDigest())));
        w.flush();
        boolean failing = false;
        for (Severity s : Severity.values()) if (s.atLeast(threshold) && run.count(s) > 0) failing = true;
        return failing ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    @Command(name = "runs", completionProvider = "workspaceCompletion", description = "List the stored runs")
    public void runs(@Option(longName = "lang", description = "zh or en") String lang, CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            List<RunRecord> runs = workspace(locale).runs().list();
            PrintWriter w = context.outputWriter();
            if (runs.isEmpty()) {
                w.println(t.get("store.noRuns"));
                w.flush();
                return ExitCode.CLEAN;
            }
            List<String[]> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of(
                    t.get("store.col.run"),
                    t.get("store.col.dataset"),
                    t.get("store.col.asOf"),
                    t.get("store.col.pack"),
                    t.get("store.col.digest")));
            for (Severity s : Severity.values()) header.add(s.text(locale));
            header.addAll(List.of(t.get("store.col.created"), t.get("store.col.by")));
            rows.add(header.toArray(String[]::new));
            for (RunRecord r : runs) {
                List<String> row = new ArrayList<>(List.of(
                        String.valueOf(r.id()),
                        String.valueOf(r.datasetId()),
                        r.asOf().toString(),
                        r.rulePack(),
                        shortDigest(r.rulePackDigest())));
                for (Severity s : Severity.values()) row.add(String.valueOf(r.count(s)));
                row.add(CREATED.format(r.createdAt().atZone(ZoneId.systemDefault())));
                row.add(r.createdBy());
                rows.add(row.toArray(String[]::new));
            }
            Table.print(rows, new int[] {6, 8, 10, 30, 12, 8, 8, 8, 8, 16, 16}, w);
            w.flush();
            return ExitCode.CLEAN;
        });
    }

    @Command(
            name = "findings",
            completionProvider = "workspaceCompletion",
            description = "List a stored run's findings")
    public void findings(
            @Option(longName = "run", description = "run id (default: the latest)") String run,
            @Option(longName = "rule", description = "only this rule") String rule,
            @Option(longName = "severity", description = "this severity or more serious") String severity,
            @Option(longName = "enterprise", description = "only this enterprise (ID)") String enterprise,
            @Option(longName = "area", description = "only this area (licence, boundary, fund …)") String area,
            @Option(longName = "department", description = "only this department (its code)") String department,
            @Option(longName = "region", description = "only this region (its code)") String region,
            @Option(longName = "status", description = "open or waived") String status,
            @Option(longName = "format", description = "table, csv, json or xlsx", defaultValue = "table")
                    String format,
            @Option(longName = "out", description = "file to write csv, json or xlsx to") String out,
            @Option(longName = "force", description = "replace an existing --out file", defaultValue = "false")
                    boolean force,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            commandLine.requireLanguage(lang, locale);
            Severity atLeast = blank(severity) ? null : commandLine.severity(severity, locale);
            Workspace ws = workspace(locale);
            RunRecord r = blank(run)
                    ? ws.runs()
                            .latest()
                            .orElseThrow(
                                    () -> new UsageException(Texts.of(locale).get("store.noRuns")))
                    : run(ws, run, locale);
            String state = blank(status) ? null : status.strip().toLowerCase(Locale.ROOT);
            if (state != null && !state.equals(StoredFinding.OPEN) && !state.equals(StoredFinding.WAIVED))
                throw new UsageException(Texts.of(locale).format("store.badStatus", status));
            var filter = new FindingFilter(
                    r.id(),
                    strip(rule),
                    atLeast,
                    strip(enterprise),
                    strip(area),
                    strip(department),
                    strip(region),
                    state);
            PrintWriter w = context.outputWriter();
            String kind = blank(format) ? "table" : format.strip().toLowerCase(Locale.ROOT);
            if (kind.equals("table")) {
                printFindings(ws, r, filter, locale, w);
                w.flush();
                return ExitCode.CLEAN;
            }
            ReportFile.Format fileFormat = FindingsExport.format(kind);
            if (fileFormat == null) throw new UsageException(Texts.of(locale).format("export.badFormat", format));
            if (blank(out)) throw new UsageException(Texts.of(locale).format("export.needsOut", kind));
            ReportFile file = ReportFile.prepare(out, fileFormat, List.of(), force);
            List<StoredFinding> found = ws.runs().findings(filter);
            file.write(stream -> FindingsExport.write(kind, r, found, locale, stream));
            w.println(Texts.of(locale).format("export.written", found.size(), file.shown(), id(r.id())));
            w.flush();
            return ExitCode.CLEAN;
        });
    }

    static void printFindings(Workspace ws, RunRecord r, FindingFilter filter, Locale locale, PrintWriter w) {
        Texts t = Texts.of(locale);
        List<StoredFinding> found = ws.runs().findings(filter);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            t.get("store.col.finding"),
            t.get("table.severity"),
            t.get("table.enterprise"),
            t.get("table.subject"),
            t.get("store.col.status"),
            t.get("table.message")
        });
        for (StoredFinding f : found) {
            rows.add(new String[] {
                f.key(),
                f.severity().text(locale),
                nn(f.enterpriseName()),
                subject(f),
                status(f, locale),
                f.message(locale)
            });
        }
        if (!found.isEmpty()) Table.print(rows, new int[] {44, 8, 16, 16, 24, 56}, w);
        w.println(t.format(
                "store.findings.title",
                id(r.id()),
                id(r.datasetId()),
                r.asOf(),
                found.size(),
                r.total() + r.waivedCount()));
        if (r.waivedCount() > 0 || !r.waiverIds().isEmpty())
            w.println(t.format("waiver.runSummary", r.waivedCount(), waiverList(r.waiverIds())));
    }

    /** "open", "WAIVED W3", or "open: waiver W2 expired". */
    static String status(StoredFinding f, Locale locale) {
        Texts t = Texts.of(locale);
        if (f.waived()) return t.format("finding.status.waived", WaiverRules.id(f.waiverId()));
        if (f.lapsedWaiverId() != null) return t.format("finding.status.lapsed", WaiverRules.id(f.lapsedWaiverId()));
        return t.get("finding.status.open");
    }

    private static String waiverList(List<Long> ids) {
        return ids.isEmpty()
                ? "—"
                : String.join(", ", ids.stream().map(WaiverRules::id).toList());
    }

    @Command(
            name = "diff",
            completionProvider = "workspaceCompletion",
            description = "Compare two stored runs finding by finding")
    public void diff(
            @Argument(index = 0, description = "the earlier run") String first,
            @Argument(index = 1, description = "the later run") String second,
            @Option(
                            longName = "fail-on",
                            description = "lowest severity of a new finding that gives exit code 1",
                            defaultValue = "critical")
                    String failOn,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            Severity threshold = commandLine.severity(failOn, locale);
            if (blank(first) || blank(second)) throw new UsageException(t.get("help.diff.synopsis"));
            Workspace ws = workspace(locale);
            RunDiff d = ws.diff(run(ws, first, locale), run(ws, second, locale));
            PrintWriter w = context.outputWriter();
            print(d, locale, w);
            w.flush();
            return d.entries().stream()
                            .anyMatch(e -> e.newlyOpen() && e.after().severity().atLeast(threshold))
                    ? ExitCode.FINDINGS
                    : ExitCode.CLEAN;
        });
    }

    static void print(RunDiff d, Locale locale, PrintWriter w) {
        Texts t = Texts.of(locale);
        w.println(t.format("diff.title", id(d.before().id()), id(d.after().id())));
        if (d.datasetChanged()) {
            w.println("  "
                    + t.format(
                            "diff.dataset",
                            id(d.before().datasetId()),
                            id(d.after().datasetId())));
        }
        if (d.asOfChanged())
            w.println("  " + t.format("diff.asOf", d.before().asOf(), d.after().asOf()));
        if (d.packChanged()) {
            w.println("  "
                    + t.format(
                            "diff.pack",
                            d.before().rulePack(),
                            shortDigest(d.before().rulePackDigest()),
                            d.after().rulePack(),
                            shortDigest(d.after().rulePackDigest())));
        }
        section(t.format("diff.new", d.entries(RunDiff.Change.NEW).size()), d.entries(RunDiff.Change.NEW), locale, w);
        section(
                t.format("diff.resolved", d.entries(RunDiff.Change.RESOLVED).size()),
                d.entries(RunDiff.Change.RESOLVED),
                locale,
                w);
        section(
                t.format(
                        "diff.changed",
                        d.entries(RunDiff.Change.SEVERITY_CHANGED).size()),
                d.entries(RunDiff.Change.SEVERITY_CHANGED),
                locale,
                w);
        List<RunDiff.Entry> persisting = d.entries(RunDiff.Change.PERSISTING);
        List<RunDiff.Entry> withCauses =
                persisting.stream().filter(RunDiff.Entry::explained).toList();
        section(t.format("diff.persisting", persisting.size()), withCauses, locale, w);
        if (persisting.size() > withCauses.size()) {
            w.println("  " + t.format("diff.persistingUnchanged", persisting.size() - withCauses.size()));
        }
    }

    private static void section(String title, List<RunDiff.Entry> entries, Locale locale, PrintWriter w) {
        Texts t = Texts.of(locale);
        w.println();
        w.println(title);
        for (RunDiff.Entry e : entries) {
            StoredFinding f = e.latest();
            String severity = e.change() == RunDiff.Change.SEVERITY_CHANGED
                    ? t.format(
                            "diff.severity",
                            e.before().severity().text(locale),
                            f.severity().text(locale))
                    : f.severity().text(locale);
            w.println("  " + e.key() + "  " + severity + "  " + f.message(locale));
            for (RunDiff.ValueChange c : e.causes()) {
                w.println("    " + t.format("diff.cause", nn(c.cell()), c.name(), nn(c.before()), nn(c.after())));
            }
            for (RunDiff.Cause c : e.others()) {
                w.println("    "
                        + t.format(
                                "diff.cause." + c.kind().name().toLowerCase(Locale.ROOT),
                                c.subject(),
                                nn(c.before()),
                                nn(c.after())));
            }
        }
    }

    static RunRecord run(Workspace ws, String id, Locale locale) throws UsageException {
        return ws.runs()
                .find(id(id, "store.noRun", locale))
                .orElseThrow(() -> new UsageException(Texts.of(locale).format("store.noRun", id)));
    }

    static long id(String text, String missingKey, Locale locale) throws UsageException {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new UsageException(Texts.of(locale).format(missingKey, text));
    }

    /** An id or count as digits only (a message format would write 1,733). */
    static String id(long n) {
        return Long.toString(n);
    }

    /** "sheet rows, sheet rows" in sheet-name order. */
    private static String sheets(DatasetFile f) {
        return String.join(
                ", ",
                new java.util.TreeMap<>(f.sheetRows())
                        .entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .toList());
    }

    static String subject(StoredFinding f) {
        String name = f.subjectName();
        return name == null || name.equals(f.subjectId()) ? f.subjectId() : f.subjectId() + " " + name;
    }

    static String shortDigest(String sha256) {
        return sha256 == null ? "—" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String nn(String s) {
        return s == null ? "—" : s;
    }
}

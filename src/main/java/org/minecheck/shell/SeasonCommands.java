package org.minecheck.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minecheck.compliance.ComplianceRate;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleInfo;
import org.minecheck.engine.RulePack;
import org.minecheck.finding.Basis;
import org.minecheck.finding.Department;
import org.minecheck.finding.Finding;
import org.minecheck.finding.ResultState;
import org.minecheck.i18n.Texts;
import org.minecheck.report.FindingText;
import org.minecheck.report.Table;
import org.minecheck.store.RunRecord;
import org.minecheck.store.StoredFinding;
import org.minecheck.store.StoredState;
import org.minecheck.store.Workspace;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * A season's questions about stored runs: {@code compliance} (rates per area, department and region from the result
 * states), {@code replay RUN [--verify]} (the run checked again from what the store kept) and {@code explain FINDING}
 * (what is wrong, every value with its cell, the parameters and articles, what clears it).
 */
@Component
public class SeasonCommands {
    private static final Pattern SETTING = Pattern.compile("key\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern TABLE = Pattern.compile("table\\s*==\\s*\"([^\"]+)\"");
    private final WorkspaceCommands workspace;
    private final CommandOutcomes outcomes;
    private final CommandLine commandLine;

    public SeasonCommands(WorkspaceCommands workspace, CommandOutcomes outcomes, CommandLine commandLine) {
        this.workspace = workspace;
        this.outcomes = outcomes;
        this.commandLine = commandLine;
    }

    @Command(
            name = "compliance",
            completionProvider = "workspaceCompletion",
            description = "Compliance rates per area, department and region of a stored run")
    public void compliance(
            @Option(longName = "run", description = "run id (default: the latest)") String run,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            Workspace ws = workspace.workspace(locale);
            RunRecord r = runOrLatest(ws, run, locale);
            List<StoredState> states = ws.runs().states(r.id());
            PrintWriter w = context.outputWriter();
            if (states.isEmpty()) {
                w.println(t.format("compliance.noStates", WorkspaceCommands.id(r.id())));
                w.flush();
                return ExitCode.CLEAN;
            }
            w.println(t.format(
                    "compliance.title", WorkspaceCommands.id(r.id()), WorkspaceCommands.id(r.datasetId()), r.asOf()));
            table(t.get("compliance.all"), states, s -> t.get("compliance.all"), locale, w);
            table(t.get("compliance.byArea"), states, StoredState::area, locale, w);
            table(
                    t.get("compliance.byDepartment"),
                    states,
                    s -> {
                        try {
                            return Department.parse(s.department()).text(locale);
                        } catch (RuntimeException e) {
                            return s.department();
                        }
                    },
                    locale,
                    w);
            table(t.get("compliance.byRegion"), states, s -> WorkspaceCommands.nn(s.regionCode()), locale, w);
            w.println();
            w.println(t.get("compliance.note"));
            w.flush();
            return ExitCode.CLEAN;
        });
    }

    private static void table(
            String title, List<StoredState> states, Function<StoredState, String> group, Locale locale, PrintWriter w) {
        Texts t = Texts.of(locale);
        Map<String, Map<ResultState, Integer>> by = new TreeMap<>();
        for (StoredState s : states)
            by.merge(group.apply(s), ComplianceRate.add(Map.of(), s.state()), (a, b) -> {
                Map<ResultState, Integer> out = a;
                for (var e : b.entrySet())
                    for (int i = 0; i < e.getValue(); i++) out = ComplianceRate.add(out, e.getKey());
                return out;
            });
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            title,
            t.get("compliance.col.rate"),
            t.get("state.pass"),
            t.get("state.fail"),
            t.get("state.waived"),
            t.get("state.cannot-decide"),
            t.get("state.not-applicable")
        });
        for (var e : by.entrySet()) {
            ComplianceRate rate = new ComplianceRate(e.getKey(), e.getValue());
            rows.add(new String[] {
                e.getKey(),
                rate.percent() == null ? "—" : rate.percent().toPlainString() + "%",
                String.valueOf(rate.count(ResultState.PASS)),
                String.valueOf(rate.count(ResultState.FAIL)),
                String.valueOf(rate.count(ResultState.WAIVED)),
                String.valueOf(rate.count(ResultState.CANNOT_DECIDE)),
                String.valueOf(rate.count(ResultState.NOT_APPLICABLE))
            });
        }
        w.println();
        Table.print(rows, new int[] {24, 8, 8, 8, 8, 10, 10}, w);
    }

    @Command(
            name = "replay",
            completionProvider = "workspaceCompletion",
            description = "Check a stored run again from its stored workbooks, pack and date")
    public void replay(
            @Argument(index = 0, description = "the run") String run,
            @Option(longName = "verify", description = "prove the findings identical, or show what differs")
                    boolean verify,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            if (WorkspaceCommands.blank(run)) throw new UsageException(t.get("help.replay.synopsis"));
            Workspace ws = workspace.workspace(locale);
            RunRecord r = WorkspaceCommands.run(ws, run, locale);
            if (ws.packs().find(r.rulePackDigest()).isEmpty())
                throw new UsageException(t.format("replay.noPack", WorkspaceCommands.id(r.id())));
            Workspace.Replay replay;
            try (TerminalProgress progress = new TerminalProgress(locale)) {
                replay = ws.replay(r);
            }
            PrintWriter w = context.outputWriter();
            w.println(t.format(
                    "replay.title",
                    WorkspaceCommands.id(r.id()),
                    WorkspaceCommands.id(r.datasetId()),
                    r.asOf(),
                    r.rulePack(),
                    WorkspaceCommands.shortDigest(r.rulePackDigest()),
                    r.waiverIds().isEmpty()
                            ? "—"
                            : String.join(
                                    ", ",
                                    r.waiverIds().stream()
                                            .map(org.minecheck.waiver.WaiverRules::id)
                                            .toList()),
                    replay.findings().size()));
            if (!verify) {
                w.println(t.format("replay.done", replay.findings().size(), r.total() + r.waivedCount()));
                w.flush();
                return ExitCode.CLEAN;
            }
            for (String p : replay.problems()) w.println("  " + t.format("replay.problem", p));
            for (String d : replay.differences()) w.println("  " + t.format("replay.difference", d));
            if (replay.identical()) {
                w.println(t.format(
                        "replay.identical",
                        WorkspaceCommands.id(r.id()),
                        String.valueOf(replay.findings().size()),
                        String.valueOf(ws.runs().states(r.id()).size())));
            } else {
                w.println(t.format(
                        "replay.differs",
                        WorkspaceCommands.id(r.id()),
                        replay.problems().size() + replay.differences().size()));
            }
            w.flush();
            return replay.identical() ? ExitCode.CLEAN : ExitCode.FINDINGS;
        });
    }

    @Command(
            name = "explain",
            completionProvider = "workspaceCompletion",
            description = "Explain a stored finding: what is wrong, values, parameters, articles")
    public void explain(
            @Argument(index = 0, description = "the finding's key") String finding,
            @Option(longName = "run", description = "run id (default: the latest run with this finding)") String run,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            if (WorkspaceCommands.blank(finding)) throw new UsageException(t.get("help.explain.synopsis"));
            String key = finding.strip();
            Workspace ws = workspace.workspace(locale);
            StoredFinding stored;
            RunRecord r;
            if (WorkspaceCommands.blank(run)) {
                stored = ws.runs()
                        .latestFinding(key)
                        .orElseThrow(() -> new UsageException(t.format("waiver.noFinding", key)));
                r = ws.runs().find(stored.runId()).orElseThrow();
            } else {
                r = WorkspaceCommands.run(ws, run, locale);
                stored = ws.runs()
                        .finding(r.id(), key)
                        .orElseThrow(() ->
                                new UsageException(t.format("explain.notInRun", key, WorkspaceCommands.id(r.id()))));
            }
            // the finding itself, with its typed values, from the run checked again as it was
            Finding f = null;
            RuleBook book;
            RulePack pack = ws.packs().find(r.rulePackDigest()).orElse(null);
            if (pack != null) {
                Workspace.Replay replay;
                try (TerminalProgress progress = new TerminalProgress(locale)) {
                    replay = ws.replay(r);
                }
                book = replay.book();
                for (Finding x : replay.result().findings())
                    if (x.key().toString().equals(key)) f = x;
            } else {
                book = ws.book(r);
            }
            PrintWriter w = context.outputWriter();
            FindingText text = new FindingText(book, locale, r.asOf());
            RuleInfo rule = book.rules().stream()
                    .filter(x -> x.id().equals(stored.ruleId()))
                    .findFirst()
                    .orElse(null);
            w.println(key + " — " + text.title(stored.ruleId()));
            w.println("  "
                    + t.format(
                            "explain.where",
                            WorkspaceCommands.id(r.id()),
                            WorkspaceCommands.id(r.datasetId()),
                            r.asOf(),
                            stored.severity().text(locale),
                            rule == null
                                    ? stored.department()
                                    : rule.department().text(locale),
                            WorkspaceCommands.status(stored, locale)));
            w.println();
            w.println(t.get("explain.wrong"));
            w.println("  " + stored.message(locale));
            w.println();
            w.println(t.get("explain.values"));
            if (f != null) {
                for (FindingText.EvidenceLine e : text.evidence(f)) {
                    w.println("  " + e.label() + ": " + e.value() + "  "
                            + (e.cell() == null
                                    ? t.get("explain.computed")
                                    : e.cell().toString()));
                }
            } else {
                for (StoredFinding.StoredEvidence e : stored.evidence()) {
                    w.println("  " + e.name() + ": " + WorkspaceCommands.nn(e.value()) + "  "
                            + (e.cell() == null ? t.get("explain.computed") : e.cell()));
                }
            }
            List<String> parameters = parameters(pack, stored.ruleId(), book, locale);
            if (!parameters.isEmpty()) {
                w.println();
                w.println(t.get("explain.parameters"));
                for (String p : parameters) w.println("  " + p);
            }
            if (f != null) {
                List<Basis> basis = text.basis(f);
                if (!basis.isEmpty()) {
                    w.println();
                    w.println(t.get("explain.basis"));
                    for (Basis b : basis) {
                        w.println("  " + b.title() + " " + b.article()
                                + (b.newer() ? "  " + t.format("basis.newer", String.valueOf(b.inForceFrom())) : ""));
                        if (b.summary() != null && !b.summary().isBlank()) w.println("    " + b.summary());
                    }
                }
                w.println();
                w.println(t.get("explain.clears"));
                w.println("  " + text.clears(f));
            } else {
                w.println();
                w.println(t.get("explain.notReproduced"));
            }
            w.flush();
            return ExitCode.CLEAN;
        });
    }

    @Command(
            name = "progress",
            completionProvider = "workspaceCompletion",
            description = "Historical-mine treatment per county and year: required against achieved")
    public void progress(
            @Option(longName = "region", description = "only this region (its code)") String region,
            @Option(longName = "run", description = "run id (default: the latest)") String run,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            Workspace ws = workspace.workspace(locale);
            RunRecord r = runOrLatest(ws, run, locale);
            var table = ws.runs().sideTables(r.id()).get("historicalProgress");
            PrintWriter w = context.outputWriter();
            if (table == null) {
                w.println(t.format("progress.none", WorkspaceCommands.id(r.id())));
                w.flush();
                return ExitCode.CLEAN;
            }
            String code = WorkspaceCommands.blank(region) ? null : region.strip();
            List<List<String>> rows = table.rows().stream()
                    .filter(row -> code == null || code.equals(row.get(table.column("regionCode"))))
                    .toList();
            if (rows.isEmpty()) throw new UsageException(t.format("progress.noRegion", region));
            w.println(t.format(
                    "progress.title", WorkspaceCommands.id(r.id()), WorkspaceCommands.id(r.datasetId()), r.asOf()));
            List<String> labels = new ArrayList<>();
            for (List<String> row : rows) {
                labels.add(row.get(table.column("regionCode")) + " " + row.get(table.column("regionName")) + " "
                        + row.get(table.column("year"))
                        + ("true".equals(row.get(table.column("toDate"))) ? "*" : ""));
            }
            int labelWidth = labels.stream().mapToInt(Table::width).max().orElse(0);
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                double required = number(row.get(table.column("requiredPercent")));
                double achieved = number(row.get(table.column("achievedPercent")));
                String met = row.get(table.column("met"));
                String label = labels.get(i);
                w.println(label + " ".repeat(labelWidth - Table.width(label)) + "  "
                        + bar(achieved, required, 40) + "  "
                        + t.format(
                                "progress.line",
                                percent(achieved),
                                percent(required),
                                t.get(
                                        met == null || met.isEmpty() || met.equals("null")
                                                ? "progress.running"
                                                : Boolean.parseBoolean(met) ? "progress.met" : "progress.notMet")));
            }
            w.println(t.get("progress.legend"));
            w.flush();
            return ExitCode.CLEAN;
        });
    }

    /** Achieved as a filled bar of {@code width} cells, with the required share marked by a bar line. */
    static String bar(double achieved, double required, int width) {
        int filled = (int) Math.round(Math.max(0, Math.min(100, achieved)) * width / 100);
        int mark = (int) Math.round(Math.max(0, Math.min(100, required)) * width / 100);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < width; i++) b.append(i == mark ? '│' : i < filled ? '█' : '░');
        if (mark >= width) b.append('│');
        return b.toString();
    }

    private static double number(String s) {
        try {
            return s == null ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v);
    }

    /** The settings and tables the rule's DRL names, with their values as the run's pack has them. */
    private static List<String> parameters(RulePack pack, String ruleId, RuleBook book, Locale locale) {
        if (pack == null) return List.of();
        Set<String> settings = new LinkedHashSet<>();
        Set<String> tables = new LinkedHashSet<>();
        for (Map<String, String> files : List.of(pack.baseFiles(), pack.overlayFiles())) {
            for (var e : files.entrySet()) {
                if (!e.getKey().endsWith(".drl")) continue;
                for (String block : e.getValue().split("\\n(?=rule \")")) {
                    if (!block.contains("@id(" + ruleId + ")")) continue;
                    Matcher m = SETTING.matcher(block);
                    while (m.find()) settings.add(m.group(1));
                    Matcher tm = TABLE.matcher(block);
                    while (tm.find()) tables.add(tm.group(1));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String k : settings) {
            org.minecheck.engine.api.Setting s;
            try {
                s = book.setting(k);
            } catch (RuntimeException e) {
                continue; // a setting the pack does not define (the rule would not have fired)
            }
            String note = s.note() == null || s.note().isBlank() ? "" : "  (" + s.note() + ")";
            out.add(k + " = " + s.value().stripTrailingZeros().toPlainString() + " " + s.unit() + note);
        }
        for (String tbl : tables) out.add(Texts.of(locale).format("explain.table", "params/" + tbl + ".csv"));
        return out;
    }

    private static RunRecord runOrLatest(Workspace ws, String run, Locale locale) throws UsageException {
        return WorkspaceCommands.blank(run)
                ? ws.runs()
                        .latest()
                        .orElseThrow(() -> new UsageException(Texts.of(locale).get("store.noRuns")))
                : WorkspaceCommands.run(ws, run, locale);
    }
}

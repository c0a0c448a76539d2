package org.minecheck.inspection;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.WorkbookInput;
import org.minecheck.report.ProblemText;
import org.minecheck.report.ReportFile;
import org.minecheck.report.Table;
import org.minecheck.shell.CommandLine;
import org.minecheck.shell.CommandOutcomes;
import org.minecheck.shell.ExitCode;
import org.minecheck.shell.UsageException;
import org.minecheck.store.Workspace;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code inspection …}: the joint-inspection door (docs/inspections.md). Each command parses its options, calls
 * {@link InspectionService} and prints; the store is reached only when one of them runs.
 */
@Component
public class InspectionCommands {
    private final ObjectProvider<InspectionService> service;
    private final CommandOutcomes outcomes;
    private final CommandLine commandLine;

    public InspectionCommands(
            ObjectProvider<InspectionService> service, CommandOutcomes outcomes, CommandLine commandLine) {
        this.service = service;
        this.outcomes = outcomes;
        this.commandLine = commandLine;
    }

    /** A refusal or a work that ends in a code, worded once. */
    private interface Work {
        ExitCode run(Texts t, PrintWriter w) throws Exception;
    }

    private void run(String lang, CommandContext context, Work work) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            commandLine.requireLanguage(lang, locale);
            Texts t = Texts.of(locale);
            PrintWriter w = context.outputWriter();
            try {
                return work.run(t, w);
            } catch (InspectionException e) {
                throw new UsageException(t.format(e.key(), e.args()));
            } finally {
                w.flush();
            }
        });
    }

    private InspectionService service(Texts t) throws UsageException {
        try {
            return service.getObject();
        } catch (BeansException e) {
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            throw new UsageException(t.format(
                    "store.unavailable",
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }

    @Command(
            name = {"inspection", "template"},
            description = "Write the blank inspector directory workbook")
    public void template(
            @Option(longName = "out", description = "the .xlsx file to write", defaultValue = "inspectors.xlsx")
                    String out,
            @Option(longName = "force", description = "replace an existing --out file", defaultValue = "false")
                    boolean force,
            @Option(
                            longName = "demo",
                            description = "the demo county's directory instead of a blank one",
                            defaultValue = "false")
                    boolean demo,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            ReportFile file = ReportFile.prepare(out, ReportFile.Format.WORKBOOK, List.of(), force);
            byte[] bytes = demo ? DemoDirectory.workbook() : DirectoryWorkbook.template();
            file.write(os -> os.write(bytes));
            w.println(t.format("inspection.template.written", out));
            return ExitCode.CLEAN;
        });
    }

    @Command(
            name = {"inspection", "directory"},
            description = "Store an inspector directory workbook (inspectors, conflicts, risk signals)")
    public void directory(
            @Argument(index = 0, description = "the directory workbook") String file,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            if (file == null || file.isBlank()) throw new UsageException(t.get("usage.noWorkbook"));
            var outcome = service(t).importDirectory(WorkbookInput.of(Path.of(file)), Workspace.currentUser());
            if (outcome.row() == null) {
                problems(outcome.problems(), t);
                return ExitCode.BAD_INPUT;
            }
            var row = outcome.row();
            if (outcome.existing()) w.println(t.format("inspection.directory.exists", id(row.id()), row.sha256()));
            else
                w.println(t.format(
                        "inspection.directory.imported",
                        id(row.id()),
                        row.inspectors(),
                        row.conflicts(),
                        row.sha256()));
            return ExitCode.CLEAN;
        });
    }

    @Command(
            name = {"inspection", "plan"},
            description = "Record an inspection plan: check items, ratios, departments, year")
    public void plan(
            @Option(longName = "dataset", description = "the dataset version that is the enterprise directory")
                    String dataset,
            @Option(longName = "directory", description = "the inspector directory version") String directory,
            @Option(longName = "year", description = "the plan's year") String year,
            @Option(longName = "items", description = "check items, comma-separated (default: all)") String items,
            @Option(longName = "ratios", description = "ITEM=R or ITEM@REGION=R, comma-separated") String ratios,
            @Option(longName = "departments", description = "departments taking part, comma-separated")
                    String departments,
            @Option(longName = "risk", description = "weight the draw by risk", defaultValue = "false") boolean risk,
            @Option(longName = "as-of", description = "the check date of the run the plan uses") String asOf,
            @Option(longName = "rules", description = "rule pack (and its inspection/ parameters)") String rules,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            LocalDate date = commandLine.date(asOf, t.locale());
            int y = year == null ? date.getYear() : (int) number("--year", year, t);
            var request = new InspectionService.PlanRequest(
                    (long) number("--dataset", dataset, t),
                    (long) number("--directory", directory, t),
                    y,
                    list(items),
                    ratios(ratios, t),
                    list(departments),
                    risk,
                    date,
                    rules);
            var outcome = service(t).plan(request, Workspace.currentUser());
            if (outcome.run() == null) {
                problems(outcome.problems(), t);
                return ExitCode.BAD_INPUT;
            }
            var plan = service(t).store().plan(outcome.planId()).orElseThrow();
            w.println(t.format(
                    "inspection.plan.made",
                    id(plan.id()),
                    String.valueOf(plan.year()),
                    id(plan.datasetId()),
                    id(plan.directoryId()),
                    id(outcome.run().id()),
                    outcome.run().asOf(),
                    String.join(",", plan.items()),
                    String.join(",", plan.departments()),
                    plan.riskWeighted() ? "on" : "off"));
            return ExitCode.CLEAN;
        });
    }

    @Command(
            name = {"inspection", "draw"},
            description = "Draw the targets and the teams from a public seed")
    public void draw(
            @Option(longName = "seed", description = "the public seed") String seed,
            @Option(longName = "plan", description = "plan id (default: the latest)") String plan,
            @Option(longName = "date", description = "the draw's (inspection's) date, default today") String date,
            @Option(longName = "record", description = "write the published record (.json) here") String record,
            @Option(longName = "force", description = "replace an existing --record file", defaultValue = "false")
                    boolean force,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            if (seed == null || seed.isBlank()) throw new UsageException(t.get("inspection.usage.seed"));
            InspectionService s = service(t);
            long planId = plan == null
                    ? s.store().latestPlan().orElseThrow(() -> new InspectionException("inspection.noPlan", "—"))
                    : (long) number("--plan", plan, t);
            ReportFile file =
                    record == null ? null : ReportFile.prepare(record, ReportFile.Format.JSON_REPORT, List.of(), force);
            DrawRecord r = s.draw(planId, seed, commandLine.date(date, t.locale()), null, Workspace.currentUser());
            printDraw(r, t, w);
            if (file != null) {
                byte[] json = r.json().getBytes(StandardCharsets.UTF_8);
                file.write(os -> os.write(json));
                w.println(t.format("inspection.draw.record", record));
            }
            return ExitCode.CLEAN;
        });
    }

    static void printDraw(DrawRecord r, Texts t, PrintWriter w) {
        w.println(t.format(
                "inspection.draw.made",
                id(r.drawId()),
                id(r.planId()),
                r.seed(),
                r.drawDate(),
                r.outcome().targets().size(),
                r.frame().size(),
                DrawRecord.sha256(r.json())));
        Map<String, Drawing.Team> teams = new LinkedHashMap<>();
        for (Drawing.Team team : r.outcome().teams()) teams.put(team.enterpriseId(), team);
        for (Drawing.UnitDraw u : r.outcome().targets()) {
            w.println(t.format(
                    "inspection.draw.target",
                    u.enterpriseId(),
                    u.name(),
                    u.region(),
                    String.join(",", u.drawnItems()),
                    String.format(Locale.ROOT, "%.4f", u.probability())));
            Drawing.Team team = teams.get(u.enterpriseId());
            for (Drawing.Member m : team.members()) {
                w.println(t.format(
                        "inspection.draw.member",
                        m.inspectorId(),
                        m.name(),
                        m.department(),
                        m.qualified() ? t.get("inspection.draw.qualified") : "",
                        m.role()));
            }
            long notDrawn = team.skipped().stream()
                    .filter(sk -> sk.reason().equals("not-drawn"))
                    .count();
            for (Drawing.Skip sk : team.skipped()) {
                if (sk.reason().equals("not-drawn")) continue;
                w.println(t.format(
                        "inspection.draw.skipped",
                        sk.inspectorId(),
                        t.get("inspection.skip." + sk.reason()),
                        sk.detail()));
            }
            if (notDrawn > 0) w.println(t.format("inspection.draw.notDrawn", notDrawn));
            for (String p : team.problems()) w.println(t.format("inspection.draw.problem", p));
        }
    }

    @Command(
            name = {"inspection", "verify"},
            description = "Re-run a draw from its published record and compare")
    public void verify(
            @Argument(index = 0, description = "the record (.json)") String record,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            if (record == null || record.isBlank())
                throw new UsageException(t.format("inspection.usage.record", "—", "?"));
            String json = Files.readString(Path.of(record), StandardCharsets.UTF_8);
            InspectionService.Verification v;
            try {
                v = service(t).verify(json);
            } catch (IllegalArgumentException e) {
                throw new UsageException(t.format("inspection.usage.record", record, e.getMessage()));
            }
            for (String[] n : v.notes()) w.println(t.format(n[0], n[1], n[2]));
            if (v.identical()) {
                w.println(t.format("inspection.verify.identical", DrawRecord.sha256(json)));
                return ExitCode.CLEAN;
            }
            w.println(t.format("inspection.verify.differs", v.differences().size()));
            for (String[] d : v.differences()) w.println(t.format("inspection.verify.difference", d[0], d[1], d[2]));
            return ExitCode.FINDINGS;
        });
    }

    @Command(
            name = {"inspection", "documents"},
            description = "Write the findings documents (DOCX, PDF) and the ledger (XLSX)")
    public void documents(
            @Option(longName = "draw", description = "draw id (default: the latest)") String draw,
            @Option(longName = "out", description = "the folder to write into") String out,
            @Option(longName = "no-pdf", description = "no PDF (LibreOffice is not called)", defaultValue = "false")
                    boolean noPdf,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            if (out == null || out.isBlank()) throw new UsageException(t.get("inspection.usage.out"));
            InspectionService s = service(t);
            long id = drawId(s, draw, t);
            var written = s.documents(id, Path.of(out), !noPdf, t.locale());
            for (Path p : written.files()) w.println("  " + p);
            w.println(t.format("inspection.documents.written", written.files().size(), out));
            if (written.pdfProblem() != null) {
                PrintWriter err = commandLine.errors();
                err.println(t.format("inspection.documents.noPdf", written.pdfProblem()));
                err.flush();
            }
            return ExitCode.CLEAN;
        });
    }

    @Command(
            name = {"inspection", "recheck"},
            description = "Re-check the inspected findings on a newer dataset version")
    public void recheck(
            @Option(longName = "dataset", description = "the newer dataset version") String dataset,
            @Option(longName = "as-of", description = "the re-check's date") String asOf,
            @Option(longName = "draw", description = "draw id (default: the latest)") String draw,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            InspectionService s = service(t);
            long id = drawId(s, draw, t);
            LocalDate date = commandLine.date(asOf, t.locale());
            var r = s.recheck(id, (long) number("--dataset", dataset, t), date, Workspace.currentUser());
            if (r.run() == null) {
                problems(r.problems(), t);
                return ExitCode.BAD_INPUT;
            }
            List<String> moved = new ArrayList<>();
            r.moved().forEach((state, n) -> moved.add(state.text(t.locale()) + " " + n));
            w.println(t.format(
                    "inspection.recheck.done",
                    id(id),
                    dataset,
                    date,
                    id(r.run().id()),
                    moved.isEmpty() ? t.get("inspection.recheck.none") : String.join(", ", moved)));
            return status(s, id, date, t, w);
        });
    }

    @Command(
            name = {"inspection", "report"},
            description = "Record reported progress on a finding: rectifying, partial, escalated")
    public void report(
            @Argument(index = 0, description = "the finding key") String key,
            @Option(longName = "state", description = "rectifying, partial or escalated") String state,
            @Option(longName = "note", description = "what was reported") String note,
            @Option(longName = "draw", description = "draw id (default: the latest)") String draw,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            Rectification.State st;
            try {
                st = Rectification.State.parse(state == null ? "" : state);
            } catch (IllegalArgumentException e) {
                throw new UsageException(t.format("inspection.usage.state", state));
            }
            InspectionService s = service(t);
            long id = drawId(s, draw, t);
            var to = s.report(id, key, st, note, Workspace.currentUser());
            w.println(t.format("inspection.report.done", key, to.text(t.locale())));
            return ExitCode.CLEAN;
        });
    }

    @Command(
            name = {"inspection", "status"},
            description = "Where each inspected finding stands, overdue first")
    public void status(
            @Option(longName = "draw", description = "draw id (default: the latest)") String draw,
            @Option(longName = "as-of", description = "the date to read deadlines on (default today)") String asOf,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            InspectionService s = service(t);
            long id = drawId(s, draw, t);
            return status(s, id, commandLine.date(asOf, t.locale()), t, w);
        });
    }

    private static ExitCode status(InspectionService s, long id, LocalDate date, Texts t, PrintWriter w)
            throws InspectionException {
        var rows = s.status(id, date);
        w.println(t.format("inspection.status.title", id(id), date, rows.size()));
        if (rows.isEmpty()) {
            w.println(t.get("inspection.status.empty"));
            return ExitCode.CLEAN;
        }
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {
            t.get("inspection.status.col.state"),
            t.get("inspection.status.col.deadline"),
            t.get("inspection.status.col.enterprise"),
            t.get("inspection.status.col.severity"),
            t.get("inspection.status.col.key")
        });
        for (var r : rows) {
            table.add(new String[] {
                r.state().text(t.locale()),
                r.row().deadline().toString(),
                r.row().enterpriseId(),
                r.row().severity().text(t.locale()),
                r.row().key()
            });
        }
        Table.print(table, new int[] {20, 10, 10, 8, 50}, w);
        boolean overdue = rows.stream()
                .anyMatch(r -> r.state() == Rectification.State.OVERDUE || r.state() == Rectification.State.ESCALATED);
        return overdue ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    @Command(
            name = {"inspection", "estimate"},
            description = "Estimate the region-wide violation rate from the sample")
    public void estimate(
            @Option(longName = "draw", description = "draw id (default: the latest)") String draw,
            @Option(longName = "lang", description = "zh or en") String lang,
            CommandContext context) {
        run(lang, context, (t, w) -> {
            InspectionService s = service(t);
            long id = drawId(s, draw, t);
            w.println(t.format("inspection.estimate.title", id(id)));
            for (Estimate e : s.estimate(id)) {
                w.println("  "
                        + t.format(
                                "inspection.estimate.line",
                                "*".equals(e.item()) ? t.get("inspection.estimate.any") : e.item(),
                                e.violating(),
                                e.sampled(),
                                pct(e.rate()),
                                pct(e.standardError()),
                                pct(e.low()),
                                pct(e.high()),
                                e.population()));
            }
            return ExitCode.CLEAN;
        });
    }

    private static long drawId(InspectionService s, String draw, Texts t) throws Exception {
        return draw == null ? s.latestDraw() : (long) number("--draw", draw, t);
    }

    /** Input problems, one line each with file, sheet, row and column, on standard error. */
    private void problems(List<org.minecheck.ingest.InputProblem> problems, Texts t) {
        PrintWriter err = commandLine.errors();
        problems.forEach(p -> err.println(ProblemText.line(p, t.locale())));
        err.flush();
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String id(long v) {
        return String.valueOf(v);
    }

    private static double number(String option, String value, Texts t) throws UsageException {
        try {
            return Double.parseDouble(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(t.format("inspection.usage.number", option, value == null ? "" : value));
        }
    }

    private static List<String> list(String s) {
        if (s == null || s.isBlank()) return List.of();
        return Arrays.stream(s.split(","))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .toList();
    }

    private static Map<String, Double> ratios(String s, Texts t) throws UsageException {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : list(s)) {
            int eq = part.indexOf('=');
            if (eq <= 0) throw new UsageException(t.format("inspection.usage.ratio", part));
            out.put(part.substring(0, eq).strip(), number("--ratios", part.substring(eq + 1), t));
        }
        return out;
    }
}

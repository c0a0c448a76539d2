package org.minecheck.shell;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.minecheck.engine.CheckRequest;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.CheckService;
import org.minecheck.engine.RuleBook;
import org.minecheck.finding.Severity;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.Coverage;
import org.minecheck.ingest.TemplateWriter;
import org.minecheck.ingest.WorkbookInput;
import org.minecheck.picture.BoundaryMap;
import org.minecheck.picture.BoundaryMaps;
import org.minecheck.picture.MapFiles;
import org.minecheck.report.ConsoleReport;
import org.minecheck.report.FindingText;
import org.minecheck.report.ReportFile;
import org.minecheck.report.ReportFileException;
import org.minecheck.report.ReportWriter;
import org.minecheck.report.ReportWriters;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The command-line front door: turns options into a request, calls the core, hands the result to a writer. */
@Component
public class CheckCommands {
    private final CheckService checks;
    private final ReportWriters writers;
    private final CommandOutcomes outcomes;
    private final CommandLine commandLine;
    private final WorkspaceCommands workspace;
    private final TerminalWidth terminalWidth;

    public CheckCommands(
            CheckService checks,
            ReportWriters writers,
            CommandOutcomes outcomes,
            CommandLine commandLine,
            WorkspaceCommands workspace,
            TerminalWidth terminalWidth) {
        this.checks = checks;
        this.writers = writers;
        this.outcomes = outcomes;
        this.commandLine = commandLine;
        this.workspace = workspace;
        this.terminalWidth = terminalWidth;
    }

    @Command(
            name = "check",
            completionProvider = "workspaceCompletion",
            description = "Check one or more workbooks as of a date and report the findings")
    public void check(
            @Arguments List<String> files,
            @Option(longName = "as-of", description = "check date, YYYY-MM-DD (default today)") String asOf,
            @Option(longName = "format", description = "table, json or xlsx", defaultValue = "table") String format,
            @Option(longName = "out", description = "file to write json or xlsx to") String out,
            @Option(longName = "lang", description = "zh or en") String lang,
            @Option(
                            longName = "fail-on",
                            description = "lowest severity that gives exit code 1",
                            defaultValue = "critical")
                    String failOn,
            @Option(longName = "rules", description = "a provincial or edited rule pack laid over the national one")
                    String rules,
            @Option(longName = "dataset", description = "a stored dataset version to check (and keep the run)")
                    String dataset,
            @Option(
                            longName = "maps",
                            description = "directory to write an SVG and a PNG map of every boundary finding into")
                    String maps,
            @Option(
                            longName = "force",
                            description = "replace an existing --out file (never an input)",
                            defaultValue = "false")
                    boolean force,
            @Option(
                            longName = "width",
                            description =
                                    "columns of the table output (default: the terminal's width, 100 when not a terminal)")
                    String width,
            @Option(
                            longName = "details",
                            description = "show each finding's basis, evidence cells and fix under it",
                            defaultValue = "false")
                    boolean details,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            Texts t = Texts.of(locale);
            commandLine.requireLanguage(lang, locale);
            ConsoleReport.Layout layout = new ConsoleReport.Layout(terminalWidth.resolve(width, locale), details);
            boolean noFiles = files == null || files.isEmpty();
            if (dataset != null && !dataset.isBlank()) {
                if (!noFiles) throw new UsageException(t.get("store.datasetAndFiles"));
                try (TerminalProgress progress = new TerminalProgress(locale)) {
                    return workspace.checkDataset(
                            dataset,
                            commandLine.date(asOf, locale),
                            rules,
                            commandLine.severity(failOn, locale),
                            locale,
                            context.outputWriter(),
                            progress);
                }
            }
            if (noFiles) throw new UsageException(t.get("usage.noWorkbook"));
            LocalDate date = commandLine.date(asOf, locale);
            Severity threshold = commandLine.severity(failOn, locale);
            ReportWriter writer = writers.get(format)
                    .orElseThrow(
                            () -> new UsageException(t.format("usage.format", String.join(", ", writers.formats()))));
            boolean toFile = out != null;
            if (!writer.text() && !toFile) throw new UsageException(t.format("usage.needsOut", writer.format()));
            if (toFile && writer.format().equals("table")) throw new UsageException(t.get("usage.outWithTable"));
            List<Path> paths = files.stream().map(Path::of).toList();
            // refused before the check, so a wrong name costs nothing and nothing is ever written over an input
            ReportFile file = toFile ? ReportFile.prepare(out, reportFormat(writer), paths, force) : null;
            List<WorkbookInput> inputs = paths.stream().map(WorkbookInput::of).toList();
            CheckResult result;
            try (TerminalProgress progress = new TerminalProgress(locale)) {
                result = checks.check(new CheckRequest(inputs, date, rules, progress));
            }
            RuleBook book = checks.ruleBooks().get(rules);
            // what an overlay changed in the national pack (rules it drops or replaces), on standard error
            for (var notice : book.notices()) commandLine.errors().println(notice.text(locale));
            FindingText text = new FindingText(book, locale, date);
            PrintWriter w = context.outputWriter();
            if (!result.inputOk()) {
                PrintWriter err = commandLine.errors();
                // the console shows the first problems of each column; a JSON or Excel report holds them all
                ReportFileException notWritten = null;
                try {
                    if (toFile) file.write(os -> writer.write(result, text, os));
                } catch (ReportFileException e) {
                    notWritten = e;
                }
                ConsoleReport.printProblems(result, locale, toFile && notWritten == null ? out : null, err);
                err.flush();
                if (notWritten != null) throw notWritten;
                return ExitCode.BAD_INPUT;
            }
            if (maps != null && !maps.isBlank()) {
                List<BoundaryMap> drawn = BoundaryMaps.of(book).draw(result, t);
                try {
                    MapFiles.write(Path.of(maps), drawn, force);
                } catch (FileAlreadyExistsException e) {
                    throw new UsageException(t.format("maps.exists", e.getFile()));
                }
                w.println(t.format("maps.written", drawn.size(), maps));
            }
            if (toFile) {
                file.write(os -> writer.write(result, text, os));
                w.println(t.plural("written", result.findings().size(), out));
                ConsoleReport.printCoverage(result, locale, w);
            } else if (writer instanceof ConsoleReport) {
                ConsoleReport.print(result, text, layout, w);
            } else {
                writer.write(result, text, w);
            }
            // JSON on standard output is for another program: nothing but the JSON (its notices are inside it)
            if (toFile || writer.format().equals("table")) ConsoleReport.printNotices(result.notices(), locale, w);
            w.flush();
            if (result.anyAtLeast(threshold)) return ExitCode.FINDINGS;
            return Coverage.of(result.dataset()).nothingToCheck() ? ExitCode.NOTHING_CHECKED : ExitCode.CLEAN;
        });
    }

    private static ReportFile.Format reportFormat(ReportWriter writer) {
        return writer.format().equals("json") ? ReportFile.Format.JSON_REPORT : ReportFile.Format.EXCEL_REPORT;
    }

    @Command(name = "template", description = "Write the blank workbook template with instructions and drop-down lists")
    public void template(
            @Option(longName = "out", description = "the .xlsx file to write", defaultValue = "minecheck-template.xlsx")
                    String out,
            @Option(longName = "rules", description = "rule pack whose mineral list the drop-downs use") String rules,
            @Option(longName = "lang", description = "zh or en") String lang,
            @Option(longName = "force", description = "replace an existing --out file", defaultValue = "false")
                    boolean force,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            commandLine.requireLanguage(lang, locale);
            ReportFile file = ReportFile.prepare(out, ReportFile.Format.WORKBOOK, List.of(), force);
            RuleBook book = checks.ruleBooks().get(rules);
            file.write(os -> TemplateWriter.write(book.minerals(), os));
            context.outputWriter().println(Texts.of(locale).format("template.written", out));
            context.outputWriter().flush();
            return ExitCode.CLEAN;
        });
    }

    @Command(name = "rules", description = "List every rule: id, area, severity, department and basis")
    public void rules(
            @Option(longName = "lang", description = "zh or en") String lang,
            @Option(longName = "as-of", description = "date for which the cited article versions are shown")
                    String asOf,
            @Option(longName = "rules", description = "a provincial or edited rule pack laid over the national one")
                    String rules,
            CommandContext context) {
        Locale locale = commandLine.locale(lang);
        outcomes.run(locale, () -> {
            commandLine.requireLanguage(lang, locale);
            RuleBook book = checks.ruleBooks().get(rules);
            LocalDate date = commandLine.date(asOf, locale);
            for (var notice : book.notices()) context.outputWriter().println(notice.text(locale));
            RulesListing.print(book, new FindingText(book, locale, date), date, context.outputWriter());
            return ExitCode.CLEAN;
        });
    }
}

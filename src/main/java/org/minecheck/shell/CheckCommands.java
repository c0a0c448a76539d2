package org.minecheck.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.CheckService;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleBookException;
import org.minecheck.engine.RuleInfo;
import org.minecheck.finding.Severity;
import org.minecheck.ingest.TemplateWriter;
import org.minecheck.report.ConsoleReport;
import org.minecheck.report.ExcelReport;
import org.minecheck.report.FindingText;
import org.minecheck.report.JsonReport;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The command-line front door: parses options, calls the core, prints. No rule logic lives here. */
@Component
public class CheckCommands {
    private final RuleBooks ruleBooks;

    public CheckCommands(RuleBooks ruleBooks) {
        this.ruleBooks = ruleBooks;
    }

    @Command(name = "check", description = "Check one or more workbooks as of a date and report the findings: "
            + "check FILE [FILE ...] --as-of YYYY-MM-DD")
    public void check(@Arguments List<String> files,
                      @Option(longName = "as-of", description = "check date, YYYY-MM-DD (default today)") String asOf,
                      @Option(longName = "format", description = "table, json or xlsx", defaultValue = "table") String format,
                      @Option(longName = "out", description = "file to write json or xlsx to") String out,
                      @Option(longName = "lang", description = "zh or en", defaultValue = "zh") String lang,
                      @Option(longName = "fail-on", description = "lowest severity that gives exit code 1", defaultValue = "critical") String failOn,
                      @Option(longName = "rules", description = "a provincial or edited rule pack laid over the national one") String rules,
                      CommandContext context) {
        PrintWriter w = context.outputWriter();
        boolean zh = !"en".equalsIgnoreCase(lang);
        try {
            if (files == null || files.isEmpty()) throw new UsageException(zh ? "请指定至少一个工作簿" : "name at least one workbook");
            LocalDate date = parseDate(asOf, zh);
            Severity threshold = parseSeverity(failOn, zh);
            String fmt = format.toLowerCase(Locale.ROOT);
            if (!List.of("table", "json", "xlsx").contains(fmt)) throw new UsageException("--format: table, json, xlsx");
            if (fmt.equals("xlsx") && (out == null || out.isBlank())) throw new UsageException("--format xlsx needs --out FILE");
            RuleBook book = ruleBooks.get(rules);
            CheckResult result = new CheckService(book).check(files.stream().map(Path::of).toList(), date);
            FindingText text = new FindingText(book, zh, date);
            if (!result.inputOk()) {
                ConsoleReport.printProblems(result, zh, w);
                if (fmt.equals("json") && out != null) writeJson(result, text, book, out);
                w.flush();
                ExitCode.set(ExitCode.BAD_INPUT);
                return;
            }
            switch (fmt) {
                case "json" -> {
                    if (out == null || out.isBlank()) {
                        w.flush();
                        JsonReport.write(result, text, book.packName(), new NonClosing(System.out));
                        System.out.println();
                    } else {
                        writeJson(result, text, book, out);
                    }
                }
                case "xlsx" -> {
                    try (OutputStream os = Files.newOutputStream(Path.of(out))) {
                        ExcelReport.write(result, text, os);
                    }
                }
                default -> ConsoleReport.print(result, text, w);
            }
            boolean jsonOnStdout = fmt.equals("json") && (out == null || out.isBlank());
            if (!fmt.equals("table") && !jsonOnStdout) {
                w.println((zh ? "已写入 " : "written: ") + out + (zh ? "（" : " (") + result.findings().size()
                        + (zh ? " 项发现）" : " findings)"));
            }
            // JSON on standard output is for another program: nothing but the JSON (its notices are inside it)
            if (!jsonOnStdout) ConsoleReport.printNotices(result.notices(), zh, w);
            w.flush();
            ExitCode.set(result.anyAtLeast(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN);
        } catch (UsageException e) {
            fail(w, e.getMessage());
        } catch (RuleBookException e) {
            fail(w, packErrors(e, zh));
        } catch (IOException e) {
            fail(w, e.getMessage());
        }
    }

    private static void writeJson(CheckResult result, FindingText text, RuleBook book, String out) throws IOException {
        try (OutputStream os = Files.newOutputStream(Path.of(out))) {
            JsonReport.write(result, text, book.packName(), os);
        }
    }

    @Command(name = "template", description = "Write the blank workbook template with instructions and drop-down lists")
    public void template(@Option(longName = "out", description = "the .xlsx file to write", defaultValue = "minecheck-template.xlsx") String out,
                         @Option(longName = "rules", description = "rule pack whose mineral list the drop-downs use") String rules,
                         CommandContext context) {
        PrintWriter w = context.outputWriter();
        try (OutputStream os = Files.newOutputStream(Path.of(out))) {
            TemplateWriter.write(ruleBooks.get(rules).minerals(), os);
            w.println("template written: " + out);
            w.flush();
            ExitCode.set(ExitCode.CLEAN);
        } catch (IOException | RuleBookException e) {
            fail(w, e.getMessage());
        }
    }

    @Command(name = "rules", description = "List every rule: id, area, severity, department and basis")
    public void rules(@Option(longName = "lang", description = "zh or en", defaultValue = "zh") String lang,
                      @Option(longName = "as-of", description = "date for which the cited article versions are shown") String asOf,
                      @Option(longName = "rules", description = "a provincial or edited rule pack laid over the national one") String rules,
                      CommandContext context) {
        PrintWriter w = context.outputWriter();
        boolean zh = !"en".equalsIgnoreCase(lang);
        try {
            RuleBook book = ruleBooks.get(rules);
            LocalDate date = parseDate(asOf, zh);
            FindingText text = new FindingText(book, zh, date);
            RulesListing.print(book, text, date, w);
            ExitCode.set(ExitCode.CLEAN);
        } catch (UsageException e) {
            fail(w, e.getMessage());
        } catch (RuleBookException e) {
            fail(w, packErrors(e, zh));
        } catch (IOException e) {
            fail(w, e.getMessage());
        }
    }

    /** A broken rule pack: every problem on its own line, each naming its file and line. */
    static String packErrors(RuleBookException e, boolean zh) {
        return (zh ? "规则包有错误：\n  " : "the rule pack has errors:\n  ") + String.join("\n  ", e.problems());
    }

    private static void fail(PrintWriter w, String message) {
        w.println(message);
        w.flush();
        ExitCode.set(ExitCode.BAD_INPUT);
    }

    public static LocalDate parseDate(String asOf, boolean zh) throws UsageException {
        if (asOf == null || asOf.isBlank()) return LocalDate.now();
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException((zh ? "--as-of 日期格式应为 YYYY-MM-DD：" : "--as-of expects YYYY-MM-DD: ") + asOf);
        }
    }

    static Severity parseSeverity(String s, boolean zh) throws UsageException {
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: critical, major, minor, warning");
        }
    }

    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** System.out wrapped so a writer closing it does not close the process's standard output. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

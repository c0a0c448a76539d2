package org.minecheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.api.SideTable;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.Coverage;
import org.minecheck.ingest.InputProblem;
import org.springframework.stereotype.Component;

/** The terminal view of a check: one row per finding, a summary by area and severity, then the side tables. */
@Component
public final class ConsoleReport implements ReportWriter {

    @Override
    public String format() {
        return "table";
    }

    @Override
    public String extension() {
        return ".txt";
    }

    @Override
    public boolean text() {
        return true;
    }

    @Override
    public void write(CheckResult result, FindingText text, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        print(result, text, w);
        w.flush();
    }

    @Override
    public void write(CheckResult result, FindingText text, Writer out) throws IOException {
        PrintWriter w = out instanceof PrintWriter p ? p : new PrintWriter(out);
        print(result, text, w);
        w.flush();
    }

    /** Lines shown per file, sheet and column before the rest of that column's problems become one count. */
    public static final int PER_COLUMN = 20;
    /** Problem lines shown in all before the rest become counts: a hostile workbook cannot flood the terminal. */
    public static final int MAX_LINES = 200;
    /** "… and K more" lines shown before the remaining columns are summed up in one line. */
    static final int MAX_MORE_LINES = 20;

    /** The input problems, capped (see {@link #printProblems(CheckResult, Locale, String, PrintWriter)}). */
    public static void printProblems(CheckResult r, Locale locale, PrintWriter out) {
        printProblems(r, locale, null, out);
    }

    /**
     * The input problems in the order found, at most {@link #PER_COLUMN} per file, sheet and column and
     * {@link #MAX_LINES} in all, then how many more there are where; {@code fullList} names the file that has them all
     * (the JSON or Excel report), or null.
     */
    public static void printProblems(CheckResult r, Locale locale, String fullList, PrintWriter out) {
        Texts t = Texts.of(locale);
        out.println(t.format("problems.title", r.problems().size()));
        if (printCapped(r.problems(), locale, out)) {
            out.println(
                    fullList == null
                            ? t.format("problems.fullList", PER_COLUMN)
                            : t.format("problems.fullListIn", PER_COLUMN, fullList));
        }
    }

    public static void printNotices(List<InputProblem> notices, Locale locale, PrintWriter out) {
        if (notices.isEmpty()) return;
        out.println(Texts.of(locale).get("notices.title"));
        printCapped(notices, locale, out);
    }

    /** Prints the list capped per file, sheet and column; true when some lines were left out. */
    static boolean printCapped(List<InputProblem> list, Locale locale, PrintWriter out) {
        Texts t = Texts.of(locale);
        Map<List<String>, int[]> shown = new LinkedHashMap<>();
        Map<List<String>, int[]> hidden = new LinkedHashMap<>();
        int lines = 0;
        for (InputProblem p : list) {
            List<String> column = column(p);
            int[] n = shown.computeIfAbsent(column, k -> new int[1]);
            if (n[0] < PER_COLUMN && lines < MAX_LINES) {
                n[0]++;
                lines++;
                out.println("  " + ProblemText.line(p, locale));
            } else {
                hidden.computeIfAbsent(column, k -> new int[1])[0]++;
            }
        }
        int more = 0;
        int restCount = 0;
        int restColumns = 0;
        for (var e : hidden.entrySet()) {
            if (more++ < MAX_MORE_LINES) {
                List<String> c = e.getKey();
                out.println("  "
                        + t.format(
                                "problems.more",
                                e.getValue()[0],
                                c.get(0),
                                c.get(1),
                                c.get(2).isEmpty() ? "-" : c.get(2)));
            } else {
                restCount += e.getValue()[0];
                restColumns++;
            }
        }
        if (restColumns > 0) out.println("  " + t.format("problems.moreElsewhere", restCount, restColumns));
        return !hidden.isEmpty();
    }

    private static List<String> column(InputProblem p) {
        var c = p.cell();
        return List.of(nz(c.file()), nz(c.sheet()), nz(c.column()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** What was read and checked, as one line; and, when no mine was read, the notice that nothing was checked. */
    public static void printCoverage(CheckResult r, Locale locale, PrintWriter out) {
        printCoverage(r, locale, Layout.DEFAULT.width(), out);
    }

    public static void printCoverage(CheckResult r, Locale locale, int width, PrintWriter out) {
        Coverage c = Coverage.of(r.dataset());
        line(out, width, coverageLine(c, locale));
        if (c.nothingToCheck()) line(out, width, Texts.of(locale).get("checked.nothing"));
    }

    static String coverageLine(Coverage c, Locale locale) {
        Texts t = Texts.of(locale);
        return t.format(
                "checked.line",
                c.enterprises(),
                c.mines(),
                c.licences(),
                c.sites(),
                c.historicalMines(),
                c.years().isEmpty() ? t.get("checked.noYears") : c.years());
    }

    /**
     * How the console lays a check out: {@code width} display columns (the terminal's, or {@code --width}), and with
     * {@code details} each finding's basis, evidence and fix under its line.
     */
    public record Layout(int width, boolean details) {
        /** Output that is not a terminal: 100 columns, compact. */
        public static final Layout DEFAULT = new Layout(100, false);

        public Layout {
            width = Math.max(MIN_WIDTH, width);
        }
    }

    /** Below this a table cannot show a rule id, a severity and a subject beside a few words of the message. */
    public static final int MIN_WIDTH = 40;

    public static void print(CheckResult r, FindingText text, PrintWriter out) {
        print(r, text, Layout.DEFAULT, out);
    }

    public static void print(CheckResult r, FindingText text, Layout layout, PrintWriter out) {
        Texts t = text.texts();
        int width = layout.width();
        if (!r.findings().isEmpty()) printFindings(r, text, layout, out);
        out.println();
        line(out, width, t.plural("summary.total", r.findings().size(), r.checkDate(), String.join(", ", r.files())));
        line(out, width, t.format("summary.pack", r.rulePack(), shortDigest(r.rulePackDigest())));
        for (CheckResult.InputFile in : r.inputs()) {
            line(out, width, t.format("summary.input", in.name(), shortDigest(in.sha256())));
        }
        printCoverage(r, t.locale(), width, out);
        if (!r.findings().isEmpty()) {
            line(out, width, text.ui("summary.title"));
            printSummary(r.findings(), t, width, out);
        } else if (!Coverage.of(r.dataset()).nothingToCheck()) {
            // with nothing read, the notice above stands alone: no "no findings" to be taken for a clean result
            line(out, width, text.ui("summary.none"));
        }
        for (SideTable table : r.sideTables()) printTable(table, t, width, out);
        out.flush();
    }

    /**
     * One line per finding: rule, severity, subject and its message (the column that wraps); with details, its basis,
     * its evidence (each value with its cell) and the fix, indented under it.
     */
    static void printFindings(CheckResult r, FindingText text, Layout layout, PrintWriter out) {
        Texts t = text.texts();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            text.ui("table.rule"), text.ui("table.severity"), text.ui("table.subject"), text.ui("table.message")
        });
        for (Finding f : r.findings()) {
            rows.add(new String[] {
                f.ruleId(), f.severity().text(t.locale()), f.subject().id(), text.message(f)
            });
        }
        List<List<String>> lines = Table.fit(rows, new boolean[] {false, false, false, true}, layout.width());
        String colon = text.chinese() ? "：" : ": ";
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).forEach(out::println);
            if (i == 0 || !layout.details()) continue;
            Finding f = r.findings().get(i - 1);
            indented(out, layout.width(), text.ui("table.basis") + colon + text.basisLine(f));
            List<String> evidence = new ArrayList<>();
            for (FindingText.EvidenceLine e : text.evidence(f)) {
                evidence.add(e.label() + " " + e.value() + (e.cell() == null ? "" : " [" + e.cell() + "]"));
            }
            if (!evidence.isEmpty()) {
                indented(
                        out,
                        layout.width(),
                        text.ui("table.evidence") + colon + String.join(text.chinese() ? "；" : "; ", evidence));
            }
            String fix = text.fix(f);
            if (!fix.isBlank()) indented(out, layout.width(), text.ui("table.fix") + colon + fix);
        }
    }

    /** A paragraph under a finding: indented by four, wrapped to the width. */
    private static void indented(PrintWriter out, int width, String text) {
        for (String l : Table.wrapWords(text, width - 4)) out.println("    " + l);
    }

    /** A line of text wrapped to the width, continuation lines indented by two. */
    static void line(PrintWriter out, int width, String text) {
        Table.paragraph(text, width, 2).forEach(out::println);
    }

    /** The first 12 hex digits: enough to tell two packs or files apart by eye; JSON and Excel carry all 64. */
    static String shortDigest(String sha256) {
        return sha256 == null ? "—" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    /** Counts per area (the rule id's prefix) and severity. */
    static void printSummary(List<Finding> findings, Texts t, int width, PrintWriter out) {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Finding f : findings) {
            String area = f.ruleId().substring(0, f.ruleId().indexOf('-'));
            counts.computeIfAbsent(area, a -> new LinkedHashMap<>()).merge(f.severity(), 1, Integer::sum);
        }
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(t.get("table.area")));
        for (Severity s : Severity.values()) header.add(s.text(t.locale()));
        header.add(t.get("table.count"));
        rows.add(header.toArray(String[]::new));
        counts.forEach((area, bySeverity) -> {
            List<String> row = new ArrayList<>(List.of(area));
            int total = 0;
            for (Severity s : Severity.values()) {
                int n = bySeverity.getOrDefault(s, 0);
                total += n;
                row.add(String.valueOf(n));
            }
            row.add(String.valueOf(total));
            rows.add(row.toArray(String[]::new));
        });
        Table.print(rows, new boolean[header.size()], width, out);
    }

    /** A side table: folded by its pivot when it has one, else its console columns with the text columns wrapping. */
    static void printTable(SideTable table, Texts t, int width, PrintWriter out) {
        out.println();
        line(out, width, SideTableText.title(table, t));
        if (table.pivot() != null) {
            SideTablePivot.print(table, t, width, out);
            return;
        }
        List<String> columns = table.console().isEmpty() ? table.columns() : table.console();
        List<String[]> rows = new ArrayList<>();
        rows.add(columns.stream().map(c -> SideTableText.header(table, c, t)).toArray(String[]::new));
        for (List<Object> row : table.rows()) {
            rows.add(columns.stream()
                    .map(c -> SideTableText.value(table, c, row.get(table.column(c)), t))
                    .toArray(String[]::new));
        }
        boolean[] flex = new boolean[columns.size()];
        for (int c = 0; c < flex.length; c++) {
            int col = table.column(columns.get(c));
            flex[c] = table.rows().stream().anyMatch(r -> r.get(col) instanceof String s && s.contains(" "));
        }
        Table.print(rows, flex, width, out);
    }
}

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
        Coverage c = Coverage.of(r.dataset());
        out.println(coverageLine(c, locale));
        if (c.nothingToCheck()) out.println(Texts.of(locale).get("checked.nothing"));
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

    public static void print(CheckResult r, FindingText text, PrintWriter out) {
        Texts t = text.texts();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            text.ui("table.rule"),
            text.ui("table.severity"),
            text.ui("table.subject"),
            text.ui("table.message"),
            text.ui("table.basis")
        });
        for (Finding f : r.findings()) {
            rows.add(new String[] {
                f.ruleId(), f.severity().text(t.locale()), f.subject().id(), text.message(f), text.basisLine(f)
            });
        }
        if (!r.findings().isEmpty()) Table.print(rows, new int[] {8, 8, 14, 70, 50}, out);
        out.println();
        out.println(t.plural("summary.total", r.findings().size(), r.checkDate(), String.join(", ", r.files())));
        out.println(t.format("summary.pack", r.rulePack(), shortDigest(r.rulePackDigest())));
        for (CheckResult.InputFile in : r.inputs()) {
            out.println(t.format("summary.input", in.name(), shortDigest(in.sha256())));
        }
        printCoverage(r, t.locale(), out);
        if (!r.findings().isEmpty()) {
            out.println(text.ui("summary.title"));
            printSummary(r.findings(), t, out);
        } else if (!Coverage.of(r.dataset()).nothingToCheck()) {
            // with nothing read, the notice above stands alone: no "no findings" to be taken for a clean result
            out.println(text.ui("summary.none"));
        }
        for (SideTable table : r.sideTables()) printTable(table, t, out);
        out.flush();
    }

    /** The first 12 hex digits: enough to tell two packs or files apart by eye; JSON and Excel carry all 64. */
    static String shortDigest(String sha256) {
        return sha256 == null ? "—" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    static void printTable(SideTable table, Texts t, PrintWriter out) {
        List<String> columns = table.console().isEmpty() ? table.columns() : table.console();
        List<String[]> rows = new ArrayList<>();
        rows.add(columns.stream().map(c -> SideTableText.header(table, c, t)).toArray(String[]::new));
        for (List<Object> row : table.rows()) {
            rows.add(columns.stream()
                    .map(c -> SideTableText.value(table, c, row.get(table.column(c)), t))
                    .toArray(String[]::new));
        }
        // numbers need little room; names and states get enough not to break a word
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            int col = table.column(columns.get(c));
            boolean numeric = table.rows().stream().allMatch(r -> r.get(col) == null || r.get(col) instanceof Number);
            widths[c] = numeric ? 14 : 20;
        }
        out.println();
        out.println(SideTableText.title(table, t));
        Table.print(rows, widths, out);
    }

    /** Counts per area (the rule id's prefix) and severity. */
    static void printSummary(List<Finding> findings, Texts t, PrintWriter out) {
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
        Table.print(rows, new int[] {6, 8, 8, 8, 8, 8}, out);
    }
}

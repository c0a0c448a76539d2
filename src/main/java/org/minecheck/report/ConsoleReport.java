package org.minecheck.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.ingest.Coverage;
import org.minecheck.ingest.InputProblem;

/** The terminal view of a check: one row per finding, then a summary by area and severity. */
public final class ConsoleReport {
    private ConsoleReport() {}

    /** Lines shown per file, sheet and column before the rest of that column's problems become one count. */
    public static final int PER_COLUMN = 20;
    /** Problem lines shown in all before the rest become counts: a hostile workbook cannot flood the terminal. */
    public static final int MAX_LINES = 200;
    /** "… and K more" lines shown before the remaining columns are summed up in one line. */
    static final int MAX_MORE_LINES = 20;

    /** The input problems, capped (see {@link #printProblems(CheckResult, boolean, String, PrintWriter)}). */
    public static void printProblems(CheckResult r, boolean chinese, PrintWriter out) {
        printProblems(r, chinese, null, out);
    }

    /**
     * The input problems in the order found, at most {@link #PER_COLUMN} per file, sheet and column and
     * {@link #MAX_LINES} in all, then how many more there are where; {@code fullList} names the file that has them all
     * (the JSON or Excel report), or null.
     */
    public static void printProblems(CheckResult r, boolean chinese, String fullList, PrintWriter out) {
        out.println(UiText.format("problems.title", chinese, r.problems().size()));
        if (printCapped(r.problems(), chinese, out)) {
            out.println(fullList == null ? UiText.format("problems.fullList", chinese, PER_COLUMN)
                    : UiText.format("problems.fullListIn", chinese, PER_COLUMN, fullList));
        }
    }

    public static void printNotices(List<InputProblem> notices, boolean chinese, PrintWriter out) {
        if (notices.isEmpty()) return;
        out.println(UiText.get("notices.title", chinese));
        printCapped(notices, chinese, out);
    }

    /** Prints the list capped per file, sheet and column; true when some lines were left out. */
    static boolean printCapped(List<InputProblem> list, boolean chinese, PrintWriter out) {
        Map<List<String>, int[]> shown = new LinkedHashMap<>();
        Map<List<String>, int[]> hidden = new LinkedHashMap<>();
        int lines = 0;
        for (InputProblem p : list) {
            List<String> column = column(p);
            int[] n = shown.computeIfAbsent(column, k -> new int[1]);
            if (n[0] < PER_COLUMN && lines < MAX_LINES) {
                n[0]++;
                lines++;
                out.println("  " + ProblemText.line(p, chinese));
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
                out.println("  " + UiText.format("problems.more", chinese, e.getValue()[0], c.get(0), c.get(1),
                        c.get(2).isEmpty() ? "-" : c.get(2)));
            } else {
                restCount += e.getValue()[0];
                restColumns++;
            }
        }
        if (restColumns > 0) {
            out.println("  " + UiText.format("problems.moreElsewhere", chinese, restCount, restColumns));
        }
        return !hidden.isEmpty();
    }

    private static List<String> column(InputProblem p) {
        var c = p.cell();
        return List.of(nz(c.file()), nz(c.sheet()), nz(c.column()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** What was read and checked, as one line; or, when no mine was read, the notice that nothing was checked. */
    public static void printCoverage(CheckResult r, boolean chinese, PrintWriter out) {
        Coverage c = Coverage.of(r.dataset());
        out.println(coverageLine(c, chinese));
        if (c.nothingToCheck()) out.println(UiText.get("checked.nothing", chinese));
    }

    static String coverageLine(Coverage c, boolean chinese) {
        return UiText.format("checked.line", chinese, c.enterprises(), c.mines(), c.licences(), c.sites(),
                c.historicalMines(), c.years().isEmpty() ? UiText.get("checked.noYears", chinese) : c.years());
    }

    public static void print(CheckResult r, FindingText text, PrintWriter out) {
        boolean zh = text.chinese();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.ui("table.rule"), text.ui("table.severity"), text.ui("table.subject"),
                text.ui("table.message"), text.ui("table.basis")});
        for (Finding f : r.findings()) {
            rows.add(new String[] {f.ruleId(), f.severity().text(zh), f.subject().id(), text.message(f), text.basisLine(f)});
        }
        if (!r.findings().isEmpty()) Table.print(rows, new int[] {8, 8, 14, 70, 50}, out);
        out.println();
        out.println(UiText.format("summary.total", zh, r.findings().size(), r.checkDate(), String.join(", ", r.files())));
        printCoverage(r, zh, out);
        if (!r.findings().isEmpty()) {
            out.println(text.ui("summary.title"));
            printSummary(r.findings(), zh, out);
        } else if (!Coverage.of(r.dataset()).nothingToCheck()) {
            // with nothing read, the notice above stands alone: no "no findings" to be taken for a clean result
            out.println(text.ui("summary.none"));
        }
        printFund(r, zh, out);
        printProgress(r, zh, out);
        out.flush();
    }

    /** Fund rates of the latest year in the table, per enterprise and region (the Excel report has every year). */
    static void printFund(CheckResult r, boolean zh, PrintWriter out) {
        if (r.fundRates().isEmpty()) return;
        int year = r.fundRates().stream().mapToInt(org.minecheck.fund.FundRate::year).max().orElseThrow();
        List<String[]> rows = new ArrayList<>();
        rows.add(SideTables.fundHeader(zh));
        r.fundRates().stream().filter(f -> f.year() == year).forEach(f -> rows.add(SideTables.fundRow(f, zh)));
        out.println();
        out.println(UiText.format("fund.title", zh, String.valueOf(year)));
        Table.print(rows, new int[] {10, 12, 24, 6, 6, 12, 14, 14, 14, 12, 10}, out);
    }

    /** The historical-mine progress table: every region and year, required against achieved. */
    static void printProgress(CheckResult r, boolean zh, PrintWriter out) {
        if (r.progress().isEmpty()) return;
        List<String[]> rows = new ArrayList<>();
        rows.add(SideTables.progressHeader(zh));
        r.progress().forEach(p -> rows.add(SideTables.progressRow(p, zh)));
        out.println();
        out.println(UiText.get("progress.title", zh));
        Table.print(rows, new int[] {8, 14, 8, 16, 10, 8, 8, 8, 8, 8, 8, 8, 8, 12, 10, 20}, out);
    }

    /** Counts per area (the rule id's prefix) and severity. */
    static void printSummary(List<Finding> findings, boolean zh, PrintWriter out) {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Finding f : findings) {
            String area = f.ruleId().substring(0, f.ruleId().indexOf('-'));
            counts.computeIfAbsent(area, a -> new LinkedHashMap<>()).merge(f.severity(), 1, Integer::sum);
        }
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(UiText.get("table.area", zh)));
        for (Severity s : Severity.values()) header.add(s.text(zh));
        header.add(UiText.get("table.count", zh));
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

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
import org.minecheck.ingest.InputProblem;

/** The terminal view of a check: one row per finding, then a summary by area and severity. */
public final class ConsoleReport {
    private ConsoleReport() {}

    public static void printProblems(CheckResult r, boolean chinese, PrintWriter out) {
        out.println(UiText.format("problems.title", chinese, r.problems().size()));
        for (InputProblem p : r.problems()) out.println("  " + ProblemText.line(p, chinese));
    }

    public static void printNotices(List<InputProblem> notices, boolean chinese, PrintWriter out) {
        if (notices.isEmpty()) return;
        out.println(UiText.get("notices.title", chinese));
        for (InputProblem p : notices) out.println("  " + ProblemText.line(p, chinese));
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
        if (r.findings().isEmpty()) {
            out.println(text.ui("summary.none"));
        } else {
            out.println(text.ui("summary.title"));
            printSummary(r.findings(), zh, out);
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

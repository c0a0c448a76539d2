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
        out.flush();
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

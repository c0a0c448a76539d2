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

    public static void printProblems(CheckResult r, Locale locale, PrintWriter out) {
        out.println(Texts.of(locale).format("problems.title", r.problems().size()));
        for (InputProblem p : r.problems()) out.println("  " + ProblemText.line(p, locale));
    }

    public static void printNotices(List<InputProblem> notices, Locale locale, PrintWriter out) {
        if (notices.isEmpty()) return;
        out.println(Texts.of(locale).get("notices.title"));
        for (InputProblem p : notices) out.println("  " + ProblemText.line(p, locale));
    }

    public static void print(CheckResult r, FindingText text, PrintWriter out) {
        Texts t = text.texts();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.ui("table.rule"), text.ui("table.severity"), text.ui("table.subject"),
                text.ui("table.message"), text.ui("table.basis")});
        for (Finding f : r.findings()) {
            rows.add(new String[] {f.ruleId(), f.severity().text(t.locale()), f.subject().id(), text.message(f),
                    text.basisLine(f)});
        }
        if (!r.findings().isEmpty()) Table.print(rows, new int[] {8, 8, 14, 70, 50}, out);
        out.println();
        out.println(t.plural("summary.total", r.findings().size(), r.checkDate(), String.join(", ", r.files())));
        out.println(t.format("summary.pack", r.rulePack(), shortDigest(r.rulePackDigest())));
        for (CheckResult.InputFile in : r.inputs()) {
            out.println(t.format("summary.input", in.name(), shortDigest(in.sha256())));
        }
        if (r.findings().isEmpty()) {
            out.println(text.ui("summary.none"));
        } else {
            out.println(text.ui("summary.title"));
            printSummary(r.findings(), t, out);
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
            rows.add(columns.stream().map(c -> SideTableText.value(table, c, row.get(table.column(c)), t))
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

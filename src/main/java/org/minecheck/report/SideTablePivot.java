package org.minecheck.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.minecheck.engine.api.SideTable;
import org.minecheck.i18n.Texts;

/**
 * A side table folded for the console (see {@link SideTable.Pivot}): one line per region or enterprise, one column per
 * year holding the few numbers that matter ("achieved/required"), what is the same on every row printed once above
 * the table, and a legend saying what the cells and marks mean. When the years do not all fit the width, the latest
 * that fit are shown and the legend says which were left out.
 */
final class SideTablePivot {
    private SideTablePivot() {}

    static void print(SideTable table, Texts t, int width, PrintWriter out) {
        SideTable.Pivot p = table.pivot();
        String colon = t.chinese() ? "：" : ": ";
        // what is the same for the whole table, once above it
        for (String column : p.once()) {
            Set<String> values = new LinkedHashSet<>();
            for (List<Object> row : table.rows()) {
                Object v = row.get(table.column(column));
                if (v != null && !v.toString().isBlank()) values.add(SideTableText.value(table, column, v, t));
            }
            for (String v : values) ConsoleReport.line(out, width, SideTableText.header(table, column, t) + colon + v);
        }
        // lines and years
        Map<List<Object>, List<List<Object>>> lines = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        Set<Integer> toDate = new TreeSet<>();
        int across = table.column(p.across());
        for (List<Object> row : table.rows()) {
            List<Object> key = new ArrayList<>();
            for (String c : p.line()) key.add(row.get(table.column(c)));
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            if (row.get(across) instanceof Integer y) {
                years.add(y);
                if (table.columns().contains("toDate") && Boolean.TRUE.equals(row.get(table.column("toDate"))))
                    toDate.add(y);
            }
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> shown = new ArrayList<>(years);
        List<Integer> hidden = new ArrayList<>();
        List<List<String>> laidOut;
        while (true) {
            rows.clear();
            rows.add(header(table, t, p, shown, toDate));
            for (var e : lines.entrySet()) rows.add(line(table, t, p, e.getKey(), e.getValue(), shown));
            boolean[] flex = new boolean[rows.get(0).length];
            flex[0] = true;
            laidOut = Table.fit(rows, flex, width);
            boolean fits = laidOut.stream().flatMap(List::stream).allMatch(l -> Table.width(l) <= width);
            if (fits || shown.size() <= 1) break;
            hidden.add(0, shown.remove(0)); // the earliest year gives way first
        }
        legend(table, t, p, width, hidden, toDate, out);
        laidOut.forEach(l -> l.forEach(out::println));
    }

    private static String[] header(
            SideTable table, Texts t, SideTable.Pivot p, List<Integer> years, Set<Integer> toDate) {
        List<String> h = new ArrayList<>();
        h.add(t.get("pivot.line." + table.id()));
        for (String c : p.perLine()) h.add(SideTableText.header(table, c, t));
        for (Integer y : years) h.add(y + (toDate.contains(y) ? "…" : ""));
        return h.toArray(String[]::new);
    }

    private static String[] line(
            SideTable table,
            Texts t,
            SideTable.Pivot p,
            List<Object> key,
            List<List<Object>> rows,
            List<Integer> years) {
        List<String> cells = new ArrayList<>();
        List<String> name = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            if (key.get(i) == null) continue;
            String v = SideTableText.value(table, p.line().get(i), key.get(i), t);
            // a region without a name of its own is named by its code: once
            if (!name.contains(v)) name.add(v);
        }
        boolean sum = p.sum() != null && rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get(table.column(p.sum()))));
        cells.add(String.join(" ", name) + (sum ? " Σ" : ""));
        for (String c : p.perLine()) {
            Object v = rows.get(0).get(table.column(c));
            cells.add(SideTableText.value(table, c, v, t));
        }
        int across = table.column(p.across());
        for (Integer y : years) {
            List<Object> row = rows.stream()
                    .filter(r -> y.equals(r.get(across)))
                    .reduce((a, b) -> b) // the to-date line of a year over its full-year line, when both exist
                    .orElse(null);
            if (row == null) {
                cells.add("");
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String c : p.cells()) values.add(SideTableText.value(table, c, row.get(table.column(c)), t));
            String mark = "";
            if (p.flag() != null) {
                Object flag = row.get(table.column(p.flag()));
                mark = flag == null ? " ~" : Boolean.FALSE.equals(flag) ? " *" : "";
            }
            cells.add(String.join("/", values) + mark);
        }
        return cells.toArray(String[]::new);
    }

    private static void legend(
            SideTable table,
            Texts t,
            SideTable.Pivot p,
            int width,
            List<Integer> hidden,
            Set<Integer> toDate,
            PrintWriter out) {
        List<String> parts = new ArrayList<>();
        List<String> cells =
                p.cells().stream().map(c -> SideTableText.header(table, c, t)).toList();
        parts.add(t.format("pivot.cells", String.join(" / ", cells)));
        if (p.flag() != null) {
            parts.add(t.format(
                    "pivot.flag",
                    SideTableText.value(table, p.flag(), false, t),
                    SideTableText.value(table, p.flag(), null, t)));
        }
        if (p.sum() != null) parts.add("Σ " + SideTableText.value(table, p.sum(), true, t));
        if (!toDate.isEmpty() && table.columns().contains("toDate"))
            parts.add("… " + SideTableText.header(table, "toDate", t));
        if (!hidden.isEmpty()) parts.add(t.format("pivot.hidden", hidden.get(0), hidden.get(hidden.size() - 1)));
        ConsoleReport.line(out, width, String.join(t.chinese() ? "；" : "; ", parts));
    }
}

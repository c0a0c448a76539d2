package org.minecheck.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.minecheck.engine.api.SideTable;
import org.minecheck.i18n.Texts;

/**
 * A side table's line chart (the historical-mine treatment progress: required and achieved per cent by year) for one
 * region, as inline SVG for the findings page; the Excel report draws the same chart for every region.
 */
final class ProgressChart {
    private static final int W = 560, H = 260, LEFT = 50, RIGHT = 150, TOP = 30, BOTTOM = 40;
    private static final String[] COLOURS = {"#1f6fb2", "#d9480f", "#2b8a3e", "#862e9c"};

    private ProgressChart() {}

    /** The chart of the first side table that has one, for the rows of {@code regionCode}; null when there are none. */
    static String svg(List<SideTable> tables, String regionCode, Texts t) {
        for (SideTable table : tables) {
            if (table.chart() == null) continue;
            SideTable.Chart c = table.chart();
            int group = table.column(c.group());
            int category = table.column(c.category());
            List<List<Object>> rows = table.rows().stream()
                    .filter(r -> regionCode.equals(String.valueOf(r.get(group))))
                    .toList();
            if (rows.isEmpty()) continue;
            String name = String.valueOf(rows.get(0).get(table.column(c.groupName())));
            return draw(table, c, rows, category, name, regionCode, t);
        }
        return null;
    }

    private static String draw(
            SideTable table,
            SideTable.Chart c,
            List<List<Object>> rows,
            int category,
            String name,
            String regionCode,
            Texts t) {
        double max = 100;
        for (String s : c.series()) for (List<Object> r : rows) max = Math.max(max, number(r.get(table.column(s))));
        StringBuilder b = new StringBuilder();
        String title = t.find(table.id() + ".chart.title") != null
                ? t.format(table.id() + ".chart.title", name, regionCode)
                : name;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(W)
                .append(' ')
                .append(H)
                .append("\" role=\"img\" class=\"chart\"><title>")
                .append(esc(title))
                .append("</title>");
        b.append("<text x=\"")
                .append(LEFT)
                .append("\" y=\"18\" font-size=\"13\">")
                .append(esc(title))
                .append("</text>");
        int pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
        for (int p = 0; p <= 4; p++) {
            double v = max * p / 4;
            double y = TOP + ph - ph * p / 4.0;
            b.append(String.format(
                    java.util.Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.0f</text>",
                    LEFT,
                    LEFT + pw,
                    y,
                    y,
                    LEFT - 4,
                    y + 4,
                    v));
        }
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            double x = LEFT + (n == 1 ? pw / 2.0 : pw * i / (double) (n - 1));
            b.append(String.format(
                    java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    x,
                    H - BOTTOM + 16,
                    esc(String.valueOf(rows.get(i).get(category)))));
        }
        for (int s = 0; s < c.series().size(); s++) {
            String series = c.series().get(s);
            int col = table.column(series);
            List<String> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object v = rows.get(i).get(col);
                if (v == null) continue;
                double x = LEFT + (n == 1 ? pw / 2.0 : pw * i / (double) (n - 1));
                double y = TOP + ph - ph * number(v) / max;
                points.add(String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y));
            }
            String colour = COLOURS[s % COLOURS.length];
            b.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(colour)
                    .append("\" points=\"")
                    .append(String.join(" ", points))
                    .append("\"/>");
            b.append(String.format(
                    java.util.Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>",
                    LEFT + pw + 10,
                    TOP + 10 + 18 * s,
                    colour,
                    LEFT + pw + 26,
                    TOP + 15 + 18 * s,
                    esc(t.get(table.id() + ".col." + series))));
        }
        return b.append("</svg>").toString();
    }

    private static double number(Object v) {
        if (v instanceof BigDecimal d) return d.doubleValue();
        if (v instanceof Number x) return x.doubleValue();
        return 0;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.minecheck.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table that wraps long cells and counts CJK characters as two columns wide. */
public final class Table {
    private Table() {}

    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    /** Wraps to {@code max} columns, at a space where there is one in the line's second half (English), else anywhere (Chinese). */
    static List<String> wrap(String s, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = wide(cp) ? 2 : 1;
            if (w + cw > max) {
                int space = cur.lastIndexOf(" ");
                if (space > cur.length() / 2 && cp != ' ') {
                    lines.add(cur.substring(0, space));
                    String rest = cur.substring(space + 1);
                    cur.setLength(0);
                    cur.append(rest);
                    w = width(rest);
                } else {
                    lines.add(cur.toString());
                    cur.setLength(0);
                    w = 0;
                }
                if (cp == ' ') {
                    i += 1;
                    continue;
                }
            }
            cur.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        lines.add(cur.toString());
        return lines;
    }

    public static void print(List<String[]> rows, int[] maxWidths, PrintWriter out) {
        int cols = maxWidths.length;
        int[] widths = new int[cols];
        for (String[] r : rows)
            for (int c = 0; c < cols; c++) widths[c] = Math.min(maxWidths[c], Math.max(widths[c], width(r[c])));
        for (int ri = 0; ri < rows.size(); ri++) {
            String[] r = rows.get(ri);
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < cols; c++) {
                wrapped.add(wrap(r[c] == null ? "" : r[c], Math.max(widths[c], 1)));
                height = Math.max(height, wrapped.get(c).size());
            }
            for (int line = 0; line < height; line++) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < cols; c++) {
                    String cell = line < wrapped.get(c).size() ? wrapped.get(c).get(line) : "";
                    sb.append(cell).append(" ".repeat(widths[c] - width(cell))).append(c < cols - 1 ? "  " : "");
                }
                out.println(sb.toString().stripTrailing());
            }
            if (ri == 0) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < cols; c++) sb.append("-".repeat(widths[c])).append(c < cols - 1 ? "  " : "");
                out.println(sb);
            }
        }
    }
}

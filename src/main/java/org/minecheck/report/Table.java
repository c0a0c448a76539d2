package org.minecheck.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that wraps long cells and counts CJK characters as two columns wide (the one display-width
 * measure of the console output: findings, side tables and the workspace's listings all go through here).
 */
public final class Table {
    private Table() {}

    /** The gap between two columns. */
    static final String GAP = "  ";

    /** The narrowest a wrapping column is made before the other columns are wrapped at their spaces. */
    static final int FLEX_MIN = 16;

    /**
     * The rows (the first is the header) laid out to at most {@code width} display columns: columns marked
     * {@code flex} take what the others leave and wrap; the others keep their longest cell where they can and, when
     * the line would still be too wide, wrap only at spaces, so no word and no header is ever broken. A line wider
     * than {@code width} appears only when the unbreakable words alone do not fit.
     */
    public static List<List<String>> fit(List<String[]> rows, boolean[] flex, int width) {
        int cols = flex.length;
        int[] max = new int[cols];
        int[] min = new int[cols];
        for (int ri = 0; ri < rows.size(); ri++) {
            String[] r = rows.get(ri);
            for (int c = 0; c < cols; c++) {
                String cell = r[c] == null ? "" : r[c];
                max[c] = Math.max(max[c], width(cell));
                // a header is never broken; a cell only at its spaces (a flex cell anywhere in Chinese)
                min[c] = Math.max(min[c], ri == 0 ? width(cell) : longestWord(cell));
            }
        }
        int[] widths = max.clone();
        int budget = width - GAP.length() * (cols - 1);
        // 1. flex columns give way first, down to FLEX_MIN (or their longest word)
        int over = sum(widths) - budget;
        for (int c = 0; c < cols && over > 0; c++) {
            if (!flex[c]) continue;
            int floor = Math.max(Math.min(FLEX_MIN, max[c]), min[c]);
            int give = Math.min(over, widths[c] - floor);
            if (give > 0) {
                widths[c] -= give;
                over -= give;
            }
        }
        // 2. then the widest other columns, one column of width at a time, never below their longest word
        while (over > 0) {
            int widest = -1;
            for (int c = 0; c < cols; c++) {
                if (widths[c] > min[c] && (widest < 0 || widths[c] > widths[widest])) widest = c;
            }
            if (widest < 0) break;
            widths[widest]--;
            over--;
        }
        // 3. last resort: flex columns below FLEX_MIN
        for (int c = 0; c < cols && over > 0; c++) {
            if (!flex[c]) continue;
            int give = Math.min(over, widths[c] - Math.max(4, min[c]));
            if (give > 0) {
                widths[c] -= give;
                over -= give;
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int ri = 0; ri < rows.size(); ri++) {
            String[] r = rows.get(ri);
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < cols; c++) {
                wrapped.add(wrapWords(r[c] == null ? "" : r[c], Math.max(widths[c], 1)));
                height = Math.max(height, wrapped.get(c).size());
            }
            List<String> lines = new ArrayList<>();
            for (int line = 0; line < height; line++) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < cols; c++) {
                    String cell = line < wrapped.get(c).size() ? wrapped.get(c).get(line) : "";
                    sb.append(cell);
                    if (c < cols - 1)
                        sb.append(" ".repeat(Math.max(0, widths[c] - width(cell))))
                                .append(GAP);
                }
                lines.add(sb.toString().stripTrailing());
            }
            if (ri == 0) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < cols; c++) sb.append("-".repeat(widths[c])).append(c < cols - 1 ? GAP : "");
                lines.add(sb.toString());
            }
            out.add(lines);
        }
        return out;
    }

    /** {@link #fit} printed. */
    public static void print(List<String[]> rows, boolean[] flex, int width, PrintWriter out) {
        for (List<String> lines : fit(rows, flex, width)) lines.forEach(out::println);
    }

    /** A paragraph wrapped to {@code width}, every line after the first indented by {@code indent} spaces. */
    public static List<String> paragraph(String text, int width, int indent) {
        List<String> lines = wrapWords(text, Math.max(width, 8));
        if (indent <= 0 || lines.size() < 2) return lines;
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        String rest = String.join(" ", lines.subList(1, lines.size()));
        for (String l : wrapWords(rest, Math.max(width - indent, 8))) out.add(" ".repeat(indent) + l);
        return out;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) s += v;
        return s;
    }

    /** The widest run that may not be broken: a word between spaces; CJK characters break anywhere. */
    static int longestWord(String s) {
        int best = 0;
        for (String word : tokens(s)) if (!word.equals(" ")) best = Math.max(best, width(word));
        return best;
    }

    /**
     * Breaks text into units a line may end after: a space, one CJK character (with any closing punctuation that must
     * not start a line, and any opening punctuation that must not end one, kept with it), or a run of other characters.
     */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                if (!word.isEmpty()) out.add(word.toString());
                word.setLength(0);
                out.add(" ");
            } else if (wide(cp)) {
                if (CLOSING.indexOf(cp) >= 0 && (!word.isEmpty() || !out.isEmpty())) {
                    // closing punctuation stays on the line of what it closes
                    if (word.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + Character.toString(cp));
                    else word.appendCodePoint(cp);
                    continue;
                }
                if (!word.isEmpty() && OPENING.indexOf(word.codePointAt(word.length() - 1)) < 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                word.appendCodePoint(cp);
                if (OPENING.indexOf(cp) < 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            } else if (CLOSING.indexOf(cp) >= 0
                    && word.isEmpty()
                    && !out.isEmpty()
                    && !out.get(out.size() - 1).equals(" ")) {
                // a closing quote or bracket after a Chinese character stays on its line
                out.set(out.size() - 1, out.get(out.size() - 1) + Character.toString(cp));
            } else {
                if (!word.isEmpty()
                        && wide(word.codePointAt(word.length() - 1))
                        && OPENING.indexOf(word.codePointAt(word.length() - 1)) < 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                word.appendCodePoint(cp);
            }
        }
        if (!word.isEmpty()) out.add(word.toString());
        return out;
    }

    private static final String CLOSING = "，。、；：？！）》」』】”’…%),.;:!?";
    private static final String OPENING = "（《「『【“‘";

    /** Wraps at token boundaries (see {@link #tokens}); a single token wider than {@code max} is cut. */
    static List<String> wrapWords(String s, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int w = 0;
        for (String t : tokens(s)) {
            int tw = width(t);
            if (t.equals(" ")) {
                if (w > 0 && w + 1 <= max) {
                    cur.append(' ');
                    w++;
                }
                continue;
            }
            if (w + tw > max && w > 0) {
                lines.add(cur.toString().stripTrailing());
                cur.setLength(0);
                w = 0;
            }
            if (tw > max) {
                for (String piece : wrap(t, max)) {
                    if (w > 0) {
                        lines.add(cur.toString().stripTrailing());
                        cur.setLength(0);
                    }
                    cur.append(piece);
                    w = width(piece);
                }
                continue;
            }
            cur.append(t);
            w += tw;
        }
        lines.add(cur.toString().stripTrailing());
        return lines;
    }

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

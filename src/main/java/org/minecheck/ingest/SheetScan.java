package org.minecheck.ingest;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A quick pass over one worksheet's XML before the streaming reader walks it: every row and cell must lie inside the
 * spreadsheet grid and no cell may hold more text than Excel allows, so the reader never sizes anything by a number the
 * file chose. The claimed {@code <dimension>} is never trusted. Also collects hidden columns and rows for notices.
 */
final class SheetScan {
    private SheetScan() {}

    /** Columns hidden in the sheet (0-based) and the hidden rows: how many and the first one (1-based, 0 if none). */
    record Layout(Set<Integer> hiddenColumns, int hiddenRows, int firstHiddenRow) {
        static final Layout PLAIN = new Layout(Set.of(), 0, 0);
    }

    static Layout scan(InputStream in, IngestLimits limits) throws XMLStreamException, SheetProblemException {
        XMLStreamReader r = ZipGuard.xmlFactory().createXMLStreamReader(in);
        Set<Integer> hiddenColumns = new TreeSet<>();
        int hiddenRows = 0;
        int firstHiddenRow = 0;
        long row = 0;
        long column = -1;
        int cellChars = 0;
        boolean inCell = false;
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "row" -> {
                            String n = r.getAttributeValue(null, "r");
                            row = n == null ? row + 1 : number(n, row);
                            column = -1;
                            if (row > limits.maxRow()) {
                                throw new SheetProblemException(
                                        (int) Math.min(row, Integer.MAX_VALUE),
                                        "",
                                        "ingest.outsideGrid",
                                        n,
                                        limits.maxRow(),
                                        columnName(limits.maxColumns() - 1));
                            }
                            if (truthy(r.getAttributeValue(null, "hidden")) && hiddenRows++ == 0) {
                                firstHiddenRow = (int) row;
                            }
                        }
                        case "c" -> {
                            String ref = r.getAttributeValue(null, "r");
                            column = ref == null ? column + 1 : columnOf(ref, limits);
                            if (column < 0 || column >= limits.maxColumns()) {
                                throw new SheetProblemException(
                                        (int) row,
                                        "",
                                        "ingest.outsideGrid",
                                        ref,
                                        limits.maxRow(),
                                        columnName(limits.maxColumns() - 1));
                            }
                            inCell = true;
                            cellChars = 0;
                        }
                        case "col" -> {
                            if (truthy(r.getAttributeValue(null, "hidden"))) {
                                long min = number(r.getAttributeValue(null, "min"), 1);
                                long max = Math.min(number(r.getAttributeValue(null, "max"), min), limits.maxColumns());
                                for (long c = Math.max(min, 1); c <= max && hiddenColumns.size() < 1000; c++) {
                                    hiddenColumns.add((int) c - 1);
                                }
                            }
                        }
                        default -> {}
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && "c".equals(r.getLocalName())) {
                    inCell = false;
                } else if (inCell && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
                    cellChars += r.getTextLength();
                    if (cellChars > limits.maxCellChars()) {
                        throw new SheetProblemException(
                                (int) row, columnName((int) column), "ingest.cellTooLong", null, limits.maxCellChars());
                    }
                }
            }
        } finally {
            r.close();
        }
        return new Layout(hiddenColumns, hiddenRows, firstHiddenRow);
    }

    private static boolean truthy(String v) {
        return "1".equals(v) || "true".equals(v);
    }

    /** A positive whole number, or the fallback when it is not one; at most 12 digits are looked at. */
    private static long number(String s, long fallback) {
        if (s == null || s.isEmpty() || s.length() > 12)
            return s != null && s.length() > 12 ? Long.MAX_VALUE : fallback;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') return fallback;
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    /** The 0-based column of a reference such as "AB12", or -1 when its letters go past the grid or it is malformed. */
    private static long columnOf(String ref, IngestLimits limits) {
        long c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z' || i >= 4) return -1;
            c = c * 26 + (ch - 'A' + 1);
            i++;
        }
        if (i == 0) return -1;
        return c - 1;
    }

    static String columnName(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) s.insert(0, (char) ('A' + (n - 1) % 26));
        return s.toString();
    }
}

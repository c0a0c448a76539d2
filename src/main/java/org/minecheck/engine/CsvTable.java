package org.minecheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.minecheck.model.RowRef;
import org.minecheck.model.SheetRef;

/** A small UTF-8 CSV reader for parameter tables: comma separated, double quotes around values that hold commas. */
final class CsvTable {
    final List<String> header;
    final List<Map<String, String>> rows = new ArrayList<>();
    final List<Integer> lineNumbers = new ArrayList<>();
    final SheetRef sheetRef;

    CsvTable(String path, String table, String text) {
        this("rules", path, table, text);
    }

    /** {@code root} names the pack directory the file came from, so evidence points at the file a regulator edits. */
    CsvTable(String root, String path, String table, String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        int first = 0;
        while (first < lines.length && (lines[first].isBlank() || lines[first].startsWith("#"))) first++;
        if (first == lines.length) throw new RuleBookException(path, first, "empty table: a header line is expected");
        header = split(lines[first]);
        Map<String, String> letters = new HashMap<>();
        for (int i = 0; i < header.size(); i++) letters.put(header.get(i), CellReference.convertNumToColString(i));
        sheetRef = new SheetRef(root + "/" + path, table, letters);
        for (int i = first + 1; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
            List<String> cells = split(lines[i]);
            if (cells.size() > header.size()) {
                throw new RuleBookException(
                        path, i + 1, "expected " + header.size() + " columns " + header + " but found " + cells.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++)
                row.put(header.get(c), c < cells.size() ? cells.get(c).strip() : "");
            rows.add(row);
            lineNumbers.add(i + 1);
        }
    }

    RowRef origin(int index) {
        return new RowRef(sheetRef, lineNumbers.get(index));
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}

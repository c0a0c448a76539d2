package org.minecheck.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.minecheck.model.RowRef;
import org.minecheck.model.Sourced;

/**
 * The workbook rows a derived value was computed from (the corner points of a site and of a licence, the patches a
 * total counts), with the ids of what they describe where that helps: "H05、H09（历史遗留矿山 第6、10行）". Facts built
 * in code have no rows; then only the ids are shown.
 */
public record SourceRows(List<String> ids, List<RowRef> rows) {
    public SourceRows {
        ids = ids == null ? List.of() : List.copyOf(ids);
        rows = rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
    }

    /** The rows of these facts, without ids. */
    public static SourceRows of(List<? extends Sourced> facts) {
        return new SourceRows(List.of(), facts.stream().map(Sourced::origin).toList());
    }

    /** The rows of these facts with an id for each. */
    public static <T extends Sourced> SourceRows of(List<T> facts, Function<T, String> id) {
        return new SourceRows(
                facts.stream().map(id).toList(),
                facts.stream().map(Sourced::origin).toList());
    }

    /** These rows followed by those of {@code other}. */
    public SourceRows and(SourceRows other) {
        List<String> i = new ArrayList<>(ids);
        i.addAll(other.ids);
        List<RowRef> r = new ArrayList<>(rows);
        r.addAll(other.rows);
        return new SourceRows(i, r);
    }

    public boolean isEmpty() {
        return ids.isEmpty() && rows.isEmpty();
    }

    /** Ids, then per sheet the rows with consecutive runs joined: "H05, H09 (Historical mines rows 6, 10-12)". */
    public String text(boolean chinese) {
        Map<String, TreeSet<Integer>> bySheet = new LinkedHashMap<>();
        for (RowRef r : rows)
            bySheet.computeIfAbsent(r.sheet().sheet(), k -> new TreeSet<>()).add(r.row());
        List<String> sheets = new ArrayList<>();
        bySheet.forEach((sheet, numbers) -> sheets.add(
                chinese
                        ? sheet + " 第" + runs(numbers, "、", "–") + "行"
                        : sheet + " row" + (numbers.size() > 1 ? "s " : " ") + runs(numbers, ", ", "-")));
        String where = String.join(chinese ? "；" : "; ", sheets);
        String names = String.join(chinese ? "、" : ", ", ids);
        if (names.isEmpty()) return where.isEmpty() ? "—" : where;
        if (where.isEmpty()) return names;
        return chinese ? names + "（" + where + "）" : names + " (" + where + ")";
    }

    private static String runs(TreeSet<Integer> numbers, String comma, String dash) {
        List<String> out = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int n : numbers) {
            if (start == null) {
                start = n;
            } else if (n != prev + 1) {
                out.add(start.equals(prev) ? String.valueOf(start) : start + dash + prev);
                start = n;
            }
            prev = n;
        }
        if (start != null) out.add(start.equals(prev) ? String.valueOf(start) : start + dash + prev);
        return String.join(comma, out);
    }

    @Override
    public String toString() {
        return text(false);
    }
}

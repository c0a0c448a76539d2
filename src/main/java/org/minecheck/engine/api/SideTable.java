package org.minecheck.engine.api;

import java.util.List;

/**
 * A table printed beside the findings (fund rates, historical-mine progress), in a form every writer renders without
 * knowing what it holds. Values are String, Integer, BigDecimal, Boolean (null: not yet decided), LocalDate or a
 * {@link org.minecheck.model.Coded} enum (its code in JSON, its label in the report's language elsewhere).
 *
 * @param id       the table's name in JSON output (e.g. {@code fundRates}) and the i18n key prefix of its texts:
 *                 {@code <id>.title}, {@code <id>.sheet}, and {@code <id>.col.<column>} for each header
 * @param columns  column names, as JSON field names
 * @param rows     one list of values per row, in column order
 * @param console  the columns the console shows (all when empty)
 * @param chart    a line chart per group of rows in the Excel report, or null
 * @param pivot    how the console folds the rows so a line fits a terminal, or null
 */
public record SideTable(
        String id, List<String> columns, List<List<Object>> rows, List<String> console, Chart chart, Pivot pivot) {

    public SideTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        console = List.copyOf(console);
    }

    public SideTable(String id, List<String> columns, List<List<Object>> rows, List<String> console, Chart chart) {
        this(id, columns, rows, console, chart, null);
    }

    /**
     * The console's view of a long table: one line per value of {@code line} (e.g. region code and name), one column
     * per value of {@code across} (e.g. the year), each cell the {@code cells} values joined by "/", marked "*" where
     * {@code flag} is false and "~" where it is null; {@code perLine} columns shown once per line (from its first
     * row), {@code once} columns shown once above the table (their distinct values), {@code sum} a true/false column
     * that marks a line summed from others.
     */
    public record Pivot(
            List<String> line,
            List<String> perLine,
            String across,
            List<String> cells,
            String flag,
            List<String> once,
            String sum) {}

    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) throw new IllegalArgumentException(id + " has no column " + name);
        return i;
    }

    /**
     * One line chart per run of rows with the same {@code group} value: {@code category} along the bottom, each of
     * {@code series} as a line; texts from {@code <id>.chart.title} (with the group's {@code groupName}),
     * {@code <id>.chart.category}, {@code <id>.chart.value} and {@code <id>.col.<series>}. {@code marker}, when not
     * null, names a date column (e.g. the deadline): its year is marked on the chart by a bar up to the top of the
     * scale, titled {@code <id>.chart.marker} with the date, so the reader sees where the line had to arrive by when.
     */
    public record Chart(String group, String groupName, String category, List<String> series, String marker) {
        public Chart(String group, String groupName, String category, List<String> series) {
            this(group, groupName, category, series, null);
        }
    }
}

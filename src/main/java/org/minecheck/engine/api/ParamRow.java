package org.minecheck.engine.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.ParamValue;
import org.minecheck.model.Coded;
import org.minecheck.model.RowRef;
import org.minecheck.model.Sourced;

/**
 * One row of an editable parameter table under rules/params (any CSV but settings.csv). Rules match rows by table name
 * and column values, so a new table needs no Java; evidence cites the table file, row and column.
 *
 * <p>Conventions shared by every table: a blank cell or {@code *} in a matching column matches anything; several
 * values are separated by {@code |} ({@code medium|small}); a range column holds an interval such as {@code [1.3,3.5]},
 * {@code [0,1.3)} or {@code (10,)} (square bracket: the end is included; round: excluded; empty end: open). A
 * {@code verified} column carries the research mark (V-text, V-page, V-cited, M, or {@code placeholder}).
 */
public record ParamRow(String table, Map<String, String> values, RowRef origin) implements Sourced {
    public String text(String column) {
        return values.getOrDefault(column, "");
    }

    public BigDecimal number(String column) {
        String v = text(column).strip();
        if (v.isEmpty()) return null;
        BigDecimal known = NUMBERS.get(v);
        if (known != null) return known;
        BigDecimal parsed = new BigDecimal(v);
        if (NUMBERS.size() < 10_000) NUMBERS.put(v, parsed);
        return parsed;
    }

    public LocalDate date(String column) {
        String v = text(column).strip();
        if (v.isEmpty()) return null;
        LocalDate known = DATES.get(v);
        if (known != null) return known;
        LocalDate parsed = LocalDate.parse(v);
        if (DATES.size() < 10_000) DATES.put(v, parsed);
        return parsed;
    }

    /*
     * Rules read the same few cells of the same rows for every enterprise of a province (a minimum rate, a standard's
     * dates): each distinct cell text is parsed once. BigDecimal and LocalDate are immutable, so sharing them is safe.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, BigDecimal> NUMBERS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, LocalDate> DATES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, Interval> INTERVALS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public int integer(String column) {
        return Integer.parseInt(text(column).strip());
    }

    public boolean is(String column, String value) {
        return text(column).equals(value);
    }

    /** True when the cell is blank or {@code *}, or one of its {@code |}-separated values is the value's code. */
    public boolean matches(String column, Object value) {
        String cell = text(column).strip();
        if (cell.isEmpty() || cell.equals("*")) return true;
        if (value == null) return false;
        String code = value instanceof Coded c ? c.code() : value.toString();
        return alternatives(cell).contains(code);
    }

    /** True when the cell is blank or {@code *}, or names any of the values (e.g. a region or one of its parents). */
    public boolean matchesAny(String column, Collection<String> values) {
        String cell = text(column).strip();
        if (cell.isEmpty() || cell.equals("*")) return true;
        for (String v : alternatives(cell)) if (values.contains(v)) return true;
        return false;
    }

    /**
     * A cell's {@code |}-separated values. Rules test the same few cells for every enterprise of a province, so each
     * distinct cell text is split once (measured: splitting was a tenth of the rule engine's time).
     */
    private static List<String> alternatives(String cell) {
        List<String> known = ALTERNATIVES.get(cell);
        if (known != null) return known;
        List<String> split = Arrays.stream(cell.split("\\|")).map(String::strip).toList();
        if (ALTERNATIVES.size() < 10_000) ALTERNATIVES.put(cell, split);
        return split;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> ALTERNATIVES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The cell's {@code |}-separated values, sorted and joined again, so {@code medium|large} reads as {@code large|medium}. */
    public String valueSet(String column) {
        return Arrays.stream(text(column).split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .sorted()
                .collect(Collectors.joining("|"));
    }

    /** True when the cell is blank (no condition) or the value lies in its interval; a missing value lies in none. */
    public boolean inInterval(String column, BigDecimal value) {
        String cell = text(column).strip();
        if (cell.isEmpty() || cell.equals("*")) return true;
        if (value == null) return false;
        Interval known = INTERVALS.get(cell);
        if (known == null) {
            known = Interval.parse(cell, table + "." + column); // a malformed cell throws every time, as before
            if (INTERVALS.size() < 10_000) INTERVALS.put(cell, known);
        }
        return known.contains(value);
    }

    /**
     * True when the row is in force on the date: its {@code from} column blank or on or before it, its {@code to}
     * column blank or on or after it (both inclusive), as a standard that applied for a period.
     */
    public boolean inForceOn(LocalDate date) {
        if (date == null) return false;
        LocalDate from = date("from");
        LocalDate to = date("to");
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /**
     * {@code date} moved back by the months and days in two columns (blank: none), e.g. a permit's renewal deadline
     * from its expiry: 3 months for a safety licence, 60 days for a pollutant discharge permit.
     */
    public LocalDate minusPeriod(LocalDate date, String monthsColumn, String daysColumn) {
        if (date == null) return null;
        BigDecimal months = number(monthsColumn);
        BigDecimal days = number(daysColumn);
        LocalDate out = months == null ? date : date.minusMonths(months.longValueExact());
        return days == null ? out : out.minusDays(days.longValueExact());
    }

    /** The research mark of the row ({@code verified} column), or blank. */
    public String mark() {
        return text("verified").strip();
    }

    /**
     * A cell as evidence: its value (a number where it reads as one) with the row's mark, its label and its cell; a
     * {@code *_percent} column's value carries its % sign.
     */
    public Evidence evidence(String name, String column) {
        String raw = text(column).strip();
        Object value;
        try {
            value = raw.isEmpty() ? null : new BigDecimal(raw);
        } catch (NumberFormatException e) {
            value = raw;
        }
        String unit = column.endsWith("_percent") ? "%" : "";
        return new Evidence(
                name, new ParamValue(value, mark(), text("label_zh"), text("label_en"), unit), cell(column));
    }

    /**
     * Another cell of a row already shown by {@link #evidence}: its value and cell only, without the row's label and
     * mark (which the row's main value carries once), e.g. the source and year beside a minimum indicator.
     */
    public Evidence detail(String name, String column) {
        String raw = text(column).strip();
        return new Evidence(name, raw.isEmpty() ? null : raw, cell(column));
    }

    /** An interval of numbers written as in mathematics: [a,b], (a,b), [a,), (,b] ... */
    record Interval(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded) {
        static Interval parse(String text, String where) {
            String t = text.strip();
            if (t.length() < 3
                    || "[(".indexOf(t.charAt(0)) < 0
                    || "])".indexOf(t.charAt(t.length() - 1)) < 0
                    || !t.contains(",")) {
                throw new IllegalArgumentException(
                        where + ": interval expected like [1.3,3.5] or (10,), found " + text);
            }
            String[] ends = t.substring(1, t.length() - 1).split(",", -1);
            return new Interval(
                    ends[0].isBlank() ? null : new BigDecimal(ends[0].strip()),
                    t.charAt(0) == '[',
                    ends[1].isBlank() ? null : new BigDecimal(ends[1].strip()),
                    t.charAt(t.length() - 1) == ']');
        }

        boolean contains(BigDecimal v) {
            if (low != null) {
                int c = v.compareTo(low);
                if (c < 0 || (c == 0 && !lowIncluded)) return false;
            }
            if (high != null) {
                int c = v.compareTo(high);
                if (c > 0 || (c == 0 && !highIncluded)) return false;
            }
            return true;
        }
    }
}

package org.minecheck.ingest;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The values a numeric column may hold, both ends included. Declared per column in {@link WorkbookSchema}; a value
 * outside is a cell problem like any other (sheet, row, column, value, what was expected). The bounds are sanity
 * bounds, far beyond any real submission, not regulatory limits: those are rules.
 */
public record Range(BigDecimal min, BigDecimal max) {

    public static Range of(double min, double max) {
        return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public boolean contains(BigDecimal v) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    /** Whether the column takes negative values at all (elevations do; quantities, areas and amounts do not). */
    public boolean signed() {
        return min.signum() < 0;
    }

    /** "0 – 1,000,000,000" or "1949 – 2100", as the template's instructions and the problem messages show it. */
    public String text() {
        return show(min) + " – " + show(max);
    }

    /** Grouped by thousands from five digits on (1,000,000,000), so years stay years (1949). */
    static String show(BigDecimal v) {
        String pattern = v.abs().compareTo(BigDecimal.valueOf(10_000)) < 0 ? "0.########" : "#,##0.########";
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}

package org.minecheck.engine;

import java.math.BigDecimal;
import java.util.Map;
import org.minecheck.model.RowRef;
import org.minecheck.model.Sourced;

/**
 * One row of an editable parameter table under rules/params (any CSV but settings.csv). Rules match rows by table name
 * and column values, so a new table needs no Java; evidence cites the table file, row and column.
 */
public record ParamRow(String table, Map<String, String> values, RowRef origin) implements Sourced {
    public String text(String column) {
        return values.getOrDefault(column, "");
    }

    public BigDecimal number(String column) {
        String v = text(column).strip();
        return v.isEmpty() ? null : new BigDecimal(v);
    }

    public boolean is(String column, String value) {
        return text(column).equals(value);
    }
}

package org.minecheck.engine;

import java.math.BigDecimal;
import org.minecheck.model.RowRef;
import org.minecheck.model.Sourced;

/** One row of rules/params/settings.csv: a named threshold, window or rate that rules read as a fact. */
public record Setting(String key, BigDecimal value, String unit, String note, RowRef origin) implements Sourced {
    public int intValue() {
        return value.intValueExact();
    }

    public double doubleValue() {
        return value.doubleValue();
    }
}

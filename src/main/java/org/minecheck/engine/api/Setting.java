package org.minecheck.engine.api;

import java.math.BigDecimal;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.ParamValue;
import org.minecheck.model.RowRef;
import org.minecheck.model.Sourced;

/**
 * One row of rules/params/settings.csv: a named threshold, window or rate that rules read as a fact. {@code verified}
 * is the research mark of the number (blank for product parameters; M or placeholder when not verified).
 */
public record Setting(String key, BigDecimal value, String unit, String note, String verified, RowRef origin)
        implements Sourced {
    public Setting(String key, BigDecimal value, String unit, String note, RowRef origin) {
        this(key, value, unit, note, "", origin);
    }

    public int intValue() {
        return value.intValueExact();
    }

    public double doubleValue() {
        return value.doubleValue();
    }

    /** The value as evidence, with its mark and the settings cell it came from. */
    public Evidence evidence(String name) {
        return new Evidence(name, new ParamValue(value, verified == null ? "" : verified, "", "", unit), cell("value"));
    }
}

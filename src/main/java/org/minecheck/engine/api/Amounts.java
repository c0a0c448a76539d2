package org.minecheck.engine.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages for rules to compare against, kept exact (no rounding) so a boundary value compares as written. Rules
 * take the percentage from a setting or a table; this class only does the arithmetic.
 */
public final class Amounts {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {}

    /** {@code percent} % of {@code base}. */
    public static BigDecimal percentOf(BigDecimal base, BigDecimal percent) {
        return base.multiply(percent).divide(HUNDRED);
    }

    /** {@code base} raised by {@code percent} %: the approved capacity plus the tolerated excess. */
    public static BigDecimal raisedBy(BigDecimal base, BigDecimal percent) {
        return base.multiply(HUNDRED.add(percent)).divide(HUNDRED);
    }

    /** {@code part} as a percentage of {@code whole}, to two decimals (half up), or null when {@code whole} is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** How far {@code value} exceeds {@code base}, as a percentage of {@code base} (two decimals). */
    public static BigDecimal excessPercent(BigDecimal value, BigDecimal base) {
        if (value == null || base == null || base.signum() == 0) return null;
        return value.subtract(base).multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }
}

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

    /**
     * {@code part} as a percentage of {@code whole}, to two decimals (half up). The one rule for a zero base: a rate
     * over nothing (provisioned of nothing required, used of nothing provisioned) is undefined, null, shown as "—";
     * only a share of a stock to be worked off ({@link #shareOfStock}) counts a stock of zero as done.
     */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return percent(part, whole, 2);
    }

    /** As {@link #percent(BigDecimal, BigDecimal)}, to {@code scale} decimals. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole, int scale) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_UP);
    }

    /**
     * How much of a stock has been worked off, in percent to {@code scale} decimals: as {@link #percent}, except that
     * a stock of zero (no historical patch to treat, no mine to make green) counts as fully done, 100 %.
     */
    public static BigDecimal shareOfStock(BigDecimal done, BigDecimal stock, int scale) {
        BigDecimal p = percent(done, stock, scale);
        return p == null ? HUNDRED.setScale(scale) : p;
    }

    /** How far {@code value} exceeds {@code base}, as a percentage of {@code base} (two decimals). */
    public static BigDecimal excessPercent(BigDecimal value, BigDecimal base) {
        if (value == null || base == null || base.signum() == 0) return null;
        return value.subtract(base).multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }
}

package org.minecheck.fund;

import java.math.BigDecimal;
import org.minecheck.model.FundRecord;

/**
 * Balance reconciliation of a fund year (FND-005): opening balance + provisioned − used = closing balance. The opening
 * balance is the year's own opening balance when filed, else the previous year's closing balance; a year with neither
 * cannot be reconciled. Amounts in yuan; the rule compares the difference with a tolerance.
 */
public final class FundBalance {
    private FundBalance() {}

    /** The year's opening balance: its own, else last year's closing, else null. */
    public static BigDecimal opening(FundRecord f, FundRecord previous) {
        if (f.openingBalance() != null) return f.openingBalance();
        return previous == null ? null : previous.balance();
    }

    /** Opening + provisioned − used (used blank: nothing used), or null when the opening or provision is unknown. */
    public static BigDecimal expectedClosing(FundRecord f, FundRecord previous) {
        BigDecimal opening = opening(f, previous);
        if (opening == null || f.provisioned() == null) return null;
        return opening.add(f.provisioned()).subtract(f.used() == null ? BigDecimal.ZERO : f.used());
    }

    /** Closing balance − what the arithmetic gives (positive: more money in the account than the ledger explains). */
    public static BigDecimal difference(FundRecord f, FundRecord previous) {
        BigDecimal expected = expectedClosing(f, previous);
        return expected == null || f.balance() == null ? null : f.balance().subtract(expected);
    }

    /** Whether the closing balance differs from opening + provisioned − used by more than the tolerance. */
    public static boolean unreconciled(FundRecord f, FundRecord previous, BigDecimal tolerance) {
        BigDecimal diff = difference(f, previous);
        return diff != null && diff.abs().compareTo(tolerance) > 0;
    }

    /** Whether the year's own opening balance differs from last year's closing balance by more than the tolerance. */
    public static boolean openingMismatch(FundRecord f, FundRecord previous, BigDecimal tolerance) {
        return f.openingBalance() != null
                && previous != null
                && previous.balance() != null
                && f.openingBalance().subtract(previous.balance()).abs().compareTo(tolerance) > 0;
    }

    /** The cell the opening balance comes from: the year's own opening balance, else last year's closing balance. */
    public static org.minecheck.model.CellRef openingCell(FundRecord f, FundRecord previous) {
        if (f.openingBalance() != null || previous == null) return f.cell("openingBalance");
        return previous.cell("balance");
    }

    /** "opening + provisioned − used = expected ≠ closing", in plain numbers. */
    public static String arithmetic(FundRecord f, FundRecord previous) {
        BigDecimal used = f.used() == null ? BigDecimal.ZERO : f.used();
        return FundCalculator.plain(opening(f, previous)) + " + " + FundCalculator.plain(f.provisioned()) + " − "
                + FundCalculator.plain(used) + " = " + FundCalculator.plain(expectedClosing(f, previous)) + " ≠ "
                + FundCalculator.plain(f.balance());
    }
}

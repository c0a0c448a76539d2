package org.minecheck.model;

import java.math.BigDecimal;

/**
 * Restoration fund of a mine for one year, in yuan. {@code openingBalance} (年初余额) is optional: without it the
 * opening balance is the previous year's closing {@code balance}.
 */
public record FundRecord(
        String mineId,
        int year,
        String accountNo,
        Boolean planFiled,
        BigDecimal provisioned,
        BigDecimal used,
        BigDecimal balance,
        BigDecimal openingBalance,
        SheetRef sheet,
        int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public FundRecord(
            String mineId,
            int year,
            String accountNo,
            Boolean planFiled,
            BigDecimal provisioned,
            BigDecimal used,
            BigDecimal balance,
            BigDecimal openingBalance,
            RowRef origin) {
        this(
                mineId,
                year,
                accountNo,
                planFiled,
                provisioned,
                used,
                balance,
                openingBalance,
                RowRef.sheetOf(origin),
                RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }

    /** A fund record without an opening balance of its own. */
    public FundRecord(
            String mineId,
            int year,
            String accountNo,
            Boolean planFiled,
            BigDecimal provisioned,
            BigDecimal used,
            BigDecimal balance,
            RowRef origin) {
        this(mineId, year, accountNo, planFiled, provisioned, used, balance, null, origin);
    }
}

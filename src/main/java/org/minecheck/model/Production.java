package org.minecheck.model;

import java.math.BigDecimal;

/** A mine's output and three rates for one year. Rates are percentages (85 means 85 %). */
public record Production(
        String mineId,
        int year,
        BigDecimal output,
        BigDecimal miningRecovery,
        BigDecimal beneficiationRecovery,
        BigDecimal utilisation,
        BigDecimal revenue,
        SheetRef sheet,
        int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public Production(
            String mineId,
            int year,
            BigDecimal output,
            BigDecimal miningRecovery,
            BigDecimal beneficiationRecovery,
            BigDecimal utilisation,
            BigDecimal revenue,
            RowRef origin) {
        this(
                mineId,
                year,
                output,
                miningRecovery,
                beneficiationRecovery,
                utilisation,
                revenue,
                RowRef.sheetOf(origin),
                RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }

    /** The three rates by the codes parameter tables use: mining-recovery, beneficiation-recovery, utilisation. */
    public BigDecimal rate(String code) {
        return switch (code) {
            case "mining-recovery" -> miningRecovery;
            case "beneficiation-recovery" -> beneficiationRecovery;
            case "utilisation" -> utilisation;
            default -> null;
        };
    }

    /** The field that holds the rate of that code, for evidence with its cell. */
    public static String rateField(String code) {
        return switch (code) {
            case "mining-recovery" -> "miningRecovery";
            case "beneficiation-recovery" -> "beneficiationRecovery";
            case "utilisation" -> "utilisation";
            default -> throw new IllegalArgumentException("unknown rate: " + code);
        };
    }
}

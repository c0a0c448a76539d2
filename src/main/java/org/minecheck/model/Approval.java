package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An approval or plan of a mine: EIA, completion acceptance, soil-and-water plan, reclamation plan, green-mine listing. */
public record Approval(
        String mineId,
        ApprovalKind kind,
        String documentNo,
        LocalDate approvedOn,
        LocalDate validUntil,
        EiaForm eiaForm,
        BigDecimal approvedCapacity,
        BigDecimal planCost,
        BigDecimal planReserves,
        BigDecimal planArea,
        MiningMethod planMethod,
        SheetRef sheet,
        int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public Approval(
            String mineId,
            ApprovalKind kind,
            String documentNo,
            LocalDate approvedOn,
            LocalDate validUntil,
            EiaForm eiaForm,
            BigDecimal approvedCapacity,
            BigDecimal planCost,
            BigDecimal planReserves,
            BigDecimal planArea,
            MiningMethod planMethod,
            RowRef origin) {
        this(
                mineId,
                kind,
                documentNo,
                approvedOn,
                validUntil,
                eiaForm,
                approvedCapacity,
                planCost,
                planReserves,
                planArea,
                planMethod,
                RowRef.sheetOf(origin),
                RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }
}

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
        RowRef origin)
        implements Sourced {}

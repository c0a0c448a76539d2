package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mine as operated today. {@code operatorId} is the enterprise that actually runs it, which may differ from the
 * licence holder. Its recorded status applies from its dates: a producing mine checked as of a day before its
 * production start was still being built.
 */
public record Mine(
        String id,
        String name,
        String operatorId,
        String regionCode,
        String mineral,
        MiningMethod method,
        MiningTechnique technique,
        BigDecimal openPitDepth,
        MineStatus status,
        MineScale scale,
        LocalDate productionStart,
        BigDecimal designCapacity,
        BigDecimal seamThickness,
        LandType landType,
        Boolean occupiesForestLand,
        Boolean abstractsWater,
        Boolean dischargesPollutants,
        SheetRef sheet,
        int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public Mine(
            String id,
            String name,
            String operatorId,
            String regionCode,
            String mineral,
            MiningMethod method,
            MiningTechnique technique,
            BigDecimal openPitDepth,
            MineStatus status,
            MineScale scale,
            LocalDate productionStart,
            BigDecimal designCapacity,
            BigDecimal seamThickness,
            LandType landType,
            Boolean occupiesForestLand,
            Boolean abstractsWater,
            Boolean dischargesPollutants,
            RowRef origin) {
        this(
                id,
                name,
                operatorId,
                regionCode,
                mineral,
                method,
                technique,
                openPitDepth,
                status,
                scale,
                productionStart,
                designCapacity,
                seamThickness,
                landType,
                occupiesForestLand,
                abstractsWater,
                dischargesPollutants,
                RowRef.sheetOf(origin),
                RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }

    public boolean isProducing() {
        return status == MineStatus.PRODUCING;
    }

    /**
     * The status on a date: the recorded status, except that a mine recorded as producing was under construction
     * before its production start date (when one is recorded).
     */
    public MineStatus statusOn(java.time.LocalDate date) {
        if (status == MineStatus.PRODUCING
                && productionStart != null
                && date != null
                && date.isBefore(productionStart)) {
            return MineStatus.CONSTRUCTION;
        }
        return status;
    }
}

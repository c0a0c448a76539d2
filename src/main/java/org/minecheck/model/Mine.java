package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A mine as operated today. {@code operatorId} is the enterprise that actually runs it, which may differ from the licence holder. */
public record Mine(String id, String name, String operatorId, String regionCode, String mineral,
                   MiningMethod method, MiningTechnique technique, BigDecimal openPitDepth,
                   MineStatus status, MineScale scale, LocalDate productionStart, BigDecimal designCapacity,
                   BigDecimal seamThickness, LandType landType, Boolean occupiesForestLand,
                   Boolean abstractsWater, Boolean dischargesPollutants, RowRef origin) implements Sourced {

    public boolean isProducing() {
        return status == MineStatus.PRODUCING;
    }
}

package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Any permit a mine holds: the mining licence and the others (safety, pollutant discharge, water, forest land). */
public record Licence(String number, LicenceKind kind, String mineId, String holderId, List<String> minerals,
                      LocalDate validFrom, LocalDate validUntil, LicenceStatus status, BigDecimal capacity,
                      String issuer, RowRef origin) implements Sourced {

    /** In force on the date: status valid and the date inside [validFrom, validUntil]. */
    public boolean validOn(LocalDate date) {
        return status == LicenceStatus.VALID
                && (validFrom == null || !date.isBefore(validFrom))
                && validUntil != null && !date.isAfter(validUntil);
    }

    public boolean covers(String mineral) {
        return minerals.contains(mineral);
    }
}

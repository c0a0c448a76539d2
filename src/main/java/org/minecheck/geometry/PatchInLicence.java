package org.minecheck.geometry;

import java.math.BigDecimal;
import org.minecheck.finding.SourceRows;
import org.minecheck.model.CellRef;

/**
 * A historical-mine patch that lies (partly) inside a mining licence's area: overlap in m² and the patch's own area.
 * {@code inForce}: the licence is in force on the check date (the holder's to treat); otherwise the licence has
 * expired or was revoked or cancelled. The rows are the patch's and the licence's corner points.
 */
public record PatchInLicence(
        String patchId,
        String licenceNumber,
        CellRef licenceCell,
        String mineId,
        BigDecimal overlapArea,
        BigDecimal patchArea,
        boolean pointInside,
        boolean inForce,
        SourceRows patchRows,
        SourceRows licenceRows) {}

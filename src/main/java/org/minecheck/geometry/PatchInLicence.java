package org.minecheck.geometry;

import java.math.BigDecimal;

/** A historical-mine patch that lies (partly) inside a mining licence's area: overlap in m² and the patch's own area. */
public record PatchInLicence(String patchId, String licenceNumber, String mineId, BigDecimal overlapArea,
                             BigDecimal patchArea, boolean pointInside) {}

package org.minecheck.model;

import java.math.BigDecimal;

/** One block (采区) of a mining licence: a polygon given in corner points plus its licensed elevation range. */
public record LicenceBlock(
        String licenceNumber, int blockNo, BigDecimal topElevation, BigDecimal bottomElevation, RowRef origin)
        implements Sourced {}

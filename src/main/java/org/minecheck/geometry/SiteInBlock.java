package org.minecheck.geometry;

import java.math.BigDecimal;
import org.minecheck.model.RowRef;
import org.minecheck.model.Sourced;

/** The licensed block a site lies in (largest overlap), with that block's elevation range and its row as origin. */
public record SiteInBlock(String siteId, String licenceNumber, int blockNo, BigDecimal topElevation,
                          BigDecimal bottomElevation, RowRef origin) implements Sourced {}

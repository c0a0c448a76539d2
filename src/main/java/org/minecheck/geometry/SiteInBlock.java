package org.minecheck.geometry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.minecheck.model.CellRef;
import org.minecheck.model.RowRef;
import org.minecheck.model.Sourced;

/**
 * A licensed block (of a licence in force on the conduct date) that a site touches, with the block's elevation range;
 * one fact per block, so a site straddling two blocks is judged against both. The origin is the block's row.
 */
public record SiteInBlock(
        String siteId,
        String licenceNumber,
        CellRef licenceCell,
        int blockNo,
        BigDecimal topElevation,
        BigDecimal bottomElevation,
        LocalDate conductDate,
        RowRef origin)
        implements Sourced {}

package org.minecheck.geometry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.minecheck.finding.SourceRows;
import org.minecheck.model.CellRef;

/**
 * How far a working site lies outside the area of its mine's mining licences in force on the conduct date (the site's
 * observation date, else the check date): the area outside (m², polygon sites) or the distance outside (m, point
 * sites). An expired, revoked, suspended or cancelled licence's area counts as outside; {@code lapsedLicence} names
 * such a licence of the mine the outside part lies in, {@code otherLicence} another holder's licence in force that day
 * it reaches into. Produced for every site judged (also when nothing is outside); the rule decides what counts. The
 * rows are those the areas were computed from: the site's corner points (or its own row) and the licences' corner
 * points.
 */
public record SiteOutsideLicence(
        String siteId,
        String mineId,
        String licenceNumber,
        CellRef licenceCell,
        List<String> licences,
        BigDecimal siteArea,
        BigDecimal outsideArea,
        BigDecimal outsideDistance,
        String otherLicence,
        String lapsedLicence,
        LocalDate conductDate,
        SourceRows siteRows,
        SourceRows licenceRows) {}

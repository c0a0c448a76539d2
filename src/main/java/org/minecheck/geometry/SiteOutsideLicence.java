package org.minecheck.geometry;

import java.math.BigDecimal;

/**
 * How far a working site lies outside its own mine's licensed area: the area outside (m², polygon sites) or the distance
 * outside (m, point sites), and another mining licence it falls in, if any. Produced for every site whose mine has a
 * usable licence geometry, also when nothing is outside; the rule decides what counts.
 */
public record SiteOutsideLicence(String siteId, String mineId, String licenceNumber, BigDecimal siteArea,
                                 BigDecimal outsideArea, BigDecimal outsideDistance, String otherLicence) {}

package org.minecheck.geometry;

import java.math.BigDecimal;
import org.minecheck.model.RowRef;
import org.minecheck.model.ShapeOwner;
import org.minecheck.model.Sourced;
import org.minecheck.model.ZoneType;

/**
 * A licensed area or working site that meets a forbidden zone: the overlapping area in m² (0 when it only touches) or,
 * for a point site, whether the point lies inside. The origin is the zone's row.
 */
public record ZoneOverlap(ShapeOwner subjectType, String subjectId, String mineId, String zoneId, String zoneName,
                          ZoneType zoneType, BigDecimal overlapArea, boolean pointInside, RowRef origin)
        implements Sourced {}

package org.minecheck.geometry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.minecheck.finding.SourceRows;
import org.minecheck.model.RowRef;
import org.minecheck.model.ShapeOwner;
import org.minecheck.model.Sourced;
import org.minecheck.model.ZoneType;

/**
 * A licensed area (of a licence in force on the check date) or a working site that meets a forbidden zone: the
 * overlapping area in m² (0 when it only touches) or, for a point site, whether the point lies inside. The origin is
 * the zone's row; the rows are those of the subject's and the zone's corner points the overlap was computed from.
 */
public record ZoneOverlap(
        ShapeOwner subjectType,
        String subjectId,
        String mineId,
        String zoneId,
        String zoneName,
        ZoneType zoneType,
        BigDecimal overlapArea,
        boolean pointInside,
        LocalDate conductDate,
        SourceRows subjectRows,
        SourceRows zoneRows,
        RowRef origin)
        implements Sourced {}

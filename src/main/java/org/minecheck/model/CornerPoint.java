package org.minecheck.model;

/** A corner point of a licence block, site, zone or historical patch, in CGCS2000 Gauss–Krüger metres. */
public record CornerPoint(
        ShapeOwner ownerType, String ownerId, int ringNo, int pointNo, double x, double y, RowRef origin)
        implements Sourced {}

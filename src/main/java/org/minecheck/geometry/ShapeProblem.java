package org.minecheck.geometry;

import org.minecheck.model.RowRef;
import org.minecheck.model.ShapeOwner;
import org.minecheck.model.Sourced;

/**
 * A shape that cannot be used: {@code problem} is missing, self-intersection, too-few-points or out-of-range;
 * {@code detail} says where (a coordinate, a point number). The origin is the offending row.
 */
public record ShapeProblem(ShapeOwner ownerType, String ownerId, String problem, String detail, RowRef origin)
        implements Sourced {}

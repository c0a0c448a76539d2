package org.minecheck.geometry;

/** Plausible CGCS2000 Gauss–Krüger coordinates for China, from the pack's settings; outside them a point is refused. */
public record CoordinateBounds(double xMin, double xMax, double yMin, double yMax) {
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}

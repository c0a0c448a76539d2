package org.minecheck.tools.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plane geometry for the demo county, in CGCS2000 Gauss–Krüger metres: X northing, Y easting with the zone prefix.
 * Bearings are in degrees clockwise from north. Every corner point is rounded to the centimetre, as licences print them.
 */
final class Shapes {
    private Shapes() {}

    /** A corner point: X northing, Y easting. */
    record Pt(double x, double y) {
        Pt toward(double bearing, double metres) {
            double a = Math.toRadians(bearing);
            return new Pt(round(x + metres * Math.cos(a)), round(y + metres * Math.sin(a)));
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * A convex polygon of {@code corners} corners around a centre, irregular as licence areas are: each corner's bearing
     * is jittered by up to ±6° and its distance by −7 % to +3 % of the radius. Convexity is checked, not assumed: any
     * point between the centre and a corner, and any shrunken copy of the polygon around an inside point, then stays
     * inside, which is how the demo keeps its compliant sites inside their licences.
     */
    static List<Pt> convex(Random random, Pt centre, double radius, int corners) {
        double start = random.nextDouble() * 360.0 / corners;
        List<Pt> ring = new ArrayList<>();
        for (int i = 0; i < corners; i++) {
            double bearing = start + i * 360.0 / corners + (random.nextDouble() - 0.5) * 12;
            ring.add(centre.toward(bearing, radius * (0.93 + random.nextDouble() * 0.10)));
        }
        requireConvex(ring);
        return List.copyOf(ring);
    }

    /** The polygon shrunk by {@code factor} around {@code about}: inside the original when the original is convex. */
    static List<Pt> shrunk(List<Pt> ring, Pt about, double factor) {
        List<Pt> out = new ArrayList<>();
        for (Pt p : ring) {
            out.add(new Pt(
                    round(about.x() + factor * (p.x() - about.x())), round(about.y() + factor * (p.y() - about.y()))));
        }
        return List.copyOf(out);
    }

    /** The corner whose bearing from the centre is closest to {@code bearing}. */
    static Pt cornerToward(List<Pt> ring, Pt centre, double bearing) {
        Pt best = ring.get(0);
        for (Pt p : ring) {
            if (angleBetween(bearingOf(centre, p), bearing) < angleBetween(bearingOf(centre, best), bearing)) best = p;
        }
        return best;
    }

    /** The midpoint of the edge whose midpoint's bearing from the centre is closest to {@code bearing}. */
    static Pt edgeMidpointToward(List<Pt> ring, Pt centre, double bearing) {
        Pt best = null;
        for (int i = 0; i < ring.size(); i++) {
            Pt a = ring.get(i);
            Pt b = ring.get((i + 1) % ring.size());
            Pt mid = new Pt(round((a.x() + b.x()) / 2), round((a.y() + b.y()) / 2));
            if (best == null
                    || angleBetween(bearingOf(centre, mid), bearing) < angleBetween(bearingOf(centre, best), bearing)) {
                best = mid;
            }
        }
        return best;
    }

    static double bearingOf(Pt from, Pt to) {
        double b = Math.toDegrees(Math.atan2(to.y() - from.y(), to.x() - from.x()));
        return b < 0 ? b + 360 : b;
    }

    static double distance(Pt a, Pt b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static double angleBetween(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return d > 180 ? 360 - d : d;
    }

    /** Area in m² (shoelace). */
    static double area(List<Pt> ring) {
        double s = 0;
        for (int i = 0; i < ring.size(); i++) {
            Pt a = ring.get(i);
            Pt b = ring.get((i + 1) % ring.size());
            s += a.y() * b.x() - b.y() * a.x();
        }
        return Math.abs(s) / 2;
    }

    private static void requireConvex(List<Pt> ring) {
        int sign = 0;
        for (int i = 0; i < ring.size(); i++) {
            Pt a = ring.get(i);
            Pt b = ring.get((i + 1) % ring.size());
            Pt c = ring.get((i + 2) % ring.size());
            double cross = (b.y() - a.y()) * (c.x() - b.x()) - (b.x() - a.x()) * (c.y() - b.y());
            int s = (int) Math.signum(cross);
            if (sign == 0) sign = s;
            else if (s != 0 && s != sign) throw new IllegalStateException("demo polygon is not convex: " + ring);
        }
    }
}

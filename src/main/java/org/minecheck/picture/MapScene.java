package org.minecheck.picture;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.minecheck.i18n.Texts;
import org.minecheck.picture.Canvas.Anchor;
import org.minecheck.picture.Canvas.Style;

/**
 * What one boundary map shows, in survey metres (JTS x = survey Y easting, y = survey X northing), and how it is laid
 * out: the map on the left (north up, grid metres to pixels at one scale), legend, measured figure and corner
 * coordinates on the right.
 */
final class MapScene {
    static final int WIDTH = 1100;
    static final int HEIGHT = 760;
    private static final double MAP_X = 20;
    private static final double MAP_Y = 80;
    private static final double MAP_SIZE = 660;
    private static final double PANEL_X = 700;
    private static final int MAX_CORNERS = 22;

    /** The kinds of shape a map draws, bottom to top, each with its style and legend text key. */
    enum Kind {
        ZONE(new Style("zone", "#f4a582", 0.45, "#b2182b", 1.5, true)),
        OTHER_LICENCE(new Style("other-licence", "#d9d9d9", 0.6, "#737373", 1.2, true)),
        LICENCE(new Style("licence", "#d9f0d3", 0.8, "#1b7837", 2, false)),
        BLOCK(new Style("block", "#a6dba0", 0.9, "#00441b", 3, false)),
        OUTLINE(new Style("outline", "#e7d4e8", 0.6, "#762a83", 2.5, false)),
        SITE(new Style("site", "#92c5de", 0.75, "#2166ac", 2, false)),
        OUTSIDE(new Style("outside", "#e31a1c", 0.75, "#67000d", 1.5, false)),
        OVERLAP(new Style("overlap", "#e31a1c", 0.75, "#67000d", 1.5, false)),
        DISTANCE(new Style("distance", null, 1, "#e31a1c", 2.5, true));

        final Style style;

        Kind(Style style) {
            this.style = style;
        }

        String legendKey() {
            return "map.legend." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    record Layer(Kind kind, Geometry shape, String label) {}

    record Corner(String label, Coordinate at) {}

    private final Texts t;
    private final String title;
    private final String subtitle;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Corner> corners = new ArrayList<>();
    private final List<String> figure = new ArrayList<>();
    private final List<Coordinate> crossings = new ArrayList<>();
    private final Envelope focus = new Envelope();

    MapScene(Texts t, String title, String subtitle) {
        this.t = t;
        this.title = title;
        this.subtitle = subtitle;
    }

    void layer(Kind kind, Geometry shape, String label, boolean inFrame) {
        if (shape == null || shape.isEmpty()) return;
        layers.add(new Layer(kind, shape, label));
        if (inFrame) focus.expandToInclude(shape.getEnvelopeInternal());
    }

    /** Numbers the shape's corners (prefix + 1, 2, ...) on the map and lists them with survey X and Y. */
    void corners(String prefix, Geometry shape) {
        if (shape == null) return;
        int n = 1;
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            Geometry part = shape.getGeometryN(i);
            Coordinate[] cs = part instanceof Polygon p ? p.getExteriorRing().getCoordinates() : part.getCoordinates();
            int last =
                    part instanceof Polygon || part instanceof LineString l && l.isClosed() ? cs.length - 1 : cs.length;
            for (int k = 0; k < last; k++) corners.add(new Corner(prefix + n++, cs[k]));
        }
    }

    void crossing(Coordinate c) {
        crossings.add(c);
        focus.expandToInclude(c);
    }

    void figure(String line) {
        figure.add(line);
    }

    List<Layer> layers() {
        return layers;
    }

    List<String> figure() {
        return figure;
    }

    String title() {
        return title;
    }

    /** The map frame: the focus shapes with a margin, square, at least 100 m across. */
    private Envelope frame() {
        Envelope e = focus.isNull() ? new Envelope(0, 100, 0, 100) : new Envelope(focus);
        double side = Math.max(100, Math.max(e.getWidth(), e.getHeight()) * 1.2);
        double cx = e.centre().x;
        double cy = e.centre().y;
        return new Envelope(cx - side / 2, cx + side / 2, cy - side / 2, cy + side / 2);
    }

    void draw(Canvas c) {
        Envelope f = frame();
        double scale = MAP_SIZE / f.getWidth(); // pixels per metre
        Projection p = new Projection(f, scale);
        c.text(MAP_X, 34, title, 22, true, "#000000", Anchor.START, "title");
        c.text(MAP_X, 62, subtitle, 15, false, "#333333", Anchor.START, "subtitle");
        c.rect(MAP_X, MAP_Y, MAP_SIZE, MAP_SIZE, new Style("frame", "#fbfbf8", 1, "#555555", 1, false));
        c.clip(MAP_X, MAP_Y, MAP_SIZE, MAP_SIZE);
        for (Layer l : layers) draw(c, p, l);
        for (Layer l : layers) {
            if (l.label() == null) continue;
            Coordinate at = l.shape().getInteriorPoint().getCoordinate();
            if (l.shape() instanceof Point) at = new Coordinate(at.x, at.y);
            c.text(
                    p.x(at.x) + (l.shape() instanceof Point ? 10 : 0),
                    p.y(at.y),
                    l.label(),
                    13,
                    true,
                    l.kind().style.stroke(),
                    l.shape() instanceof Point ? Anchor.START : Anchor.MIDDLE,
                    "label " + l.kind().style.cssClass());
        }
        Style cross = new Style("crossing", "#ffffff", 1, "#e31a1c", 3, false);
        for (Coordinate x : crossings) {
            c.circle(p.x(x.x), p.y(x.y), 9, cross);
            c.line(p.x(x.x) - 6, p.y(x.y) - 6, p.x(x.x) + 6, p.y(x.y) + 6, cross);
            c.line(p.x(x.x) - 6, p.y(x.y) + 6, p.x(x.x) + 6, p.y(x.y) - 6, cross);
        }
        Style dot = new Style("corner", "#ffffff", 1, "#000000", 1, false);
        for (int i = 0; i < Math.min(corners.size(), MAX_CORNERS); i++) {
            Corner k = corners.get(i);
            c.circle(p.x(k.at().x), p.y(k.at().y), 3, dot);
            c.text(p.x(k.at().x) + 5, p.y(k.at().y) - 5, k.label(), 11, false, "#000000", Anchor.START, "corner-label");
        }
        c.unclip();
        north(c);
        scaleBar(c, scale);
        panel(c);
    }

    private static void draw(Canvas c, Projection p, Layer l) {
        Style s = l.kind().style;
        for (int i = 0; i < l.shape().getNumGeometries(); i++) {
            Geometry g = l.shape().getGeometryN(i);
            if (g instanceof Point pt) {
                c.circle(p.x(pt.getX()), p.y(pt.getY()), 7, s);
            } else if (g instanceof Polygon poly) {
                List<double[][]> rings = new ArrayList<>();
                rings.add(p.ring(poly.getExteriorRing().getCoordinates()));
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    rings.add(p.ring(poly.getInteriorRingN(h).getCoordinates()));
                }
                c.path(rings, true, s, l.label());
            } else if (g instanceof LineString line) {
                c.path(List.<double[][]>of(p.ring(line.getCoordinates())), false, s, l.label());
            } else {
                draw(c, p, new Layer(l.kind(), g, l.label())); // a nested collection
            }
        }
    }

    private void north(Canvas c) {
        double x = MAP_X + MAP_SIZE - 40;
        double y = MAP_Y + 20;
        Style dark = new Style("north-arrow", "#000000", 1, "#000000", 1, false);
        Style light = new Style("north-arrow", "#ffffff", 1, "#000000", 1, false);
        c.path(List.<double[][]>of(new double[][] {{x, y}, {x - 12, y + 44}, {x, y + 34}}), true, dark, null);
        c.path(List.<double[][]>of(new double[][] {{x, y}, {x + 12, y + 44}, {x, y + 34}}), true, light, null);
        c.text(x, y + 64, t.get("map.north"), 16, true, "#000000", Anchor.MIDDLE, "north");
    }

    /** A bar of a round length (1, 2 or 5 times a power of ten metres) about a quarter of the map wide. */
    private void scaleBar(Canvas c, double scale) {
        double target = MAP_SIZE / 4 / scale;
        double pow = Math.pow(10, Math.floor(Math.log10(target)));
        double metres = pow;
        for (double k : new double[] {1, 2, 5}) if (k * pow <= target) metres = k * pow;
        double w = metres * scale;
        double x = MAP_X + 20;
        double y = MAP_Y + MAP_SIZE - 24;
        Style black = new Style("scale-bar", "#000000", 1, "#000000", 1, false);
        Style white = new Style("scale-bar", "#ffffff", 1, "#000000", 1, false);
        c.rect(x, y, w / 2, 6, black);
        c.rect(x + w / 2, y, w / 2, 6, white);
        String label = metres >= 1000 ? fmt(metres / 1000) + " km" : fmt(metres) + " m";
        c.text(x, y - 6, "0", 12, false, "#000000", Anchor.MIDDLE, "scale");
        c.text(x + w, y - 6, label, 12, false, "#000000", Anchor.MIDDLE, "scale");
    }

    private void panel(Canvas c) {
        double y = MAP_Y + 6;
        c.text(PANEL_X, y + 14, t.get("map.measured"), 15, true, "#000000", Anchor.START, "heading");
        y += 44;
        for (String line : figure) {
            c.text(PANEL_X, y, line, 20, true, "#c00000", Anchor.START, "figure");
            y += 28;
        }
        y += 8;
        c.text(PANEL_X, y, t.get("map.legend"), 15, true, "#000000", Anchor.START, "heading");
        y += 10;
        Map<Kind, String> kinds = new LinkedHashMap<>();
        for (Layer l : layers)
            kinds.putIfAbsent(
                    l.kind(),
                    l.kind() == Kind.ZONE && l.label() != null
                            ? t.get(l.kind().legendKey()) + ": " + l.label()
                            : t.get(l.kind().legendKey()));
        for (Kind k : kinds.keySet()) {
            if (k == Kind.DISTANCE) {
                c.line(PANEL_X, y + 10, PANEL_X + 28, y + 10, k.style);
            } else {
                c.rect(PANEL_X, y + 2, 28, 16, k.style);
            }
            c.text(PANEL_X + 38, y + 15, kinds.get(k), 14, false, "#000000", Anchor.START, "legend");
            y += 24;
        }
        y += 14;
        c.text(PANEL_X, y, t.get("map.corners"), 15, true, "#000000", Anchor.START, "heading");
        y += 20;
        c.text(PANEL_X, y, t.get("map.corners.system"), 11, false, "#555555", Anchor.START, "note");
        y += 18;
        c.text(PANEL_X, y, t.get("map.corners.point"), 12, true, "#000000", Anchor.START, "corner-head");
        c.text(PANEL_X + 200, y, "X", 12, true, "#000000", Anchor.END, "corner-head");
        c.text(PANEL_X + 360, y, "Y", 12, true, "#000000", Anchor.END, "corner-head");
        y += 16;
        int shown = 0;
        for (Corner k : corners) {
            if (shown == MAX_CORNERS || y > HEIGHT - 20) {
                c.text(
                        PANEL_X,
                        y,
                        t.format("map.corners.more", corners.size() - shown),
                        12,
                        false,
                        "#555555",
                        Anchor.START,
                        "note");
                break;
            }
            c.text(PANEL_X, y, k.label(), 12, false, "#000000", Anchor.START, "corner");
            c.text(PANEL_X + 200, y, survey(k.at().y), 12, false, "#000000", Anchor.END, "corner");
            c.text(PANEL_X + 360, y, survey(k.at().x), 12, false, "#000000", Anchor.END, "corner");
            y += 16;
            shown++;
        }
    }

    private static String survey(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private String fmt(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(t.locale());
        f.setMaximumFractionDigits(1);
        return f.format(v);
    }

    /** Survey metres to pixels, north up. */
    private record Projection(Envelope frame, double scale) {
        double x(double e) {
            return MAP_X + (e - frame.getMinX()) * scale;
        }

        double y(double n) {
            return MAP_Y + (frame.getMaxY() - n) * scale;
        }

        double[][] ring(Coordinate[] cs) {
            double[][] out = new double[cs.length][];
            for (int i = 0; i < cs.length; i++) out[i] = new double[] {x(cs[i].x), y(cs[i].y)};
            return out;
        }
    }
}

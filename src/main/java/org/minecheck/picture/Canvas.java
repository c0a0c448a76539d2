package org.minecheck.picture;

import java.util.List;

/** Where a picture is drawn, in pixels from the top left: SVG text or a Java2D image, the same calls for both. */
interface Canvas {

    /** How a shape is filled and outlined; colours as #rrggbb, {@code fill} null for none. */
    record Style(String cssClass, String fill, double fillOpacity, String stroke, double strokeWidth, boolean dashed) {}

    enum Anchor {
        START,
        MIDDLE,
        END
    }

    /** Closed rings (even-odd filled, so a ring inside another is a hole) or, when not closed, polylines. */
    void path(List<double[][]> rings, boolean closed, Style style, String title);

    void circle(double x, double y, double r, Style style);

    void line(double x1, double y1, double x2, double y2, Style style);

    void rect(double x, double y, double w, double h, Style style);

    void text(double x, double y, String s, double size, boolean bold, String color, Anchor anchor, String cssClass);

    /** Everything drawn until {@link #unclip()} stays inside this rectangle. */
    void clip(double x, double y, double w, double h);

    void unclip();
}

package org.minecheck.picture;

import java.util.List;
import java.util.Locale;

/** A picture as plain SVG text (no library): every shape a path with its class, every text escaped. */
final class SvgCanvas implements Canvas {
    static final String FONTS = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',"
            + "'WenQuanYi Micro Hei',sans-serif";

    private final StringBuilder svg = new StringBuilder();
    private int clips;

    SvgCanvas(int width, int height, String title) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"")
                .append(FONTS)
                .append("\">\n<title>")
                .append(escape(title))
                .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    @Override
    public void path(List<double[][]> rings, boolean closed, Style style, String title) {
        StringBuilder d = new StringBuilder();
        for (double[][] ring : rings) {
            for (int i = 0; i < ring.length; i++) {
                d.append(i == 0 ? 'M' : 'L').append(n(ring[i][0])).append(',').append(n(ring[i][1]));
            }
            if (closed) d.append('Z');
        }
        svg.append("<path class=\"")
                .append(style.cssClass())
                .append("\" d=\"")
                .append(d)
                .append('"')
                .append(closed ? " fill-rule=\"evenodd\"" : "")
                .append(paint(style, closed));
        if (title == null) {
            svg.append("/>\n");
        } else {
            svg.append("><title>").append(escape(title)).append("</title></path>\n");
        }
    }

    @Override
    public void circle(double x, double y, double r, Style style) {
        element("circle", style.cssClass(), "cx", x, "cy", y, "r", r);
        svg.append(paint(style, true)).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Style style) {
        element("line", style.cssClass(), "x1", x1, "y1", y1, "x2", x2, "y2", y2);
        svg.append(paint(style, false)).append("/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, Style style) {
        element("rect", style.cssClass(), "x", x, "y", y, "width", w, "height", h);
        svg.append(paint(style, true)).append("/>\n");
    }

    @Override
    public void text(
            double x, double y, String s, double size, boolean bold, String color, Anchor anchor, String cssClass) {
        element("text", cssClass, "x", x, "y", y, "font-size", size);
        svg.append(" fill=\"").append(color).append('"');
        if (bold) svg.append(" font-weight=\"bold\"");
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"")
                    .append(anchor == Anchor.MIDDLE ? "middle" : "end")
                    .append('"');
        }
        svg.append('>').append(escape(s)).append("</text>\n");
    }

    /**
     * Opens {@code <name class="…" a="v" …} with numeric attributes given as name/value pairs; the caller adds the
     * rest and closes the element.
     */
    private void element(String name, String cssClass, Object... numericAttributes) {
        svg.append('<').append(name);
        if (cssClass != null) svg.append(" class=\"").append(cssClass).append('"');
        for (int i = 0; i < numericAttributes.length; i += 2) {
            svg.append(' ')
                    .append(numericAttributes[i])
                    .append("=\"")
                    .append(n((Double) numericAttributes[i + 1]))
                    .append('"');
        }
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        String id = "clip" + (++clips);
        svg.append("<clipPath id=\"").append(id).append("\">");
        element("rect", null, "x", x, "y", y, "width", w, "height", h);
        svg.append("/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
    }

    @Override
    public void unclip() {
        svg.append("</g>\n");
    }

    String finish() {
        return svg.append("</svg>\n").toString();
    }

    private static String paint(Style s, boolean fillable) {
        StringBuilder p = new StringBuilder();
        if (fillable && s.fill() != null) {
            p.append(" fill=\"").append(s.fill()).append('"');
            if (s.fillOpacity() < 1)
                p.append(" fill-opacity=\"").append(n(s.fillOpacity())).append('"');
        } else {
            p.append(" fill=\"none\"");
        }
        if (s.stroke() != null) {
            p.append(" stroke=\"")
                    .append(s.stroke())
                    .append("\" stroke-width=\"")
                    .append(n(s.strokeWidth()))
                    .append('"');
            if (s.dashed()) p.append(" stroke-dasharray=\"6,4\"");
        }
        return p.toString();
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Text as XML character data or attribute value; characters XML 1.0 cannot hold are dropped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000 && c <= 0x10FFFF) b.appendCodePoint(c);
                }
            }
        });
        return b.toString();
    }
}

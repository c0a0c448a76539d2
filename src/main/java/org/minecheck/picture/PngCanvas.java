package org.minecheck.picture;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/** A picture drawn with Java2D into an image (headless), written as PNG. */
final class PngCanvas implements Canvas {
    /** A CJK font Debian's fonts-noto-cjk installs, else the logical sans-serif font (which maps to what exists). */
    static final String FONT_FAMILY = cjkFamily();

    private final BufferedImage image;
    private final Graphics2D g;

    PngCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    private static String cjkFamily() {
        try {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            for (String wanted :
                    List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei")) {
                if (Arrays.asList(names).contains(wanted)) return wanted;
            }
        } catch (Throwable e) {
            // no font configuration at all: the logical font below is the best there is
        }
        return Font.SANS_SERIF;
    }

    @Override
    public void path(List<double[][]> rings, boolean closed, Style style, String title) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[][] ring : rings) {
            for (int i = 0; i < ring.length; i++) {
                if (i == 0) p.moveTo(ring[i][0], ring[i][1]);
                else p.lineTo(ring[i][0], ring[i][1]);
            }
            if (closed) p.closePath();
        }
        paint(p, style, closed);
    }

    @Override
    public void circle(double x, double y, double r, Style style) {
        paint(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), style, true);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Style style) {
        paint(new Line2D.Double(x1, y1, x2, y2), style, false);
    }

    @Override
    public void rect(double x, double y, double w, double h, Style style) {
        paint(new Rectangle2D.Double(x, y, w, h), style, true);
    }

    @Override
    public void text(
            double x, double y, String s, double size, boolean bold, String color, Anchor anchor, String cssClass) {
        g.setFont(new Font(FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
        FontMetrics m = g.getFontMetrics();
        double w = m.stringWidth(s);
        double at = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
        g.setColor(color(color, 1));
        g.drawString(s, (float) at, (float) y);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(null);
    }

    private void paint(Shape shape, Style s, boolean fillable) {
        if (fillable && s.fill() != null) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) s.fillOpacity()));
            g.setColor(color(s.fill(), 1));
            g.fill(shape);
            g.setComposite(AlphaComposite.SrcOver);
        }
        if (s.stroke() != null) {
            g.setColor(color(s.stroke(), 1));
            g.setStroke(
                    s.dashed()
                            ? new BasicStroke(
                                    (float) s.strokeWidth(),
                                    BasicStroke.CAP_BUTT,
                                    BasicStroke.JOIN_MITER,
                                    10f,
                                    new float[] {6f, 4f},
                                    0f)
                            : new BasicStroke((float) s.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    private static Color color(String hex, double alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, (int) Math.round(alpha * 255));
    }

    byte[] finish() {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

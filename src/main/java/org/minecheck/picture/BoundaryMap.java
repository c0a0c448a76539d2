package org.minecheck.picture;

import org.minecheck.finding.Finding;

/**
 * The map of one boundary finding: its file name stem (safe as a file name, from the finding key) and the picture as
 * SVG text or PNG bytes, each drawn when asked for.
 */
public final class BoundaryMap {
    private final Finding finding;
    private final String fileStem;
    private final MapScene scene;

    BoundaryMap(Finding finding, String fileStem, MapScene scene) {
        this.finding = finding;
        this.fileStem = fileStem;
        this.scene = scene;
    }

    public Finding finding() {
        return finding;
    }

    /** A file name without extension: letters, digits, '.', '_', '-' and '+' only; never a path. */
    public String fileStem() {
        return fileStem;
    }

    public int width() {
        return MapScene.WIDTH;
    }

    public int height() {
        return MapScene.HEIGHT;
    }

    public String svg() {
        SvgCanvas c = new SvgCanvas(MapScene.WIDTH, MapScene.HEIGHT, scene.title());
        scene.draw(c);
        return c.finish();
    }

    public byte[] png() {
        PngCanvas c = new PngCanvas(MapScene.WIDTH, MapScene.HEIGHT);
        scene.draw(c);
        return c.finish();
    }
}

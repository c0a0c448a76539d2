package org.minecheck.picture;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleRunner;
import org.minecheck.finding.Finding;
import org.minecheck.geometry.CoordinateBounds;
import org.minecheck.geometry.GeometryAnalyzer;
import org.minecheck.geometry.Shapes;
import org.minecheck.i18n.Texts;
import org.minecheck.model.Dataset;
import org.minecheck.model.ShapeOwner;
import org.minecheck.model.WorkingSite;
import org.minecheck.picture.MapScene.Kind;

/**
 * Maps of boundary (BND) findings, drawn from the shapes the geometry pass built from the same corner points with the
 * same code (never a copy of it): the licence's blocks, the working site, the forbidden zone, and the part outside or
 * overlapping (JTS difference or intersection), with the figure the rule measured. No tiles, no network; the
 * rendering service the report, the web page and the inspection documents call.
 */
public final class BoundaryMaps {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final int MAX_STEM = 80;

    private final CoordinateBounds bounds;

    public BoundaryMaps(CoordinateBounds bounds) {
        this.bounds = bounds;
    }

    /** With the coordinate bounds of the rule pack the check ran with, so shapes are built as it built them. */
    public static BoundaryMaps of(RuleBook book) {
        return new BoundaryMaps(RuleRunner.bounds(book));
    }

    public static boolean draws(Finding f) {
        return f.ruleId().startsWith("BND-");
    }

    /** One map per boundary finding, in the findings' order; none when the check read no dataset. */
    public List<BoundaryMap> draw(CheckResult result, Texts t) {
        List<BoundaryMap> maps = new ArrayList<>();
        if (result.dataset() == null || result.findings().stream().noneMatch(BoundaryMaps::draws)) return maps;
        Dataset d = result.dataset();
        Shapes shapes = new GeometryAnalyzer(d, bounds, result.checkDate()).shapes();
        Set<String> stems = new HashSet<>();
        for (Finding f : result.findings()) {
            if (!draws(f)) continue;
            String stem = fileStem(f.key().toString());
            if (!stems.add(stem)) stem = stem + "-" + hash(f.key() + "#" + stems.size());
            stems.add(stem);
            maps.add(new BoundaryMap(f, stem, scene(f, d, shapes, t)));
        }
        return maps;
    }

    /**
     * A file name stem from a finding key: characters other than ASCII letters, digits, '.', '_', '-' and '+' become
     * '_' (a '/' too, so it can never name a directory), no leading dot, at most 80 characters; when anything was
     * replaced or cut, a short digest of the whole key keeps two keys apart.
     */
    public static String fileStem(String key) {
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        for (char c : key.toCharArray()) {
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+');
            if (c == '/') b.append('_');
            else if (ok) b.append(c);
            else {
                b.append('_');
                changed = true;
            }
        }
        while (!b.isEmpty() && b.charAt(0) == '.') {
            b.setCharAt(0, '_');
            changed = true;
        }
        if (b.length() > MAX_STEM) {
            b.setLength(MAX_STEM);
            changed = true;
        }
        if (b.isEmpty()) changed = true;
        return changed ? b + "-" + hash(key) : b.toString();
    }

    private static String hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private MapScene scene(Finding f, Dataset d, Shapes shapes, Texts t) {
        String subjectLabel = label(f.subject().type(), t);
        String name = f.subject().name(t.locale());
        String title = f.ruleId() + "  " + subjectLabel + " " + f.subject().id()
                + (name == null || name.isBlank() || name.equals(subjectLabel) ? "" : " " + name);
        String enterprise =
                f.subject().enterpriseName() == null ? "" : f.subject().enterpriseName();
        MapScene s = new MapScene(t, title, enterprise + (enterprise.isEmpty() ? "" : " · ") + f.key());
        Object zoneId = f.evidenceValue("zone");
        Geometry zone = zoneId == null ? null : shapes.zone(zoneId.toString());
        if ("site".equals(f.subject().type())) {
            site(s, f, d, shapes, zone, t);
        } else if ("licence".equals(f.subject().type())) {
            licence(s, f, shapes, zone, t);
        }
        for (String line : figure(f, t)) s.figure(line);
        return s;
    }

    private void site(MapScene s, Finding f, Dataset d, Shapes shapes, Geometry zone, Texts t) {
        Geometry site = shapes.site(f.subject().id());
        String mineId = d.sites.stream()
                .filter(w -> w.id().equals(f.subject().id()))
                .map(WorkingSite::mineId)
                .findFirst()
                .orElse(null);
        List<String> own = mineId == null ? List.of() : shapes.licencesOfMine(mineId, f.conductDate());
        Object other = f.evidenceValue("otherLicence");
        if (zone != null) s.layer(Kind.ZONE, zone, zoneName(f), false);
        if (other != null) licenceBlocks(s, Kind.OTHER_LICENCE, other.toString(), shapes, false, null);
        Object lapsed = f.evidenceValue("lapsedLicence");
        if (lapsed != null) licenceBlocks(s, Kind.OTHER_LICENCE, lapsed.toString(), shapes, false, null);
        Object block = f.evidenceValue("block");
        Object blockLicence = f.evidenceValue("licence");
        for (String lic : own) {
            licenceBlocks(
                    s, Kind.LICENCE, lic, shapes, zone == null, Objects.equals(lic, str(blockLicence)) ? block : null);
        }
        List<Geometry> areas =
                own.stream().map(shapes::licenceArea).filter(Objects::nonNull).toList();
        Geometry area = areas.isEmpty() ? null : areas.size() == 1 ? areas.get(0) : UnaryUnionOp.union(areas);
        s.layer(Kind.SITE, site, null, true);
        s.corners("S", site);
        if (site == null) return;
        if (zone != null) {
            s.layer(Kind.OVERLAP, overlay(site, zone, OverlayNG.INTERSECTION), null, true);
        } else if (area != null && f.ruleId().equals("BND-001")) {
            if (site.getDimension() == 0) {
                Coordinate[] near = DistanceOp.nearestPoints(area, site);
                s.layer(Kind.DISTANCE, GF.createLineString(near), null, true);
            } else {
                s.layer(Kind.OUTSIDE, overlay(site, area, OverlayNG.DIFFERENCE), null, true);
            }
        }
        if (area != null && own.size() == 1) s.corners("L", shapes.licenceArea(own.get(0)));
    }

    private void licence(MapScene s, Finding f, Shapes shapes, Geometry zone, Texts t) {
        String lic = f.subject().id();
        Geometry area = shapes.licenceArea(lic);
        if (zone != null) s.layer(Kind.ZONE, zone, zoneName(f), area == null);
        if (area != null) {
            licenceBlocks(s, Kind.LICENCE, lic, shapes, true, null);
            if (zone != null) s.layer(Kind.OVERLAP, overlay(area, zone, OverlayNG.INTERSECTION), null, true);
            s.corners("L", area);
            return;
        }
        // Unusable (BND-004): the rings as given, and where a ring crosses itself.
        List<Geometry> rings = shapes.outline(ShapeOwner.LICENCE, lic);
        for (Geometry g : rings) {
            s.layer(Kind.OUTLINE, g, null, true);
            s.corners("L", g);
            if (g instanceof Polygon p) {
                TopologyValidationError err = new IsValidOp(p).getValidationError();
                if (err != null && err.getCoordinate() != null) s.crossing(err.getCoordinate());
            }
        }
    }

    private static void licenceBlocks(MapScene s, Kind kind, String lic, Shapes shapes, boolean inFrame, Object block) {
        Map<Integer, Polygon> blocks = shapes.licenceBlocks(lic);
        blocks.forEach((no, poly) -> {
            boolean highlighted = block != null && Objects.equals(str(block), String.valueOf(no));
            String label = blocks.size() > 1 ? lic + " #" + no : lic;
            s.layer(highlighted ? Kind.BLOCK : kind, poly, label, inFrame);
        });
    }

    private static Geometry overlay(Geometry a, Geometry b, int op) {
        return OverlayNGRobust.overlay(a, b, op);
    }

    private static String zoneName(Finding f) {
        Object name = f.evidenceValue("zoneName");
        return name == null ? str(f.evidenceValue("zone")) : name.toString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String label(String subjectType, Texts t) {
        for (ShapeOwner o : ShapeOwner.values()) if (o.code().equals(subjectType)) return o.text(t.locale());
        return subjectType;
    }

    /** The measured figure from the finding's evidence, one line per value the rule judged. */
    private static List<String> figure(Finding f, Texts t) {
        List<String> lines = new ArrayList<>();
        for (String name : List.of(
                "outsideArea",
                "outsideDistance",
                "overlapArea",
                "metresBelow",
                "siteArea",
                "lowestElevation",
                "bottomElevation")) {
            Object v = f.evidenceValue(name);
            if (v != null) lines.add(t.format("map.figure." + name, number(v, t)));
        }
        Object problem = f.evidenceValue("problem");
        if (problem != null) {
            String text = t.find("map.problem." + problem);
            lines.add(text == null ? problem.toString() : text);
            Object detail = f.evidenceValue("detail");
            if (detail != null && !detail.toString().isBlank()) lines.add(detail.toString());
        }
        return lines;
    }

    private static String number(Object v, Texts t) {
        if (!(v instanceof Number n)) return String.valueOf(v);
        NumberFormat f = NumberFormat.getNumberInstance(t.locale());
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(n instanceof BigDecimal b && b.scale() > 0 ? 1 : 0);
        return f.format(n);
    }
}

package org.minecheck.geometry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.minecheck.model.*;

/**
 * The geometry pass: builds licence blocks, sites, zones and historical patches from corner points (JTS), then measures
 * what the boundary rules judge — area or distance outside the licence, the block a site lies in, overlaps with
 * forbidden zones, historical patches inside licences. Spatial indexes keep a province near-linear.
 */
public final class GeometryAnalyzer {
    private static final GeometryFactory GF = new GeometryFactory();

    private final Dataset d;
    private final CoordinateBounds bounds;
    private final DerivedFacts out = new DerivedFacts();

    /** Usable polygons of each mining licence's blocks, by licence number then block number. */
    private final Map<String, Map<Integer, Polygon>> licenceBlocks = new HashMap<>();
    private final Map<String, LicenceBlock> blockRows = new HashMap<>();
    private final STRtree blockIndex = new STRtree();

    private record IndexedBlock(String licenceNumber, String mineId, int blockNo, PreparedGeometry shape) {}

    public GeometryAnalyzer(Dataset d, CoordinateBounds bounds) {
        this.d = d;
        this.bounds = bounds;
    }

    private Map<String, List<List<CornerPoint>>> rings;
    private Map<String, String> licenceMine;
    private Map<String, Geometry> sites;
    private Map<String, Polygon> zones;

    public DerivedFacts analyze() {
        build();
        sitesAgainstLicences(sites, licenceMine);
        zoneOverlaps(zones, sites, licenceMine);
        historicalPatches(rings, licenceMine);
        return out;
    }

    /**
     * The shapes exactly as the measurements use them (licence blocks, sites, zones), without measuring: for drawing
     * what a boundary finding is about.
     */
    public Shapes shapes() {
        build();
        Map<String, List<String>> licencesOfMine = new HashMap<>();
        licenceMine.forEach((lic, mine) -> {
            if (licenceBlocks.containsKey(lic)) licencesOfMine.computeIfAbsent(mine, k -> new ArrayList<>()).add(lic);
        });
        licencesOfMine.values().forEach(l -> l.sort(null));
        Map<String, List<Polygon>> zoneRings = new TreeMap<>();
        zones.forEach((k, p) -> zoneRings.computeIfAbsent(k.contains("#") ? k.substring(0, k.indexOf('#')) : k,
                z -> new ArrayList<>()).add(p));
        Map<String, Geometry> zoneShapes = new HashMap<>();
        zoneRings.forEach((id, list) -> zoneShapes.put(id, union(list)));
        return new Shapes(licenceBlocks, licencesOfMine, sites, zoneShapes, this::licenceArea, this::outline);
    }

    /** Builds every shape once: licence blocks (and their index), sites and zones, recording unusable ones. */
    private void build() {
        if (rings != null) return;
        rings = rings();
        licenceMine = new HashMap<>();
        for (Licence l : d.licences) if (l.kind() == LicenceKind.MINING) licenceMine.put(l.number(), l.mineId());
        buildLicences(rings, licenceMine);
        sites = buildSites(rings);
        zones = buildSimple(rings, ShapeOwner.ZONE);
        // A zone with no corner points at all would otherwise drop out of the overlap check unseen.
        for (ForbiddenZone z : d.zones) {
            if (!rings.containsKey(key(ShapeOwner.ZONE, z.id()))) {
                out.shapeProblems.add(new ShapeProblem(ShapeOwner.ZONE, z.id(), "missing", "", z.origin()));
            }
        }
    }

    /** An owner's rings as given, closed but not checked (a boundary that crosses itself stays crossed). */
    private List<Geometry> outline(ShapeOwner owner, String id) {
        List<Geometry> shapes = new ArrayList<>();
        for (List<CornerPoint> ring : rings.getOrDefault(key(owner, id), List.of())) {
            List<Coordinate> coords = new ArrayList<>();
            for (CornerPoint p : ring) coords.add(new Coordinate(p.y(), p.x()));
            if (!coords.get(0).equals2D(coords.get(coords.size() - 1))) coords.add(coords.get(0));
            Coordinate[] c = coords.toArray(Coordinate[]::new);
            shapes.add(c.length >= 4 ? GF.createPolygon(c) : GF.createLineString(c));
        }
        return shapes;
    }

    private static String key(ShapeOwner owner, String id) {
        return owner.code() + "|" + id;
    }

    /** Corner points grouped by owner, then ring number, each ring in point order. */
    private Map<String, List<List<CornerPoint>>> rings() {
        Map<String, TreeMap<Integer, List<CornerPoint>>> grouped = new LinkedHashMap<>();
        for (CornerPoint p : d.cornerPoints) {
            grouped.computeIfAbsent(key(p.ownerType(), p.ownerId()), k -> new TreeMap<>())
                    .computeIfAbsent(p.ringNo(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<List<CornerPoint>>> out = new HashMap<>();
        grouped.forEach((k, byRing) -> {
            List<List<CornerPoint>> list = new ArrayList<>();
            byRing.values().forEach(r -> {
                r.sort(Comparator.comparingInt(CornerPoint::pointNo));
                list.add(r);
            });
            out.put(k, list);
        });
        return out;
    }

    /** A ring as a polygon, or null after recording why it cannot be used. */
    private Polygon polygon(List<CornerPoint> ring) {
        CornerPoint first = ring.get(0);
        for (CornerPoint p : ring) {
            if (!bounds.contains(p.x(), p.y())) {
                out.shapeProblems.add(new ShapeProblem(first.ownerType(), first.ownerId(), "out-of-range",
                        "X=" + plain(p.x()) + ", Y=" + plain(p.y()) + " (#" + p.pointNo() + ")", p.origin()));
                return null;
            }
        }
        List<Coordinate> coords = new ArrayList<>();
        for (CornerPoint p : ring) coords.add(new Coordinate(p.y(), p.x()));
        if (!coords.get(0).equals2D(coords.get(coords.size() - 1))) coords.add(coords.get(0));
        if (coords.size() < 4) {
            out.shapeProblems.add(new ShapeProblem(first.ownerType(), first.ownerId(), "too-few-points",
                    String.valueOf(ring.size()), first.origin()));
            return null;
        }
        Polygon poly = GF.createPolygon(coords.toArray(Coordinate[]::new));
        TopologyValidationError err = new IsValidOp(poly).getValidationError();
        if (err != null) {
            Coordinate at = err.getCoordinate();
            out.shapeProblems.add(new ShapeProblem(first.ownerType(), first.ownerId(), "self-intersection",
                    at == null ? err.getMessage() : "X=" + plain(centimetres(at.y)) + ", Y=" + plain(centimetres(at.x)), first.origin()));
            return null;
        }
        return poly;
    }

    private void buildLicences(Map<String, List<List<CornerPoint>>> rings, Map<String, String> licenceMine) {
        Map<String, List<LicenceBlock>> blocksByLicence = new HashMap<>();
        for (LicenceBlock b : d.blocks) {
            blocksByLicence.computeIfAbsent(b.licenceNumber(), k -> new ArrayList<>()).add(b);
            blockRows.put(b.licenceNumber() + "|" + b.blockNo(), b);
        }
        for (Licence l : d.licences) {
            if (l.kind() != LicenceKind.MINING) continue;
            List<List<CornerPoint>> licenceRings = rings.get(key(ShapeOwner.LICENCE, l.number()));
            if (licenceRings == null || !blocksByLicence.containsKey(l.number())) {
                out.shapeProblems.add(new ShapeProblem(ShapeOwner.LICENCE, l.number(), "missing", "", l.origin()));
                continue;
            }
            Map<Integer, Polygon> blocks = new TreeMap<>();
            boolean ok = true;
            for (List<CornerPoint> ring : licenceRings) {
                Polygon p = polygon(ring);
                if (p == null) ok = false;
                else blocks.put(ring.get(0).ringNo(), p);
            }
            for (LicenceBlock b : blocksByLicence.get(l.number())) {
                if (!blocks.containsKey(b.blockNo()) && ok) {
                    out.shapeProblems.add(new ShapeProblem(ShapeOwner.LICENCE, l.number(), "missing",
                            "#" + b.blockNo(), b.origin()));
                    ok = false;
                }
            }
            if (!ok) continue;
            licenceBlocks.put(l.number(), blocks);
            blocks.forEach((no, poly) -> blockIndex.insert(poly.getEnvelopeInternal(),
                    new IndexedBlock(l.number(), licenceMine.get(l.number()), no, PreparedGeometryFactory.prepare(poly))));
        }
        blockIndex.build();
    }

    private Map<String, Geometry> buildSites(Map<String, List<List<CornerPoint>>> rings) {
        Map<String, Geometry> sites = new HashMap<>();
        for (WorkingSite s : d.sites) {
            List<List<CornerPoint>> r = rings.get(key(ShapeOwner.SITE, s.id()));
            if (r != null) {
                List<Polygon> polys = new ArrayList<>();
                for (List<CornerPoint> ring : r) {
                    Polygon p = polygon(ring);
                    if (p != null) polys.add(p);
                }
                if (polys.size() == r.size()) sites.put(s.id(), UnaryUnionOp.union(polys));
            } else if (s.x() != null && s.y() != null) {
                if (bounds.contains(s.x(), s.y())) {
                    sites.put(s.id(), GF.createPoint(new Coordinate(s.y(), s.x())));
                } else {
                    out.shapeProblems.add(new ShapeProblem(ShapeOwner.SITE, s.id(), "out-of-range",
                            "X=" + plain(s.x()) + ", Y=" + plain(s.y()), s.origin()));
                }
            } else {
                out.shapeProblems.add(new ShapeProblem(ShapeOwner.SITE, s.id(), "missing", "", s.origin()));
            }
        }
        return sites;
    }

    private Map<String, Polygon> buildSimple(Map<String, List<List<CornerPoint>>> rings, ShapeOwner owner) {
        Map<String, Polygon> shapes = new HashMap<>();
        rings.forEach((k, list) -> {
            if (!k.startsWith(owner.code() + "|")) return;
            String id = k.substring(owner.code().length() + 1);
            for (List<CornerPoint> ring : list) {
                Polygon p = polygon(ring);
                if (p != null) shapes.put(list.size() == 1 ? id : id + "#" + ring.get(0).ringNo(), p);
            }
        });
        return shapes;
    }

    /** Each licence's area, computed once (it is needed for its sites and again for zone overlaps). */
    private final Map<String, Geometry> licenceAreas = new HashMap<>();

    private Geometry licenceArea(String licenceNumber) {
        return licenceAreas.computeIfAbsent(licenceNumber, n -> union(licenceBlocks.get(n).values()));
    }

    /** The union of shapes; a single shape is its own union (skipping the overlay is most of the saving). */
    private static Geometry union(java.util.Collection<? extends Geometry> shapes) {
        return shapes.size() == 1 ? shapes.iterator().next() : UnaryUnionOp.union(new ArrayList<>(shapes));
    }

    private void sitesAgainstLicences(Map<String, Geometry> sites, Map<String, String> licenceMine) {
        Map<String, List<String>> licencesOfMine = new HashMap<>();
        licenceMine.forEach((lic, mine) -> {
            if (licenceBlocks.containsKey(lic)) licencesOfMine.computeIfAbsent(mine, k -> new ArrayList<>()).add(lic);
        });
        licencesOfMine.values().forEach(l -> l.sort(null));
        // The mine's area, prepared: a site inside it (most sites) is known to be 0 outside without measuring.
        Map<String, PreparedGeometry> mineAreas = new HashMap<>();
        for (WorkingSite s : d.sites) {
            Geometry site = sites.get(s.id());
            List<String> own = licencesOfMine.get(s.mineId());
            if (site == null || own == null) continue;
            PreparedGeometry area = mineAreas.computeIfAbsent(s.mineId(), m -> PreparedGeometryFactory.prepare(
                    union(own.stream().map(this::licenceArea).toList())));
            BigDecimal outsideArea = BigDecimal.ZERO.setScale(1);
            BigDecimal outsideDistance = BigDecimal.ZERO.setScale(1);
            BigDecimal siteArea = round(site.getArea());
            if (site instanceof Point) {
                if (!area.intersects(site)) outsideDistance = round(area.getGeometry().distance(site));
            } else if (!area.contains(site)) {
                outsideArea = round(OverlayNGRobust.overlay(site, area.getGeometry(), OverlayNG.DIFFERENCE).getArea());
            }
            @SuppressWarnings("unchecked")
            List<Object> nearby = blockIndex.query(site.getEnvelopeInternal());
            String other = otherLicence(site, own, nearby);
            out.sitesOutside.add(new SiteOutsideLicence(s.id(), s.mineId(), own.get(0), siteArea, outsideArea,
                    outsideDistance, other));
            blockOf(s, site, own, nearby);
        }
    }

    /** Another holder's licence the site reaches into (entering another's area), or null. */
    private String otherLicence(Geometry site, List<String> own, List<Object> nearby) {
        String found = null;
        for (Object o : nearby) {
            IndexedBlock b = (IndexedBlock) o;
            if (own.contains(b.licenceNumber())) continue;
            boolean meets = site instanceof Point ? b.shape().contains(site)
                    : b.shape().intersects(site) && OverlayNGRobust.overlay(site, b.shape().getGeometry(),
                    OverlayNG.INTERSECTION).getArea() > 0;
            if (meets && (found == null || b.licenceNumber().compareTo(found) < 0)) found = b.licenceNumber();
        }
        return found;
    }

    private void blockOf(WorkingSite s, Geometry site, List<String> own, List<Object> nearby) {
        List<IndexedBlock> meeting = new ArrayList<>(2);
        for (Object o : nearby) {
            IndexedBlock b = (IndexedBlock) o;
            if (own.contains(b.licenceNumber()) && b.shape().intersects(site)) meeting.add(b);
        }
        IndexedBlock best = meeting.size() == 1 ? meeting.get(0) : null;  // one candidate: no area to compare
        double bestArea = -1;
        for (IndexedBlock b : meeting.size() > 1 ? meeting : List.<IndexedBlock>of()) {
            double a = site instanceof Point ? 0 : OverlayNGRobust.overlay(site, b.shape().getGeometry(),
                    OverlayNG.INTERSECTION).getArea();
            if (a > bestArea || (a == bestArea && best != null && b.blockNo() < best.blockNo())) {
                best = b;
                bestArea = a;
            }
        }
        if (best == null) return;
        LicenceBlock row = blockRows.get(best.licenceNumber() + "|" + best.blockNo());
        out.sitesInBlocks.add(new SiteInBlock(s.id(), best.licenceNumber(), best.blockNo(), row.topElevation(),
                row.bottomElevation(), row.origin()));
    }

    private void zoneOverlaps(Map<String, Polygon> zones, Map<String, Geometry> sites, Map<String, String> licenceMine) {
        Map<String, ForbiddenZone> zoneRows = new HashMap<>();
        for (ForbiddenZone z : d.zones) zoneRows.put(z.id(), z);
        STRtree index = new STRtree();
        zones.forEach((id, poly) -> index.insert(poly.getEnvelopeInternal(),
                Map.entry(id, PreparedGeometryFactory.prepare(poly))));
        index.build();
        for (String lic : new TreeMap<>(licenceBlocks).keySet()) {
            Geometry area = licenceArea(lic);
            overlaps(index, zoneRows, ShapeOwner.LICENCE, lic, licenceMine.get(lic), area);
        }
        for (WorkingSite s : d.sites) {
            Geometry g = sites.get(s.id());
            if (g != null) overlaps(index, zoneRows, ShapeOwner.SITE, s.id(), s.mineId(), g);
        }
    }

    @SuppressWarnings("unchecked")
    private void overlaps(STRtree index, Map<String, ForbiddenZone> zoneRows, ShapeOwner type, String id, String mineId,
                          Geometry g) {
        List<Object> near = index.query(g.getEnvelopeInternal());
        if (near.isEmpty()) return;  // most sites: no zone nearby, nothing to allocate
        Map<String, BigDecimal> areaByZone = new TreeMap<>();
        Map<String, Boolean> pointIn = new HashMap<>();
        for (Object o : near) {
            var e = (Map.Entry<String, PreparedGeometry>) o;
            if (!e.getValue().intersects(g)) continue;
            String zoneId = e.getKey().contains("#") ? e.getKey().substring(0, e.getKey().indexOf('#')) : e.getKey();
            double a = g instanceof Point ? 0
                    : OverlayNGRobust.overlay(g, e.getValue().getGeometry(), OverlayNG.INTERSECTION).getArea();
            areaByZone.merge(zoneId, round(a), BigDecimal::add);
            if (g instanceof Point && e.getValue().contains(g)) pointIn.put(zoneId, true);
        }
        areaByZone.forEach((zoneId, a) -> {
            ForbiddenZone z = zoneRows.get(zoneId);
            if (z == null) return;
            out.zoneOverlaps.add(new ZoneOverlap(type, id, mineId, zoneId, z.name(), z.type(), a,
                    pointIn.getOrDefault(zoneId, false), z.origin()));
        });
    }

    private void historicalPatches(Map<String, List<List<CornerPoint>>> rings, Map<String, String> licenceMine) {
        for (HistoricalMine h : d.historicalMines) {
            Geometry g;
            List<List<CornerPoint>> r = rings.get(key(ShapeOwner.HISTORICAL, h.id()));
            if (r != null) {
                List<Polygon> polys = new ArrayList<>();
                for (List<CornerPoint> ring : r) {
                    Polygon p = polygon(ring);
                    if (p != null) polys.add(p);
                }
                if (polys.isEmpty()) continue;
                g = UnaryUnionOp.union(polys);
            } else if (h.x() != null && h.y() != null && bounds.contains(h.x(), h.y())) {
                g = GF.createPoint(new Coordinate(h.y(), h.x()));
            } else {
                continue;
            }
            Map<String, Double> byLicence = new TreeMap<>();
            Map<String, Boolean> pointIn = new HashMap<>();
            for (Object o : blockIndex.query(g.getEnvelopeInternal())) {
                IndexedBlock b = (IndexedBlock) o;
                if (!b.shape().intersects(g)) continue;
                double a = g instanceof Point ? 0
                        : OverlayNGRobust.overlay(g, b.shape().getGeometry(), OverlayNG.INTERSECTION).getArea();
                byLicence.merge(b.licenceNumber(), a, Double::sum);
                if (g instanceof Point && b.shape().contains(g)) pointIn.put(b.licenceNumber(), true);
            }
            Geometry patch = g;
            byLicence.forEach((lic, a) -> out.patchesInLicences.add(new PatchInLicence(h.id(), lic,
                    licenceMine.get(lic), round(a), round(patch.getArea()), pointIn.getOrDefault(lic, false))));
        }
    }

    static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }

    /** A computed point (where a boundary crosses itself) to the centimetre, as corner points are given. */
    private static double centimetres(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

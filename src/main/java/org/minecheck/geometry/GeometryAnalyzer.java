package org.minecheck.geometry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.minecheck.finding.SourceRows;
import org.minecheck.model.*;

/**
 * The geometry pass as of a check date: builds licence blocks, sites, zones and historical patches from corner points
 * (JTS), then measures what the boundary rules judge. A site is judged against the blocks of its mine's mining
 * licences in force on its conduct date (its observation date, else the check date): an expired, revoked, suspended
 * or cancelled licence's area counts as outside. A site observed after the check date is not yet known to the check.
 * Licence areas meet forbidden zones only while in force on the check date; a historical patch inside a licence is
 * reported with whether that licence is in force. Spatial indexes keep a province near-linear.
 */
public final class GeometryAnalyzer {
    private static final GeometryFactory GF = new GeometryFactory();

    private final Dataset d;
    private final CoordinateBounds bounds;
    private final LocalDate checkDate;
    private final DerivedFacts out = new DerivedFacts();

    /** Usable polygons of each mining licence's blocks, by licence number then block number (every licence). */
    private final Map<String, Map<Integer, Polygon>> licenceBlocks = new HashMap<>();
    /** Why a licence's geometry cannot be used; reported only for licences a check needs (see {@link #needed}). */
    private final Map<String, List<ShapeProblem>> licenceProblems = new LinkedHashMap<>();
    /** Licences whose geometry a judgement needed: a broken one of these is a BND-004 finding. */
    private final Set<String> needed = new HashSet<>();

    private final Map<String, Licence> miningLicences = new HashMap<>();
    private final Map<String, LicenceBlock> blockRows = new HashMap<>();
    private final STRtree blockIndex = new STRtree();
    private Map<String, List<List<CornerPoint>>> rings;

    private record IndexedBlock(Licence licence, int blockNo, PreparedGeometry shape) {
        String number() {
            return licence.number();
        }
    }

    public GeometryAnalyzer(Dataset d, CoordinateBounds bounds, LocalDate checkDate) {
        this.d = d;
        this.bounds = bounds;
        this.checkDate = checkDate;
    }

    /** Sites known on the check date (observed by then, or undated) and their shapes; zones; set by {@link #build}. */
    private List<WorkingSite> known;

    private Map<String, Geometry> sites;
    private Map<String, Polygon> zones;

    public DerivedFacts analyze() {
        build();
        sitesAgainstLicences(known, sites);
        zoneOverlaps(zones, known, sites);
        historicalPatches();
        licenceProblems.forEach((number, problems) -> {
            if (needed.contains(number)) out.shapeProblems.addAll(problems);
        });
        return out;
    }

    /**
     * The shapes exactly as the measurements use them (licence blocks, sites, zones), without measuring: for drawing
     * what a boundary finding is about. Every usable mining licence is there, in force or not; {@link
     * Shapes#licencesOfMine(String, LocalDate)} gives those in force on a finding's conduct date.
     */
    public Shapes shapes() {
        build();
        Map<String, List<Licence>> licencesOfMine = new HashMap<>();
        miningLicences.values().forEach(l -> {
            if (licenceBlocks.containsKey(l.number())) {
                licencesOfMine
                        .computeIfAbsent(l.mineId(), k -> new ArrayList<>())
                        .add(l);
            }
        });
        licencesOfMine.values().forEach(l -> l.sort(Comparator.comparing(Licence::number)));
        Map<String, List<Polygon>> zoneRings = new TreeMap<>();
        zones.forEach((k, p) -> zoneRings
                .computeIfAbsent(k.contains("#") ? k.substring(0, k.indexOf('#')) : k, z -> new ArrayList<>())
                .add(p));
        Map<String, Geometry> zoneShapes = new HashMap<>();
        zoneRings.forEach((id, list) -> zoneShapes.put(id, union(list)));
        return new Shapes(licenceBlocks, licencesOfMine, sites, zoneShapes, this::licenceArea, this::outline);
    }

    /** Builds every shape once: licence blocks (and their index), known sites and zones, recording unusable ones. */
    private void build() {
        if (rings != null) return;
        rings = rings();
        for (Licence l : d.licences) if (l.kind() == LicenceKind.MINING) miningLicences.put(l.number(), l);
        for (Licence l : miningLicences.values()) if (l.validOn(checkDate)) needed.add(l.number());
        buildLicences();
        known = d.sites.stream()
                .filter(s -> s.observedOn() == null || !s.observedOn().isAfter(checkDate))
                .toList();
        sites = buildSites(known);
        zones = buildSimple(ShapeOwner.ZONE);
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

    /** The day a site's boundary is judged on: its observation date, else the check date. */
    private LocalDate conductDate(WorkingSite s) {
        return s.observedOn() == null ? checkDate : s.observedOn();
    }

    /** Corner points grouped by owner, then ring number, each ring in point order. */
    private Map<String, List<List<CornerPoint>>> rings() {
        Map<String, TreeMap<Integer, List<CornerPoint>>> grouped = new LinkedHashMap<>();
        for (CornerPoint p : d.cornerPoints) {
            grouped.computeIfAbsent(key(p.ownerType(), p.ownerId()), k -> new TreeMap<>())
                    .computeIfAbsent(p.ringNo(), k -> new ArrayList<>())
                    .add(p);
        }
        Map<String, List<List<CornerPoint>>> result = new HashMap<>();
        grouped.forEach((k, byRing) -> {
            List<List<CornerPoint>> list = new ArrayList<>();
            byRing.values().forEach(r -> {
                r.sort(Comparator.comparingInt(CornerPoint::pointNo));
                list.add(r);
            });
            result.put(k, list);
        });
        return result;
    }

    /** The corner-point rows of a shape (all its rings), for evidence naming what an area was computed from. */
    private SourceRows cornerRows(ShapeOwner owner, String id) {
        List<CornerPoint> points = new ArrayList<>();
        for (List<CornerPoint> ring : rings.getOrDefault(key(owner, id), List.of())) points.addAll(ring);
        return SourceRows.of(points);
    }

    /** A ring as a polygon, or null after recording why it cannot be used in {@code problems}. */
    private Polygon polygon(List<CornerPoint> ring, List<ShapeProblem> problems) {
        CornerPoint first = ring.get(0);
        for (CornerPoint p : ring) {
            if (!bounds.contains(p.x(), p.y())) {
                problems.add(new ShapeProblem(
                        first.ownerType(),
                        first.ownerId(),
                        "out-of-range",
                        "X=" + plain(p.x()) + ", Y=" + plain(p.y()) + " (#" + p.pointNo() + ")",
                        p.origin()));
                return null;
            }
        }
        List<Coordinate> coords = new ArrayList<>();
        for (CornerPoint p : ring) coords.add(new Coordinate(p.y(), p.x()));
        if (!coords.get(0).equals2D(coords.get(coords.size() - 1))) coords.add(coords.get(0));
        if (coords.size() < 4) {
            problems.add(new ShapeProblem(
                    first.ownerType(), first.ownerId(), "too-few-points", String.valueOf(ring.size()), first.origin()));
            return null;
        }
        Polygon poly = GF.createPolygon(coords.toArray(Coordinate[]::new));
        TopologyValidationError err = new IsValidOp(poly).getValidationError();
        if (err != null) {
            Coordinate at = err.getCoordinate();
            problems.add(new ShapeProblem(
                    first.ownerType(),
                    first.ownerId(),
                    "self-intersection",
                    at == null ? err.getMessage() : "X=" + plain(centimetres(at.y)) + ", Y=" + plain(centimetres(at.x)),
                    first.origin()));
            return null;
        }
        return poly;
    }

    private void buildLicences() {
        Map<String, List<LicenceBlock>> blocksByLicence = new HashMap<>();
        for (LicenceBlock b : d.blocks) {
            blocksByLicence
                    .computeIfAbsent(b.licenceNumber(), k -> new ArrayList<>())
                    .add(b);
            blockRows.put(b.licenceNumber() + "|" + b.blockNo(), b);
        }
        for (Licence l : d.licences) {
            if (l.kind() != LicenceKind.MINING) continue;
            List<ShapeProblem> problems = new ArrayList<>();
            List<List<CornerPoint>> licenceRings = rings.get(key(ShapeOwner.LICENCE, l.number()));
            if (licenceRings == null || !blocksByLicence.containsKey(l.number())) {
                problems.add(new ShapeProblem(ShapeOwner.LICENCE, l.number(), "missing", "", l.origin()));
                licenceProblems.put(l.number(), problems);
                continue;
            }
            Map<Integer, Polygon> blocks = new TreeMap<>();
            boolean ok = true;
            for (List<CornerPoint> ring : licenceRings) {
                Polygon p = polygon(ring, problems);
                if (p == null) ok = false;
                else blocks.put(ring.get(0).ringNo(), p);
            }
            for (LicenceBlock b : blocksByLicence.get(l.number())) {
                if (!blocks.containsKey(b.blockNo()) && ok) {
                    problems.add(
                            new ShapeProblem(ShapeOwner.LICENCE, l.number(), "missing", "#" + b.blockNo(), b.origin()));
                    ok = false;
                }
            }
            if (!ok) {
                licenceProblems.put(l.number(), problems);
                continue;
            }
            licenceBlocks.put(l.number(), blocks);
            blocks.forEach((no, poly) -> blockIndex.insert(
                    poly.getEnvelopeInternal(), new IndexedBlock(l, no, PreparedGeometryFactory.prepare(poly))));
        }
        blockIndex.build();
    }

    private Map<String, Geometry> buildSites(List<WorkingSite> known) {
        Map<String, Geometry> sites = new HashMap<>();
        for (WorkingSite s : known) {
            List<List<CornerPoint>> r = rings.get(key(ShapeOwner.SITE, s.id()));
            if (r != null) {
                List<Polygon> polys = new ArrayList<>();
                for (List<CornerPoint> ring : r) {
                    Polygon p = polygon(ring, out.shapeProblems);
                    if (p != null) polys.add(p);
                }
                if (polys.size() == r.size()) sites.put(s.id(), UnaryUnionOp.union(polys));
            } else if (s.x() != null && s.y() != null) {
                if (bounds.contains(s.x(), s.y())) {
                    sites.put(s.id(), GF.createPoint(new Coordinate(s.y(), s.x())));
                } else {
                    out.shapeProblems.add(new ShapeProblem(
                            ShapeOwner.SITE,
                            s.id(),
                            "out-of-range",
                            "X=" + plain(s.x()) + ", Y=" + plain(s.y()),
                            s.origin()));
                }
            } else {
                out.shapeProblems.add(new ShapeProblem(ShapeOwner.SITE, s.id(), "missing", "", s.origin()));
            }
        }
        return sites;
    }

    private Map<String, Polygon> buildSimple(ShapeOwner owner) {
        Map<String, Polygon> shapes = new HashMap<>();
        rings.forEach((k, list) -> {
            if (!k.startsWith(owner.code() + "|")) return;
            String id = k.substring(owner.code().length() + 1);
            for (List<CornerPoint> ring : list) {
                Polygon p = polygon(ring, out.shapeProblems);
                if (p != null)
                    shapes.put(list.size() == 1 ? id : id + "#" + ring.get(0).ringNo(), p);
            }
        });
        return shapes;
    }

    /** Each licence's area, computed once (it is needed for its sites and again for zone overlaps). */
    private final Map<String, Geometry> licenceAreas = new HashMap<>();

    private Geometry licenceArea(String licenceNumber) {
        return licenceAreas.computeIfAbsent(
                licenceNumber, n -> union(licenceBlocks.get(n).values()));
    }

    /** The union of shapes; a single shape is its own union (skipping the overlay is most of the saving). */
    private static Geometry union(Collection<? extends Geometry> shapes) {
        return shapes.size() == 1 ? shapes.iterator().next() : UnaryUnionOp.union(new ArrayList<>(shapes));
    }

    /** The area of several licences together, prepared, cached by the set of licence numbers. */
    private final Map<List<String>, PreparedGeometry> areas = new HashMap<>();

    private PreparedGeometry area(List<String> numbers) {
        return areas.computeIfAbsent(
                numbers,
                n -> PreparedGeometryFactory.prepare(
                        union(n.stream().map(this::licenceArea).toList())));
    }

    private SourceRows licenceRows(List<String> numbers) {
        SourceRows rows = new SourceRows(List.of(), List.of());
        for (String n : numbers) rows = rows.and(cornerRows(ShapeOwner.LICENCE, n));
        return rows;
    }

    private SourceRows siteRows(WorkingSite s) {
        SourceRows corners = cornerRows(ShapeOwner.SITE, s.id());
        return corners.isEmpty() ? SourceRows.of(List.of(s)) : corners;
    }

    private void sitesAgainstLicences(List<WorkingSite> known, Map<String, Geometry> sites) {
        Map<String, List<Licence>> licencesOfMine = new HashMap<>();
        for (Licence l : miningLicences.values())
            licencesOfMine.computeIfAbsent(l.mineId(), k -> new ArrayList<>()).add(l);
        licencesOfMine.values().forEach(l -> l.sort(Comparator.comparing(Licence::number)));
        for (WorkingSite s : known) {
            Geometry site = sites.get(s.id());
            LocalDate on = conductDate(s);
            List<Licence> own = licencesOfMine.getOrDefault(s.mineId(), List.of());
            List<String> live = new ArrayList<>();
            for (Licence l : own) {
                if (!l.validOn(on)) continue;
                needed.add(l.number());
                if (licenceBlocks.containsKey(l.number())) live.add(l.number());
            }
            // No licence in force that day (or none usable): unlicensed mining is LIC-001's, a broken area BND-004's.
            if (site == null || live.isEmpty()) continue;
            PreparedGeometry area = area(live);
            BigDecimal outsideArea = BigDecimal.ZERO.setScale(1);
            BigDecimal outsideDistance = BigDecimal.ZERO.setScale(1);
            BigDecimal siteArea = round(site.getArea());
            Geometry outside = null;
            if (site instanceof Point) {
                if (!area.intersects(site)) {
                    outsideDistance = round(area.getGeometry().distance(site));
                    outside = site;
                }
            } else if (!area.contains(site)) {
                outside = OverlayNGRobust.overlay(site, area.getGeometry(), OverlayNG.DIFFERENCE);
                outsideArea = round(outside.getArea());
            }
            @SuppressWarnings("unchecked")
            List<Object> nearby = blockIndex.query(site.getEnvelopeInternal());
            String other = otherLicence(site, s.mineId(), on, nearby);
            String lapsed =
                    outside == null || outside.isEmpty() ? null : lapsedLicence(outside, s.mineId(), live, nearby);
            Licence first = miningLicences.get(live.get(0));
            out.sitesOutside.add(new SiteOutsideLicence(
                    s.id(),
                    s.mineId(),
                    first.number(),
                    first.cell("number"),
                    List.copyOf(live),
                    siteArea,
                    outsideArea,
                    outsideDistance,
                    other,
                    lapsed,
                    on,
                    siteRows(s),
                    licenceRows(live)));
            blocksOf(s, site, live, on, nearby);
        }
    }

    /** Another holder's licence in force on the day that the site reaches into (entering another's area), or null. */
    private String otherLicence(Geometry site, String mineId, LocalDate on, List<Object> nearby) {
        String found = null;
        for (Object o : nearby) {
            IndexedBlock b = (IndexedBlock) o;
            if (mineId.equals(b.licence().mineId()) || !b.licence().validOn(on)) continue;
            if (meets(site, b) && (found == null || b.number().compareTo(found) < 0)) found = b.number();
        }
        return found;
    }

    /** A licence of the same mine, not in force on the day, whose area the outside part lies in, or null. */
    private String lapsedLicence(Geometry outside, String mineId, List<String> live, List<Object> nearby) {
        String found = null;
        for (Object o : nearby) {
            IndexedBlock b = (IndexedBlock) o;
            if (!mineId.equals(b.licence().mineId()) || live.contains(b.number())) continue;
            if (meets(outside, b) && (found == null || b.number().compareTo(found) < 0)) found = b.number();
        }
        return found;
    }

    /** A point inside the block, or a polygon sharing some area with it (touching does not count). */
    private static boolean meets(Geometry g, IndexedBlock b) {
        if (g instanceof Point) return b.shape().contains(g);
        return b.shape().intersects(g)
                && (b.shape().contains(g)
                        || OverlayNGRobust.overlay(g, b.shape().getGeometry(), OverlayNG.INTERSECTION)
                                        .getArea()
                                > 0);
    }

    /** Every block of a licence in force that the site touches (a point on its boundary counts), one fact each. */
    private void blocksOf(WorkingSite s, Geometry site, List<String> live, LocalDate on, List<Object> nearby) {
        List<IndexedBlock> touched = new ArrayList<>();
        for (Object o : nearby) {
            IndexedBlock b = (IndexedBlock) o;
            if (!live.contains(b.number())) continue;
            boolean touches = site instanceof Point ? b.shape().intersects(site) : meets(site, b);
            if (touches) touched.add(b);
        }
        touched.sort(Comparator.comparing(IndexedBlock::number).thenComparingInt(IndexedBlock::blockNo));
        for (IndexedBlock b : touched) {
            LicenceBlock row = blockRows.get(b.number() + "|" + b.blockNo());
            out.sitesInBlocks.add(new SiteInBlock(
                    s.id(),
                    b.number(),
                    b.licence().cell("number"),
                    b.blockNo(),
                    row.topElevation(),
                    row.bottomElevation(),
                    on,
                    row.origin()));
        }
    }

    private void zoneOverlaps(Map<String, Polygon> zones, List<WorkingSite> known, Map<String, Geometry> sites) {
        Map<String, ForbiddenZone> zoneRows = new HashMap<>();
        for (ForbiddenZone z : d.zones) zoneRows.put(z.id(), z);
        STRtree index = new STRtree();
        zones.forEach((id, poly) ->
                index.insert(poly.getEnvelopeInternal(), Map.entry(id, PreparedGeometryFactory.prepare(poly))));
        index.build();
        for (String lic : new TreeMap<>(licenceBlocks).keySet()) {
            Licence l = miningLicences.get(lic);
            if (!l.validOn(checkDate)) continue; // an area no longer licensed overlaps nothing of anyone's
            overlaps(
                    index,
                    zoneRows,
                    ShapeOwner.LICENCE,
                    lic,
                    l.mineId(),
                    licenceArea(lic),
                    checkDate,
                    cornerRows(ShapeOwner.LICENCE, lic));
        }
        for (WorkingSite s : known) {
            Geometry g = sites.get(s.id());
            if (g != null)
                overlaps(index, zoneRows, ShapeOwner.SITE, s.id(), s.mineId(), g, conductDate(s), siteRows(s));
        }
    }

    @SuppressWarnings("unchecked")
    private void overlaps(
            STRtree index,
            Map<String, ForbiddenZone> zoneRows,
            ShapeOwner type,
            String id,
            String mineId,
            Geometry g,
            LocalDate on,
            SourceRows subjectRows) {
        List<Object> near = index.query(g.getEnvelopeInternal());
        if (near.isEmpty()) return; // most sites: no zone nearby, nothing to allocate
        Map<String, BigDecimal> areaByZone = new TreeMap<>();
        Map<String, Boolean> pointIn = new HashMap<>();
        for (Object o : near) {
            var e = (Map.Entry<String, PreparedGeometry>) o;
            if (!e.getValue().intersects(g)) continue;
            String zoneId = e.getKey().contains("#")
                    ? e.getKey().substring(0, e.getKey().indexOf('#'))
                    : e.getKey();
            double a = g instanceof Point
                    ? 0
                    : OverlayNGRobust.overlay(g, e.getValue().getGeometry(), OverlayNG.INTERSECTION)
                            .getArea();
            areaByZone.merge(zoneId, round(a), BigDecimal::add);
            if (g instanceof Point && e.getValue().contains(g)) pointIn.put(zoneId, true);
        }
        areaByZone.forEach((zoneId, a) -> {
            ForbiddenZone z = zoneRows.get(zoneId);
            if (z == null) return;
            out.zoneOverlaps.add(new ZoneOverlap(
                    type,
                    id,
                    mineId,
                    zoneId,
                    z.name(),
                    z.type(),
                    a,
                    pointIn.getOrDefault(zoneId, false),
                    on,
                    subjectRows,
                    cornerRows(ShapeOwner.ZONE, zoneId),
                    z.origin()));
        });
    }

    private void historicalPatches() {
        for (HistoricalMine h : d.historicalMines) {
            Geometry g;
            SourceRows patchRows;
            List<List<CornerPoint>> r = rings.get(key(ShapeOwner.HISTORICAL, h.id()));
            if (r != null) {
                List<Polygon> polys = new ArrayList<>();
                for (List<CornerPoint> ring : r) {
                    Polygon p = polygon(ring, out.shapeProblems);
                    if (p != null) polys.add(p);
                }
                if (polys.isEmpty()) continue;
                g = UnaryUnionOp.union(polys);
                patchRows = cornerRows(ShapeOwner.HISTORICAL, h.id());
            } else if (h.x() != null && h.y() != null && bounds.contains(h.x(), h.y())) {
                g = GF.createPoint(new Coordinate(h.y(), h.x()));
                patchRows = SourceRows.of(List.of(h));
            } else {
                continue;
            }
            Map<String, Double> byLicence = new TreeMap<>();
            Map<String, Boolean> pointIn = new HashMap<>();
            for (Object o : blockIndex.query(g.getEnvelopeInternal())) {
                IndexedBlock b = (IndexedBlock) o;
                if (!b.shape().intersects(g)) continue;
                double a = g instanceof Point
                        ? 0
                        : OverlayNGRobust.overlay(g, b.shape().getGeometry(), OverlayNG.INTERSECTION)
                                .getArea();
                byLicence.merge(b.number(), a, Double::sum);
                if (g instanceof Point && b.shape().contains(g)) pointIn.put(b.number(), true);
            }
            Geometry patch = g;
            byLicence.forEach((lic, a) -> {
                Licence l = miningLicences.get(lic);
                out.patchesInLicences.add(new PatchInLicence(
                        h.id(),
                        lic,
                        l.cell("number"),
                        l.mineId(),
                        round(a),
                        round(patch.getArea()),
                        pointIn.getOrDefault(lic, false),
                        l.validOn(checkDate),
                        patchRows,
                        cornerRows(ShapeOwner.LICENCE, lic)));
            });
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

package org.minecheck.geometry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.minecheck.model.Licence;
import org.minecheck.model.ShapeOwner;

/**
 * The usable shapes of a dataset as {@link GeometryAnalyzer} built and measured them: JTS coordinates are
 * (x = survey Y easting, y = survey X northing) in metres. Unusable shapes are absent; {@link #outline} gives their
 * rings as given.
 */
public final class Shapes {
    private final Map<String, Map<Integer, Polygon>> licenceBlocks;
    private final Map<String, List<Licence>> licencesOfMine;
    private final Map<String, Geometry> sites;
    private final Map<String, Geometry> zones;
    private final Function<String, Geometry> licenceArea;
    private final BiFunction<ShapeOwner, String, List<Geometry>> outline;

    Shapes(
            Map<String, Map<Integer, Polygon>> licenceBlocks,
            Map<String, List<Licence>> licencesOfMine,
            Map<String, Geometry> sites,
            Map<String, Geometry> zones,
            Function<String, Geometry> licenceArea,
            BiFunction<ShapeOwner, String, List<Geometry>> outline) {
        this.licenceBlocks = licenceBlocks;
        this.licencesOfMine = licencesOfMine;
        this.sites = sites;
        this.zones = zones;
        this.licenceArea = licenceArea;
        this.outline = outline;
    }

    /** A usable mining licence's blocks by block number (empty when the licence's area is unusable). */
    public Map<Integer, Polygon> licenceBlocks(String licenceNumber) {
        return licenceBlocks.getOrDefault(licenceNumber, Map.of());
    }

    /** A usable licence's whole area (its blocks' union), or null. */
    public Geometry licenceArea(String licenceNumber) {
        return licenceBlocks.containsKey(licenceNumber) ? licenceArea.apply(licenceNumber) : null;
    }

    /** The mine's usable mining licences, in force or not, in number order. */
    public List<String> licencesOfMine(String mineId) {
        return licencesOfMine.getOrDefault(mineId, List.of()).stream()
                .map(Licence::number)
                .toList();
    }

    /**
     * The mine's usable mining licences in force on a day, in number order: together its licensed area as BND-001
     * measures it for conduct on that day (a finding's conduct date). All of them when the day is null.
     */
    public List<String> licencesOfMine(String mineId, LocalDate on) {
        return licencesOfMine.getOrDefault(mineId, List.of()).stream()
                .filter(l -> on == null || l.validOn(on))
                .map(Licence::number)
                .toList();
    }

    /** A site's polygon (union of its rings) or point, or null. */
    public Geometry site(String siteId) {
        return sites.get(siteId);
    }

    /** A forbidden zone's area (union of its rings), or null. */
    public Geometry zone(String zoneId) {
        return zones.get(zoneId);
    }

    /** Every usable zone's id. */
    public java.util.Set<String> zoneIds() {
        return zones.keySet();
    }

    /** An owner's rings as given in the corner points, unchecked: for drawing a shape the checks could not use. */
    public List<Geometry> outline(ShapeOwner owner, String id) {
        return outline.apply(owner, id);
    }
}

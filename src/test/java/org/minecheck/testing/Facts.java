package org.minecheck.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.minecheck.model.*;

/**
 * Facts for tests, each compliant by default so a test states only what matters to its scenario. One enterprise
 * E1 runs mine M1 (producing coal, open pit) under mining licence C1 (valid 2020–2030) with one square block of
 * 1 km × 1 km and a safety licence S1.
 */
public final class Facts {
    public static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    public static final LocalDate UNTIL = LocalDate.of(2030, 12, 31);
    /** South-west corner of licence C1's block: X northing, Y easting with zone prefix 38. */
    public static final double X0 = 4_200_000;
    public static final double Y0 = 38_500_000;

    private Facts() {}

    public static Enterprise enterprise(String id) {
        return new Enterprise(id, "企业" + id, "91140000MA0" + id, "140100", null);
    }

    public static Mine mine(String id, String operator) {
        return new Mine(id, "矿山" + id, operator, "140100", "coal", MiningMethod.OPEN_PIT, MiningTechnique.OTHER_OPEN_PIT,
                new BigDecimal("60"), MineStatus.PRODUCING, MineScale.MEDIUM, LocalDate.of(2015, 1, 1),
                new BigDecimal("900000"), new BigDecimal("4"), LandType.GRASSLAND, false, false, false, null);
    }

    public static Licence licence(String number, LicenceKind kind, String mine, String holder, LocalDate until) {
        return new Licence(number, kind, mine, holder, kind == LicenceKind.MINING ? List.of("coal") : List.of(), FROM,
                until, LicenceStatus.VALID, new BigDecimal("900000"), "自然资源厅", null);
    }

    public static LicenceBlock block(String licence, int no, String top, String bottom) {
        return new LicenceBlock(licence, no, new BigDecimal(top), new BigDecimal(bottom), null);
    }

    /** Corner points of an axis-aligned rectangle, from (x, y) north-east by the given sizes. */
    public static List<CornerPoint> rectangle(ShapeOwner owner, String id, int ring, double x, double y, double north, double east) {
        return List.of(new CornerPoint(owner, id, ring, 1, x, y, null),
                new CornerPoint(owner, id, ring, 2, x + north, y, null),
                new CornerPoint(owner, id, ring, 3, x + north, y + east, null),
                new CornerPoint(owner, id, ring, 4, x, y + east, null));
    }

    public static WorkingSite pointSite(String id, String mine, double x, double y, String lowest) {
        return new WorkingSite(id, mine, "作业点" + id, SiteType.SHAFT, x, y, lowest == null ? null : new BigDecimal(lowest),
                false, null, null);
    }

    public static WorkingSite polygonSite(String id, String mine, String lowest) {
        return new WorkingSite(id, mine, "作业点" + id, SiteType.PIT, null, null,
                lowest == null ? null : new BigDecimal(lowest), false, null, null);
    }

    /** Corner points of any ring, given as X, Y pairs in point order (the ring closes itself). */
    public static List<CornerPoint> ring(ShapeOwner owner, String id, int ring, double... xy) {
        if (xy.length % 2 != 0) throw new IllegalArgumentException("X, Y pairs expected");
        List<CornerPoint> out = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) out.add(new CornerPoint(owner, id, ring, i / 2 + 1, xy[i], xy[i + 1], null));
        return out;
    }

    public static ForbiddenZone zone(String id, ZoneType type) {
        return new ForbiddenZone(id, "禁采区" + id, type, "省级", "省林业和草原局", null);
    }

    /** Replaces the licence with this number by {@code change} applied to it. */
    public static void changeLicence(Dataset d, String number, UnaryOperator<Licence> change) {
        d.licences.replaceAll(l -> l.number().equals(number) ? change.apply(l) : l);
    }

    /** Replaces the mine with this id by {@code change} applied to it. */
    public static void changeMine(Dataset d, String id, UnaryOperator<Mine> change) {
        d.mines.replaceAll(m -> m.id().equals(id) ? change.apply(m) : m);
    }

    public static Licence validUntil(Licence l, LocalDate until) {
        return new Licence(l.number(), l.kind(), l.mineId(), l.holderId(), l.minerals(), l.validFrom(), until, l.status(),
                l.capacity(), l.issuer(), l.origin());
    }

    public static Licence validFrom(Licence l, LocalDate from) {
        return new Licence(l.number(), l.kind(), l.mineId(), l.holderId(), l.minerals(), from, l.validUntil(), l.status(),
                l.capacity(), l.issuer(), l.origin());
    }

    public static Licence withStatus(Licence l, LicenceStatus status) {
        return new Licence(l.number(), l.kind(), l.mineId(), l.holderId(), l.minerals(), l.validFrom(), l.validUntil(),
                status, l.capacity(), l.issuer(), l.origin());
    }

    public static Licence heldBy(Licence l, String holder) {
        return new Licence(l.number(), l.kind(), l.mineId(), holder, l.minerals(), l.validFrom(), l.validUntil(),
                l.status(), l.capacity(), l.issuer(), l.origin());
    }

    public static Licence covering(Licence l, String... minerals) {
        return new Licence(l.number(), l.kind(), l.mineId(), l.holderId(), List.of(minerals), l.validFrom(),
                l.validUntil(), l.status(), l.capacity(), l.issuer(), l.origin());
    }

    public static Mine withStatus(Mine m, MineStatus status) {
        return new Mine(m.id(), m.name(), m.operatorId(), m.regionCode(), m.mineral(), m.method(), m.technique(),
                m.openPitDepth(), status, m.scale(), m.productionStart(), m.designCapacity(), m.seamThickness(),
                m.landType(), m.occupiesForestLand(), m.abstractsWater(), m.dischargesPollutants(), m.origin());
    }

    public static Mine operatedBy(Mine m, String operator) {
        return new Mine(m.id(), m.name(), operator, m.regionCode(), m.mineral(), m.method(), m.technique(),
                m.openPitDepth(), m.status(), m.scale(), m.productionStart(), m.designCapacity(), m.seamThickness(),
                m.landType(), m.occupiesForestLand(), m.abstractsWater(), m.dischargesPollutants(), m.origin());
    }

    public static Mine producing(Mine m, String mineral) {
        return new Mine(m.id(), m.name(), m.operatorId(), m.regionCode(), mineral, m.method(), m.technique(),
                m.openPitDepth(), m.status(), m.scale(), m.productionStart(), m.designCapacity(), m.seamThickness(),
                m.landType(), m.occupiesForestLand(), m.abstractsWater(), m.dischargesPollutants(), m.origin());
    }

    /** The mine's own record of what other permits it needs: forest land taken, water abstracted, pollutants discharged. */
    public static Mine needing(Mine m, boolean forestLand, boolean water, boolean pollutants) {
        return new Mine(m.id(), m.name(), m.operatorId(), m.regionCode(), m.mineral(), m.method(), m.technique(),
                m.openPitDepth(), m.status(), m.scale(), m.productionStart(), m.designCapacity(), m.seamThickness(),
                m.landType(), forestLand, water, pollutants, m.origin());
    }

    public static WorkingSite onForestLand(WorkingSite s) {
        return new WorkingSite(s.id(), s.mineId(), s.name(), s.type(), s.x(), s.y(), s.lowestElevation(), true,
                s.observedOn(), s.origin());
    }

    /** A dataset with E1, M1, mining licence C1 (block 1: +300 m to +100 m, 1 km square) and safety licence S1. */
    public static Dataset compliantMine() {
        Dataset d = new Dataset();
        d.enterprises.add(enterprise("E1"));
        d.mines.add(mine("M1", "E1"));
        d.licences.add(licence("C1", LicenceKind.MINING, "M1", "E1", UNTIL));
        d.licences.add(licence("S1", LicenceKind.SAFETY, "M1", "E1", UNTIL));
        d.blocks.add(block("C1", 1, "300", "100"));
        d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C1", 1, X0, Y0, 1000, 1000));
        return d;
    }
}

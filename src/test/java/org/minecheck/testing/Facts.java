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
        return new Mine(
                id,
                "矿山" + id,
                operator,
                "140100",
                "coal",
                MiningMethod.OPEN_PIT,
                MiningTechnique.OTHER_OPEN_PIT,
                new BigDecimal("60"),
                MineStatus.PRODUCING,
                MineScale.MEDIUM,
                LocalDate.of(2015, 1, 1),
                new BigDecimal("900000"),
                new BigDecimal("4"),
                LandType.GRASSLAND,
                false,
                false,
                false,
                null);
    }

    /** M1-like mine with the attributes the fund formulas, rates and targets look at. */
    public static Mine mine(
            String id,
            String operator,
            String mineral,
            MiningMethod method,
            MiningTechnique technique,
            String openPitDepth,
            LandType land) {
        Mine m = mine(id, operator);
        return new Mine(
                id,
                m.name(),
                operator,
                m.regionCode(),
                mineral,
                method,
                technique,
                n(openPitDepth),
                m.status(),
                m.scale(),
                m.productionStart(),
                m.designCapacity(),
                m.seamThickness(),
                land,
                false,
                false,
                false,
                null);
    }

    /** The mine with another status, scale, production start, design capacity (t/a) and seam thickness (m). */
    public static Mine reshaped(
            Mine m,
            MineStatus status,
            MineScale scale,
            String productionStart,
            String designCapacity,
            String seamThickness) {
        return new Mine(
                m.id(),
                m.name(),
                m.operatorId(),
                m.regionCode(),
                m.mineral(),
                m.method(),
                m.technique(),
                m.openPitDepth(),
                status,
                scale,
                date(productionStart),
                n(designCapacity),
                n(seamThickness),
                m.landType(),
                m.occupiesForestLand(),
                m.abstractsWater(),
                m.dischargesPollutants(),
                null);
    }

    public static Mine inRegion(Mine m, String regionCode) {
        return new Mine(
                m.id(),
                m.name(),
                m.operatorId(),
                regionCode,
                m.mineral(),
                m.method(),
                m.technique(),
                m.openPitDepth(),
                m.status(),
                m.scale(),
                m.productionStart(),
                m.designCapacity(),
                m.seamThickness(),
                m.landType(),
                m.occupiesForestLand(),
                m.abstractsWater(),
                m.dischargesPollutants(),
                null);
    }

    public static Licence licence(String number, LicenceKind kind, String mine, String holder, LocalDate until) {
        return new Licence(
                number,
                kind,
                mine,
                holder,
                kind == LicenceKind.MINING ? List.of("coal") : List.of(),
                FROM,
                until,
                LicenceStatus.VALID,
                new BigDecimal("900000"),
                "自然资源厅",
                null);
    }

    public static LicenceBlock block(String licence, int no, String top, String bottom) {
        return new LicenceBlock(licence, no, new BigDecimal(top), new BigDecimal(bottom), null);
    }

    /** Corner points of an axis-aligned rectangle, from (x, y) north-east by the given sizes. */
    public static List<CornerPoint> rectangle(
            ShapeOwner owner, String id, int ring, double x, double y, double north, double east) {
        return List.of(
                new CornerPoint(owner, id, ring, 1, x, y, null),
                new CornerPoint(owner, id, ring, 2, x + north, y, null),
                new CornerPoint(owner, id, ring, 3, x + north, y + east, null),
                new CornerPoint(owner, id, ring, 4, x, y + east, null));
    }

    /** A shaft at (x, y) working from {@code lowest} up to 50 m above it (null: both elevations blank). */
    public static WorkingSite pointSite(String id, String mine, double x, double y, String lowest) {
        return new WorkingSite(id, mine, "作业点" + id, SiteType.SHAFT, x, y, n(lowest), above(lowest), false, null, null);
    }

    /** A pit (its corner points added by the test) working from {@code lowest} up to 50 m above it. */
    public static WorkingSite polygonSite(String id, String mine, String lowest) {
        return new WorkingSite(
                id, mine, "作业点" + id, SiteType.PIT, null, null, n(lowest), above(lowest), false, null, null);
    }

    private static BigDecimal above(String lowest) {
        return lowest == null ? null : new BigDecimal(lowest).add(BigDecimal.valueOf(50));
    }

    /** The site with these working elevations (null: blank) and observation date. */
    public static WorkingSite elevations(WorkingSite s, String lowest, String highest, String observedOn) {
        return new WorkingSite(
                s.id(),
                s.mineId(),
                s.name(),
                s.type(),
                s.x(),
                s.y(),
                n(lowest),
                n(highest),
                s.onForestLand(),
                date(observedOn),
                s.origin());
    }

    /** Corner points of any ring, given as X, Y pairs in point order (the ring closes itself). */
    public static List<CornerPoint> ring(ShapeOwner owner, String id, int ring, double... xy) {
        if (xy.length % 2 != 0) throw new IllegalArgumentException("X, Y pairs expected");
        List<CornerPoint> out = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2)
            out.add(new CornerPoint(owner, id, ring, i / 2 + 1, xy[i], xy[i + 1], null));
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
        return new Licence(
                l.number(),
                l.kind(),
                l.mineId(),
                l.holderId(),
                l.minerals(),
                l.validFrom(),
                until,
                l.status(),
                l.capacity(),
                l.issuer(),
                l.origin());
    }

    public static Licence validFrom(Licence l, LocalDate from) {
        return new Licence(
                l.number(),
                l.kind(),
                l.mineId(),
                l.holderId(),
                l.minerals(),
                from,
                l.validUntil(),
                l.status(),
                l.capacity(),
                l.issuer(),
                l.origin());
    }

    public static Licence withStatus(Licence l, LicenceStatus status) {
        return new Licence(
                l.number(),
                l.kind(),
                l.mineId(),
                l.holderId(),
                l.minerals(),
                l.validFrom(),
                l.validUntil(),
                status,
                l.capacity(),
                l.issuer(),
                l.origin());
    }

    public static Licence heldBy(Licence l, String holder) {
        return new Licence(
                l.number(),
                l.kind(),
                l.mineId(),
                holder,
                l.minerals(),
                l.validFrom(),
                l.validUntil(),
                l.status(),
                l.capacity(),
                l.issuer(),
                l.origin());
    }

    public static Licence covering(Licence l, String... minerals) {
        return new Licence(
                l.number(),
                l.kind(),
                l.mineId(),
                l.holderId(),
                List.of(minerals),
                l.validFrom(),
                l.validUntil(),
                l.status(),
                l.capacity(),
                l.issuer(),
                l.origin());
    }

    public static Mine withStatus(Mine m, MineStatus status) {
        return new Mine(
                m.id(),
                m.name(),
                m.operatorId(),
                m.regionCode(),
                m.mineral(),
                m.method(),
                m.technique(),
                m.openPitDepth(),
                status,
                m.scale(),
                m.productionStart(),
                m.designCapacity(),
                m.seamThickness(),
                m.landType(),
                m.occupiesForestLand(),
                m.abstractsWater(),
                m.dischargesPollutants(),
                m.origin());
    }

    public static Mine operatedBy(Mine m, String operator) {
        return new Mine(
                m.id(),
                m.name(),
                operator,
                m.regionCode(),
                m.mineral(),
                m.method(),
                m.technique(),
                m.openPitDepth(),
                m.status(),
                m.scale(),
                m.productionStart(),
                m.designCapacity(),
                m.seamThickness(),
                m.landType(),
                m.occupiesForestLand(),
                m.abstractsWater(),
                m.dischargesPollutants(),
                m.origin());
    }

    public static Mine producing(Mine m, String mineral) {
        return new Mine(
                m.id(),
                m.name(),
                m.operatorId(),
                m.regionCode(),
                mineral,
                m.method(),
                m.technique(),
                m.openPitDepth(),
                m.status(),
                m.scale(),
                m.productionStart(),
                m.designCapacity(),
                m.seamThickness(),
                m.landType(),
                m.occupiesForestLand(),
                m.abstractsWater(),
                m.dischargesPollutants(),
                m.origin());
    }

    /** The mine's own record of what other permits it needs: forest land taken, water abstracted, pollutants discharged. */
    public static Mine needing(Mine m, boolean forestLand, boolean water, boolean pollutants) {
        return new Mine(
                m.id(),
                m.name(),
                m.operatorId(),
                m.regionCode(),
                m.mineral(),
                m.method(),
                m.technique(),
                m.openPitDepth(),
                m.status(),
                m.scale(),
                m.productionStart(),
                m.designCapacity(),
                m.seamThickness(),
                m.landType(),
                forestLand,
                water,
                pollutants,
                m.origin());
    }

    public static WorkingSite onForestLand(WorkingSite s) {
        return new WorkingSite(
                s.id(),
                s.mineId(),
                s.name(),
                s.type(),
                s.x(),
                s.y(),
                s.lowestElevation(),
                s.highestElevation(),
                true,
                s.observedOn(),
                s.origin());
    }

    /** A dataset with E1, M1, mining licence C1 (block 1: +300 m to +100 m, 1 km square) and safety licence S1. */
    public static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    public static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** A year's output (t) and three rates (%); null rates are not reported. */
    public static Production production(String mine, int year, String output, String revenue) {
        return new Production(mine, year, n(output), null, null, null, n(revenue), null);
    }

    public static Production production(
            String mine,
            int year,
            String output,
            String miningRecovery,
            String beneficiationRecovery,
            String utilisation) {
        return new Production(
                mine, year, n(output), n(miningRecovery), n(beneficiationRecovery), n(utilisation), null, null);
    }

    /** A year's fund record with account FA-{mine}, plan filed, amounts in yuan. */
    public static FundRecord fund(String mine, int year, String provisioned, String used, String balance) {
        return new FundRecord(mine, year, "FA-" + mine, true, n(provisioned), n(used), n(balance), null);
    }

    public static FundRecord fund(
            String mine, int year, String account, Boolean planFiled, String provisioned, String used, String balance) {
        return new FundRecord(mine, year, account, planFiled, n(provisioned), n(used), n(balance), null);
    }

    /** An approval of the given kind, approved on the date, without expiry or figures. */
    public static Approval approval(String mine, ApprovalKind kind, String approvedOn) {
        return new Approval(
                mine, kind, kind.code() + "-" + mine, date(approvedOn), null, null, null, null, null, null, null, null);
    }

    public static Approval eia(String mine, String approvedOn, EiaForm form, String approvedCapacity) {
        return new Approval(
                mine,
                ApprovalKind.EIA,
                "EIA-" + mine,
                date(approvedOn),
                null,
                form,
                n(approvedCapacity),
                null,
                null,
                null,
                null,
                null);
    }

    /** A geo-environment protection and reclamation plan: service period, cost (yuan), reserves (t), method, capacity (t/a). */
    public static Approval plan(
            String mine,
            String approvedOn,
            String validUntil,
            String cost,
            String reserves,
            MiningMethod method,
            String capacity) {
        return new Approval(
                mine,
                ApprovalKind.RECLAMATION_PLAN,
                "PLAN-" + mine + "-" + approvedOn,
                date(approvedOn),
                date(validUntil),
                null,
                n(capacity),
                n(cost),
                n(reserves),
                null,
                method,
                null);
    }

    public static Approval greenListing(String mine, String approvedOn) {
        return approval(mine, ApprovalKind.GREEN_MINE, approvedOn);
    }

    public static RestorationProgress progress(String mine, int year, String planned, String completed) {
        return new RestorationProgress(mine, year, n(planned), n(completed), null);
    }

    public static Region region(String code, RegionLevel level, String parent) {
        return new Region(code, "区划" + code, level, parent, null);
    }

    /** A historical-mine treatment target: baseline stock at the baseline year, annual %, deadline. */
    public static RegionalTarget treatmentTarget(
            String region,
            TargetMeasure measure,
            int baselineYear,
            String count,
            String area,
            String annualPercent,
            String deadline) {
        return new RegionalTarget(
                region,
                TargetType.HISTORICAL_TREATMENT,
                measure,
                baselineYear,
                n(count),
                n(area),
                n(annualPercent),
                date(deadline),
                null,
                "山西省部署（新闻报道，2021年10月）",
                null);
    }

    public static RegionalTarget greenTarget(String region, String percent, String deadline) {
        return new RegionalTarget(
                region, TargetType.GREEN_MINE, null, null, null, null, null, date(deadline), n(percent), "test", null);
    }

    /** A historical patch (area in ha) with its treatment status, date, acceptance and vegetation cover (%). */
    public static HistoricalMine patch(
            String id,
            String region,
            String area,
            TreatmentStatus status,
            String treatedOn,
            Boolean accepted,
            String cover) {
        return new HistoricalMine(
                id, "图斑" + id, region, n(area), 2020, status, date(treatedOn), accepted, n(cover), null, null, null);
    }

    /**
     * E1, M1, mining licence C1 (block 1: +300 m to +100 m, 1 km square) and safety licence S1 only: licence- and
     * boundary-compliant, without the records the other areas check (for reading and licence tests).
     */
    public static Dataset licencedMine() {
        Dataset d = new Dataset();
        d.enterprises.add(enterprise("E1"));
        d.mines.add(mine("M1", "E1"));
        d.licences.add(licence("C1", LicenceKind.MINING, "M1", "E1", UNTIL));
        d.licences.add(licence("S1", LicenceKind.SAFETY, "M1", "E1", UNTIL));
        d.blocks.add(block("C1", 1, "300", "100"));
        d.cornerPoints.addAll(rectangle(ShapeOwner.LICENCE, "C1", 1, X0, Y0, 1000, 1000));
        return d;
    }

    /**
     * A dataset with E1, M1, mining licence C1 (block 1: +300 m to +100 m, 1 km square) and safety licence S1, and
     * the records every area checks, all compliant as of 2025: the EIA approval and its acceptance, a soil and water
     * plan, a geo-environment plan (2020–2030, cost 12,000,000 yuan on 6,000,000 t), 2024 output of 800,000 t with
     * rates above the minimum, the 2024 fund fully provisioned (1,600,000 yuan) and the 2024 restoration task done.
     */
    public static Dataset compliantMine() {
        Dataset d = licencedMine();
        d.approvals.add(eia("M1", "2014-06-01", EiaForm.REPORT, "900000"));
        d.approvals.add(approval("M1", ApprovalKind.EIA_ACCEPTANCE, "2015-06-01"));
        d.approvals.add(approval("M1", ApprovalKind.SOIL_WATER_PLAN, "2014-05-01"));
        d.approvals.add(plan("M1", "2020-03-01", "2030-12-31", "12000000", "6000000", MiningMethod.OPEN_PIT, "900000"));
        d.production.add(production("M1", 2024, "800000", "92", "80", "80"));
        d.funds.add(fund("M1", 2024, "1600000", "1000000", "600000"));
        d.progress.add(progress("M1", 2024, "10", "10"));
        return d;
    }
}

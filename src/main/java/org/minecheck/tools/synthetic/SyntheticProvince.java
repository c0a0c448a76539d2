package org.minecheck.tools.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.minecheck.ingest.DatasetWriter;
import org.minecheck.model.*;
import org.minecheck.model.MineralVocabulary;

/**
 * A synthetic province of any size, the same for the same (enterprises, seed): ids that reference each other, licence
 * polygons laid on a grid so they never overlap, sites mostly inside their licences, forbidden zones, historical
 * patches, regions, targets, and fund, production, approval and progress rows for three years. About one subject in
 * twenty breaks each licence and boundary rule (see {@link #RATES}); the other sheets carry a similar share of
 * shortfalls so the fund, environment, target and historical-mine rules have something to find.
 *
 * <p>Layout: enterprise {@code i} owns grid cell {@code i} (2 km × 2 km, CGCS2000 Gauss–Krüger, zone 38). Its licence
 * blocks lie inside the cell's inner square [200 m, 1600 m]; forbidden zones and historical patches sit in the cell's
 * free strip [1650 m, 1950 m] unless they are meant to overlap. Nothing reaches into a neighbour's cell except a site
 * placed there on purpose (entering another holder's area).
 */
public final class SyntheticProvince {
    /** The check date the violations are laid out for: expiry windows, service periods and years count from it. */
    /** Changes whenever the same (enterprises, seed) would give a different province; cached workbooks carry it. */
    public static final int VERSION = 3;

    public static final LocalDate CHECK_DATE = LocalDate.of(2025, 12, 31);
    public static final int FIRST_YEAR = 2023;
    public static final int YEARS = 3;

    /** Share of subjects that break each rule (per mine, site, licence or zone as the rule reads it). */
    public static final double RATES = 0.05;

    static final double CELL = 2000;
    static final double X0 = 3_800_000;
    static final double Y0 = 38_400_000;
    static final int ENTERPRISES_PER_COUNTY = 500;

    private static final String[] MINERALS = {
        "coal",
        "coal",
        "coal",
        "iron",
        "copper",
        "lead-zinc",
        "gold",
        "limestone",
        "limestone",
        "sand-gravel",
        "kaolin",
        "fluorite"
    };
    private static final String[] PLACE = {
        "晋源", "太岳", "汾河", "云岗", "五台", "吕梁", "沁水", "中条", "恒山", "太行", "雁门", "平遥", "龙城", "河东", "上党", "晋阳"
    };
    private static final String[] TRADE = {"煤业", "矿业", "石料", "建材", "资源", "能源", "实业"};

    /**
     * One violation of each licence, boundary and data rule, carried by the first enterprises (and the first zones),
     * so that even a small province makes every rule fire; the rest come at random at {@link #RATES}.
     */
    enum Forced {
        NO_LICENCE,
        EXPIRED,
        EXPIRING,
        OTHER_HOLDER,
        OTHER_MINERAL,
        NO_SAFETY,
        NO_DISCHARGE_PERMIT,
        POINT_OUTSIDE,
        BELOW_BOTTOM,
        BAD_LICENCE_SHAPE,
        NO_LOCATION,
        POLYGON_OUTSIDE
    }

    static final int FORCED = Forced.values().length;

    private static boolean is(Forced f, int i) {
        return i == f.ordinal();
    }

    private final int enterprises;
    private final SplittableRandom rnd;
    private final Dataset d = new Dataset();
    private final int gridColumns;

    private SyntheticProvince(int enterprises, long seed) {
        if (enterprises < 1) throw new IllegalArgumentException("at least one enterprise");
        this.enterprises = enterprises;
        this.rnd = new SplittableRandom(seed);
        this.gridColumns = (int) Math.ceil(Math.sqrt(enterprises));
    }

    /** The province for (enterprises, seed): the same arguments always give an equal dataset. */
    public static Dataset generate(int enterprises, long seed) {
        return generate(enterprises, seed, 0);
    }

    /**
     * The same, with {@code extraSitesPerMine} more point sites per mine (all inside the licence), for the geometry
     * benchmark of many sites against many licences.
     */
    public static Dataset generate(int enterprises, long seed, int extraSitesPerMine) {
        SyntheticProvince p = new SyntheticProvince(enterprises, seed);
        p.regions();
        for (int i = 0; i < enterprises; i++) p.enterprise(i, extraSitesPerMine);
        p.zones();
        p.historical();
        p.targets();
        return p.d;
    }

    /** Generates and writes the province as a template-format workbook (streamed, so any size fits in memory). */
    public static Dataset write(int enterprises, long seed, MineralVocabulary minerals, Path out) throws IOException {
        Dataset d = generate(enterprises, seed);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream os = Files.newOutputStream(out)) {
            DatasetWriter.write(d, minerals, false, os);
        }
        return d;
    }

    // ---------------------------------------------------------------- regions

    private int counties() {
        return (enterprises + ENTERPRISES_PER_COUNTY - 1) / ENTERPRISES_PER_COUNTY;
    }

    static String countyCode(int county) {
        return String.format("14%02d%02d", 1 + county / 20, 1 + county % 20);
    }

    private void regions() {
        d.regions.add(new Region("140000", "晋北省", RegionLevel.PROVINCE, null, null));
        int cities = (counties() + 19) / 20;
        for (int c = 0; c < cities; c++) {
            d.regions.add(new Region(
                    String.format("14%02d00", c + 1),
                    PLACE[c % PLACE.length] + "市" + (c / PLACE.length == 0 ? "" : c / PLACE.length),
                    RegionLevel.CITY,
                    "140000",
                    null));
        }
        for (int k = 0; k < counties(); k++) {
            String code = countyCode(k);
            d.regions.add(new Region(
                    code,
                    PLACE[(k * 7) % PLACE.length] + "县" + (k + 1),
                    RegionLevel.COUNTY,
                    code.substring(0, 4) + "00",
                    null));
        }
    }

    private void targets() {
        int[] patches = new int[counties()];
        BigDecimal[] area = new BigDecimal[counties()];
        java.util.Arrays.fill(area, BigDecimal.ZERO);
        for (HistoricalMine h : d.historicalMines) {
            int k = countyIndex(h.regionCode());
            patches[k]++;
            area[k] = area[k].add(h.area());
        }
        for (int k = 0; k < counties(); k++) {
            String code = countyCode(k);
            d.targets.add(new RegionalTarget(
                    code,
                    TargetType.HISTORICAL_TREATMENT,
                    k % 2 == 0 ? TargetMeasure.COUNT : TargetMeasure.AREA,
                    2021,
                    BigDecimal.valueOf(patches[k]),
                    area[k],
                    new BigDecimal("30"),
                    k % 3 == 0 ? LocalDate.of(2025, 6, 30) : LocalDate.of(2027, 12, 31),
                    null,
                    "省历史遗留矿山生态修复方案",
                    null));
            d.targets.add(new RegionalTarget(
                    code,
                    TargetType.GREEN_MINE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    new BigDecimal(k % 3 == 0 ? "60" : "40"),
                    "绿色矿山建设实施方案",
                    null));
        }
    }

    private static int countyIndex(String code) {
        int city = Integer.parseInt(code.substring(2, 4)) - 1;
        int inCity = Integer.parseInt(code.substring(4, 6)) - 1;
        return city * 20 + inCity;
    }

    // ---------------------------------------------------------------- one enterprise

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private int between(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal num(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }

    static String enterpriseId(int i) {
        return String.format("E%06d", i + 1);
    }

    /** South-west corner of enterprise i's cell: X northing, Y easting. */
    private double cellX(int i) {
        return X0 + (i / gridColumns) * CELL;
    }

    private double cellY(int i) {
        return Y0 + (i % gridColumns) * CELL;
    }

    private String countyOf(int i) {
        return countyCode(i / ENTERPRISES_PER_COUNTY);
    }

    private void enterprise(int i, int extraSites) {
        String eid = enterpriseId(i);
        String county = countyOf(i);
        d.enterprises.add(new Enterprise(
                eid,
                PLACE[rnd.nextInt(PLACE.length)] + PLACE[rnd.nextInt(PLACE.length)] + TRADE[rnd.nextInt(TRADE.length)]
                        + "有限公司" + (i + 1),
                creditCode(),
                county,
                null));

        String mid = String.format("M%06d", i + 1);
        String mineral = MINERALS[rnd.nextInt(MINERALS.length)];
        double st = rnd.nextDouble();
        MineStatus status = st < 0.80 || i < FORCED
                ? MineStatus.PRODUCING
                : st < 0.88 ? MineStatus.CONSTRUCTION : st < 0.96 ? MineStatus.SUSPENDED : MineStatus.CLOSED;
        double sc = rnd.nextDouble();
        MineScale scale = sc < 0.1 ? MineScale.LARGE : sc < 0.35 ? MineScale.MEDIUM : MineScale.SMALL;
        double capacity =
                switch (scale) {
                    case LARGE -> between(120, 500) * 10_000;
                    case MEDIUM -> between(30, 119) * 10_000;
                    case SMALL -> between(3, 29) * 10_000;
                };
        boolean openPit = !mineral.equals("coal") || chance(0.3);
        MiningMethod method = openPit ? MiningMethod.OPEN_PIT : MiningMethod.UNDERGROUND;
        MiningTechnique technique = openPit
                ? (chance(0.5) ? MiningTechnique.TOP_DOWN_SLICING : MiningTechnique.OTHER_OPEN_PIT)
                : (chance(0.3) ? MiningTechnique.BACKFILL : MiningTechnique.SUBSIDENCE_ALLOWED);
        LocalDate start = LocalDate.of(between(2005, 2024), between(1, 12), between(1, 28));
        boolean forest = chance(0.12);
        boolean water = chance(0.25);
        boolean pollutants = chance(0.35) || is(Forced.NO_DISCHARGE_PERMIT, i);
        LandType land = forest
                ? LandType.FOREST
                : switch (rnd.nextInt(3)) {
                    case 0 -> LandType.FARMLAND;
                    case 1 -> LandType.GRASSLAND;
                    default -> LandType.OTHER;
                };
        Mine mine = new Mine(
                mid,
                PLACE[rnd.nextInt(PLACE.length)] + (i + 1) + (openPit ? "号露天矿" : "号矿井"),
                eid,
                county,
                mineral,
                method,
                technique,
                openPit ? num(between(20, 180), 0) : null,
                status,
                scale,
                start,
                BigDecimal.valueOf(capacity),
                mineral.equals("coal") ? num(1 + rnd.nextDouble() * 6, 1) : null,
                land,
                forest,
                water,
                pollutants,
                null);
        d.mines.add(mine);

        // Mining licence: about 2% of mines have none, 3% one not in force (expired, revoked or suspended).
        String lic = String.format("C14%06d", i + 1);
        boolean noLicence = chance(0.02) && i >= FORCED || is(Forced.NO_LICENCE, i);
        double top = between(200, 900);
        double bottom = top - between(150, 600);
        int blocks = chance(0.1) ? 2 : 1;
        double cx = cellX(i), cy = cellY(i);
        // Block rectangles inside the cell's inner square; two blocks split it with a 100 m gap.
        double north = between(900, 1400), east = between(900, 1400);
        double[][] rects = blocks == 1
                ? new double[][] {{cx + 200, cy + 200, north, east}}
                : new double[][] {
                    {cx + 200, cy + 200, north, east / 2 - 50}, {cx + 200, cy + 250 + east / 2, north, east / 2 - 50}
                };
        if (!noLicence) {
            LocalDate from = LocalDate.of(between(2012, 2022), between(1, 12), between(1, 28));
            LocalDate until;
            LicenceStatus ls = LicenceStatus.VALID;
            double r = rnd.nextDouble();
            if (i < FORCED) r = is(Forced.EXPIRED, i) ? 0.01 : is(Forced.EXPIRING, i) ? 0.05 : 0.5;
            if (r < 0.02) until = CHECK_DATE.minusDays(between(1, 400)); // expired
            else if (r < 0.03) {
                until = CHECK_DATE.plusYears(3);
                ls = chance(0.5) ? LicenceStatus.REVOKED : LicenceStatus.SUSPENDED;
            } else if (r < 0.08) until = CHECK_DATE.plusDays(between(0, 90)); // inside the warning window
            else if (r < 0.10) until = CHECK_DATE.plusDays(between(91, 120)); // just outside it
            else until = CHECK_DATE.plusDays(between(121, 3650));
            // 5% run by someone other than the holder (the next enterprise), 3% produce an unlicensed mineral.
            String holder = chance(RATES) && i >= FORCED || is(Forced.OTHER_HOLDER, i)
                    ? enterpriseId((i + 1) % enterprises)
                    : eid;
            List<String> minerals = chance(0.03) && i >= FORCED || is(Forced.OTHER_MINERAL, i)
                    ? List.of(mineral.equals("coal") ? "kaolin" : "coal")
                    : List.of(mineral);
            d.licences.add(new Licence(
                    lic,
                    LicenceKind.MINING,
                    mid,
                    holder,
                    minerals,
                    from,
                    until,
                    ls,
                    BigDecimal.valueOf(capacity),
                    "晋北省自然资源厅",
                    null));
            for (int b = 0; b < blocks; b++) {
                double bTop = b == 0 ? top : bottom;
                double bBottom = b == 0 ? bottom : bottom - between(50, 200);
                d.blocks.add(new LicenceBlock(lic, b + 1, num(bTop, 0), num(bBottom, 0), null));
                double[] q = rects[b];
                double shape = i < FORCED ? (is(Forced.BAD_LICENCE_SHAPE, i) ? 0 : 0.5) : rnd.nextDouble();
                if (shape < 0.004) bowTie(ShapeOwner.LICENCE, lic, b + 1, q); // self-intersecting: BND-004
                else if (shape < 0.005) continue; // block without corner points: BND-004
                else rectangle(ShapeOwner.LICENCE, lic, b + 1, q[0], q[1], q[2], q[3]);
            }
        }

        // Other permits: safety for producing mines (5% missing or lapsed), and those the mine's activities need.
        if (status == MineStatus.PRODUCING || status == MineStatus.CONSTRUCTION) {
            double r = i < FORCED ? (is(Forced.NO_SAFETY, i) ? 0 : 0.5) : rnd.nextDouble();
            if (r >= 0.03) {
                LocalDate until =
                        r < 0.05 ? CHECK_DATE.minusDays(between(1, 300)) : CHECK_DATE.plusDays(between(30, 1100));
                d.licences.add(new Licence(
                        String.format("AQ14%06d", i + 1),
                        LicenceKind.SAFETY,
                        mid,
                        eid,
                        List.of(),
                        until.minusYears(3),
                        until,
                        LicenceStatus.VALID,
                        null,
                        "晋北省应急管理厅",
                        null));
            }
        }
        permit(pollutants, LicenceKind.POLLUTANT_DISCHARGE, "PW", i, mid, eid, "晋北省生态环境厅");
        permit(water, LicenceKind.WATER_ABSTRACTION, "QS", i, mid, eid, "晋北省水利厅");
        permit(forest, LicenceKind.FOREST_LAND, "LD", i, mid, eid, "国家林业和草原局");

        sites(i, mid, rects, bottom, blocks == 2 ? bottom : Double.NaN, extraSites);
        records(i, mine, capacity);
    }

    private void permit(boolean needed, LicenceKind kind, String prefix, int i, String mid, String eid, String issuer) {
        if (!needed
                || chance(0.05) && i >= FORCED
                || kind == LicenceKind.POLLUTANT_DISCHARGE && is(Forced.NO_DISCHARGE_PERMIT, i)) {
            return; // 5% of the mines that need one have none
        }
        LocalDate until = chance(0.05) && i >= FORCED
                ? CHECK_DATE.minusDays(between(1, 300))
                : CHECK_DATE.plusDays(between(30, 1800));
        d.licences.add(new Licence(
                String.format("%s14%06d", prefix, i + 1),
                kind,
                mid,
                eid,
                List.of(),
                until.minusYears(5),
                until,
                LicenceStatus.VALID,
                null,
                issuer,
                null));
    }

    private void sites(int i, String mid, double[][] rects, double bottom1, double bottom2, int extra) {
        int count = 1 + (chance(0.5) ? 1 : 0);
        for (int s = 0; s < count + extra; s++) {
            String id = String.format("S%06d-%d", i + 1, s + 1);
            int block = rects.length == 2 && chance(0.5) ? 1 : 0;
            double[] q = rects[block];
            double blockBottom = block == 0 ? bottom1 : bottom2;
            // Lowest elevation: 5% below the licensed bottom of the block (BND-002), some exactly on it.
            double r = i < FORCED && s == 0 ? (is(Forced.BELOW_BOTTOM, i) ? 0 : 0.5) : rnd.nextDouble();
            double lowest =
                    r < RATES ? blockBottom - between(1, 80) : r < 0.07 ? blockBottom : blockBottom + between(5, 150);
            boolean onForest = chance(0.04);
            LocalDate observed = CHECK_DATE.minusDays(between(10, 300));
            boolean polygon = s < count && chance(0.3);
            double where = rnd.nextDouble();
            if (i < FORCED && s == 0) {
                polygon = is(Forced.POLYGON_OUTSIDE, i);
                where = is(Forced.NO_LOCATION, i) ? 0.001 : is(Forced.POINT_OUTSIDE, i) || polygon ? 0.02 : 0.5;
            }
            if (s >= count) { // extra sites for the geometry benchmark: points inside the block
                addPoint(
                        id,
                        mid,
                        q[0] + 20 + rnd.nextDouble() * (q[2] - 40),
                        q[1] + 20 + rnd.nextDouble() * (q[3] - 40),
                        lowest,
                        onForest,
                        observed);
            } else if (where < 0.002) { // no location at all: DATA-001
                d.sites.add(new WorkingSite(
                        id,
                        mid,
                        "作业点" + id,
                        SiteType.SHAFT,
                        null,
                        null,
                        num(lowest, 0),
                        num(lowest, 0),
                        onForest,
                        observed,
                        null));
            } else if (polygon) {
                double n = between(60, 200), e = between(60, 200);
                double x, y;
                if (where < 0.04) { // crosses the licence's east edge: BND-001
                    x = q[0] + q[2] / 2;
                    y = q[1] + q[3] - e / 2;
                } else {
                    x = q[0] + 20 + rnd.nextDouble() * (q[2] - n - 40);
                    y = q[1] + 20 + rnd.nextDouble() * (q[3] - e - 40);
                }
                d.sites.add(new WorkingSite(
                        id,
                        mid,
                        "采场" + (s + 1),
                        SiteType.PIT,
                        null,
                        null,
                        num(lowest, 0),
                        num(lowest, 0),
                        onForest,
                        observed,
                        null));
                rectangle(ShapeOwner.SITE, id, 1, x, y, n, e);
            } else {
                double x, y;
                if (where < 0.03) { // a little north of the licence, in the cell's free strip: BND-001
                    x = q[0] + q[2] + between(5, 40);
                    y = q[1] + q[3] / 2;
                } else if (where < 0.04
                        && i + 1 < enterprises) { // inside the next enterprise's licence: BND-001 + other licence
                    x = cellX(i + 1) + 400;
                    y = cellY(i + 1) + 400;
                } else if (where < 0.045) { // on the licence edge: touching is not outside
                    x = q[0];
                    y = q[1] + q[3] / 2;
                } else {
                    x = q[0] + 10 + rnd.nextDouble() * (q[2] - 20);
                    y = q[1] + 10 + rnd.nextDouble() * (q[3] - 20);
                }
                addPoint(id, mid, x, y, lowest, onForest, observed);
            }
        }
    }

    private void addPoint(
            String id, String mid, double x, double y, double lowest, boolean forest, LocalDate observed) {
        d.sites.add(new WorkingSite(
                id,
                mid,
                "井口" + id.substring(id.indexOf('-') + 1),
                SiteType.SHAFT,
                round(x),
                round(y),
                num(lowest, 0),
                num(lowest, 0),
                forest,
                observed,
                null));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private void rectangle(ShapeOwner owner, String id, int ring, double x, double y, double north, double east) {
        x = round(x);
        y = round(y);
        d.cornerPoints.add(new CornerPoint(owner, id, ring, 1, x, y, null));
        d.cornerPoints.add(new CornerPoint(owner, id, ring, 2, round(x + north), y, null));
        d.cornerPoints.add(new CornerPoint(owner, id, ring, 3, round(x + north), round(y + east), null));
        d.cornerPoints.add(new CornerPoint(owner, id, ring, 4, x, round(y + east), null));
    }

    /** Points 2 and 3 swapped: the ring crosses itself. */
    private void bowTie(ShapeOwner owner, String id, int ring, double[] q) {
        d.cornerPoints.add(new CornerPoint(owner, id, ring, 1, round(q[0]), round(q[1]), null));
        d.cornerPoints.add(new CornerPoint(owner, id, ring, 2, round(q[0] + q[2]), round(q[1] + q[3]), null));
        d.cornerPoints.add(new CornerPoint(owner, id, ring, 3, round(q[0] + q[2]), round(q[1]), null));
        d.cornerPoints.add(new CornerPoint(owner, id, ring, 4, round(q[0]), round(q[1] + q[3]), null));
    }

    /** Production, fund, approvals and restoration progress for three years, each with its own small share of gaps. */
    private void records(int i, Mine mine, double capacity) {
        String mid = mine.id();
        boolean producing = mine.status() == MineStatus.PRODUCING || mine.status() == MineStatus.SUSPENDED;
        double price =
                switch (mine.mineral()) {
                    case "coal" -> 600;
                    case "gold" -> 2500;
                    case "copper", "lead-zinc" -> 400;
                    case "iron" -> 300;
                    default -> 60;
                };
        // The reclamation plan's cost and reserves, drawn first: the national formula (plan cost × output ÷ reserves)
        // gives each fund year's required provision, which 5% of mine-years fall short of (FND-001).
        double planCost = capacity * between(2, 8);
        double planReserves = capacity * between(10, 30);
        boolean account = !chance(0.03);
        boolean planFiled = !chance(0.03);
        double balance = between(0, 200) * 10_000;
        for (int k = 0; k < YEARS; k++) {
            int year = FIRST_YEAR + k;
            if (producing && year >= mine.productionStart().getYear()) {
                double load = chance(RATES) ? 1.05 + rnd.nextDouble() * 0.4 : 0.5 + rnd.nextDouble() * 0.45;
                double output = Math.round(capacity * load);
                // Three rates above every minimum indicator of rules/params/minimum-rates.csv (kaolin's utilisation
                // minimum is 98%), except 5% of mine-years whose mining recovery is far below it (TGT-001).
                boolean lowRates = chance(RATES);
                boolean kaolin = mine.mineral().equals("kaolin");
                d.production.add(new Production(
                        mid,
                        year,
                        BigDecimal.valueOf(output),
                        num(lowRates ? 55 + rnd.nextDouble() * 10 : 95.5 + rnd.nextDouble() * 3, 1),
                        num(86 + rnd.nextDouble() * 11, 1),
                        num(kaolin ? 98.2 + rnd.nextDouble() : 76 + rnd.nextDouble() * 20, 1),
                        money(output * price),
                        null));
                double required = planCost * output / planReserves;
                double provisioned = chance(RATES)
                        ? required * (0.3 + rnd.nextDouble() * 0.5)
                        : required * (1.001 + rnd.nextDouble() * 0.2);
                double used = provisioned * rnd.nextDouble();
                balance += provisioned - used;
                d.funds.add(new FundRecord(
                        mid,
                        year,
                        account ? String.format("JJ%06d", i + 1) : null,
                        planFiled,
                        money(provisioned),
                        money(used),
                        money(balance),
                        null));
            }
            double planned = between(2, 30) / 2.0;
            double done =
                    chance(RATES) ? planned * (0.2 + rnd.nextDouble() * 0.5) : planned * (1 + rnd.nextDouble() * 0.3);
            d.progress.add(new RestorationProgress(mid, year, num(planned, 1), num(done, 1), null));
        }
        LocalDate approved = mine.productionStart().minusYears(2);
        if (!chance(RATES)) {
            d.approvals.add(new Approval(
                    mid,
                    ApprovalKind.EIA,
                    "晋环审〔" + approved.getYear() + "〕" + (i + 1) + "号",
                    approved,
                    null,
                    capacity >= 1_200_000 ? EiaForm.REPORT : EiaForm.FORM,
                    BigDecimal.valueOf(chance(RATES) ? capacity * 0.6 : capacity),
                    null,
                    null,
                    null,
                    null,
                    null));
            if (!chance(RATES)) {
                d.approvals.add(new Approval(
                        mid,
                        ApprovalKind.EIA_ACCEPTANCE,
                        null,
                        mine.productionStart().minusMonths(2),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
        }
        if (!chance(RATES)) {
            d.approvals.add(new Approval(
                    mid,
                    ApprovalKind.SOIL_WATER_PLAN,
                    "晋水保〔" + approved.getYear() + "〕" + (i + 1) + "号",
                    approved.plusMonths(3),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        if (!chance(RATES / 2)) { // 2.5% without a plan, 2.5% with one that has lapsed (ENV-005)
            LocalDate planned = LocalDate.of(between(2016, 2022), between(1, 12), between(1, 28));
            LocalDate until = chance(RATES / 2)
                    ? CHECK_DATE.minusDays(between(1, 500))
                    : planned.plusYears(5).isAfter(CHECK_DATE)
                            ? planned.plusYears(5)
                            : CHECK_DATE.plusDays(between(30, 1500));
            d.approvals.add(new Approval(
                    mid,
                    ApprovalKind.RECLAMATION_PLAN,
                    null,
                    planned,
                    until,
                    null,
                    mine.designCapacity(),
                    money(planCost),
                    BigDecimal.valueOf(planReserves),
                    num(between(5, 120), 1),
                    mine.method(),
                    null));
        }
        boolean largeOrMedium = mine.scale() != MineScale.SMALL;
        if ((largeOrMedium && chance(0.5)) || (mine.productionStart().getYear() >= 2019 && chance(0.85))) {
            d.approvals.add(new Approval(
                    mid,
                    ApprovalKind.GREEN_MINE,
                    "绿色矿山名录" + between(2019, 2024),
                    LocalDate.of(between(2019, 2024), 6, 30),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
    }

    private String creditCode() {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder b = new StringBuilder("91140");
        while (b.length() < 18) b.append(chars.charAt(rnd.nextInt(chars.length())));
        return b.toString();
    }

    // ---------------------------------------------------------------- reference data

    /** One zone per five enterprises; a quarter of them laid over a licence's corner (BND-003), a few with bad shapes. */
    private void zones() {
        int count = Math.max(1, enterprises / 5);
        ZoneType[] types = ZoneType.values();
        for (int z = 0; z < count; z++) {
            String id = String.format("Z%05d", z + 1);
            int cell = rnd.nextInt(enterprises);
            ZoneType type = types[rnd.nextInt(types.length)];
            if (z < 2) cell = Math.min(enterprises - 1, FORCED + z); // the first two: one over a licence, one broken
            d.zones.add(new ForbiddenZone(
                    id,
                    PLACE[rnd.nextInt(PLACE.length)] + type.zh() + (z + 1),
                    type,
                    chance(0.3) ? "国家级" : "省级",
                    "晋北省人民政府",
                    null));
            double x = cellX(cell), y = cellY(cell);
            double r = z == 0 ? 0.1 : z == 1 ? 0 : rnd.nextDouble();
            if (r < 0.005) {
                bowTie(ShapeOwner.ZONE, id, 1, new double[] {x + 1650, y + 1650, 250, 250});
            } else if (r < 0.25) { // over the south-west corner of the cell's licence (and any site there)
                rectangle(ShapeOwner.ZONE, id, 1, x + 100, y + 100, between(150, 400), between(150, 400));
            } else if (r < 0.26) { // touching the licence's south edge from outside: touching is not overlapping
                rectangle(ShapeOwner.ZONE, id, 1, x + 100, y + 300, 100, 200);
            } else { // the free strip in the cell's north-east
                rectangle(ShapeOwner.ZONE, id, 1, x + 1700 + between(0, 50), y + 1700 + between(0, 50), 200, 200);
            }
        }
    }

    /** One historical patch per ten enterprises: most in the free strip, one in eight inside a licence. */
    private void historical() {
        int count = Math.max(1, enterprises / 10);
        TreatmentStatus[] statuses = TreatmentStatus.values();
        for (int h = 0; h < count; h++) {
            String id = String.format("H%06d", h + 1);
            int cell = rnd.nextInt(enterprises);
            double x = cellX(cell), y = cellY(cell);
            TreatmentStatus status = statuses[rnd.nextInt(statuses.length)];
            boolean treated = status == TreatmentStatus.TREATED || status == TreatmentStatus.NATURAL_RECOVERY;
            LocalDate treatedOn = treated ? LocalDate.of(between(2019, 2025), between(1, 12), between(1, 28)) : null;
            Boolean accepted = treated ? !chance(0.1) : null;
            BigDecimal cover =
                    treated ? num(chance(0.1) ? 20 + rnd.nextDouble() * 20 : 50 + rnd.nextDouble() * 45, 1) : null;
            boolean inside = chance(0.125);
            double px = inside ? x + 500 : x + 1700 + between(0, 100);
            double py = inside ? y + 500 : y + 1700 + between(0, 100);
            boolean polygon = chance(0.5);
            d.historicalMines.add(new HistoricalMine(
                    id,
                    "历史遗留矿山" + (h + 1),
                    countyOf(cell),
                    num(1 + rnd.nextDouble() * 20, 2),
                    between(2018, 2021),
                    status,
                    treatedOn,
                    accepted,
                    cover,
                    polygon ? null : round(px),
                    polygon ? null : round(py),
                    null));
            if (polygon) rectangle(ShapeOwner.HISTORICAL, id, 1, px, py, 100, 100);
        }
    }

    /** Every row of the dataset, for callers that only need a count. */
    public static List<String> sheetCounts(Dataset d) {
        List<String> out = new ArrayList<>();
        out.add("enterprises=" + d.enterprises.size());
        out.add("mines=" + d.mines.size());
        out.add("licences=" + d.licences.size());
        out.add("blocks=" + d.blocks.size());
        out.add("cornerPoints=" + d.cornerPoints.size());
        out.add("sites=" + d.sites.size());
        out.add("zones=" + d.zones.size());
        out.add("production=" + d.production.size());
        out.add("funds=" + d.funds.size());
        out.add("approvals=" + d.approvals.size());
        out.add("progress=" + d.progress.size());
        out.add("historical=" + d.historicalMines.size());
        out.add("regions=" + d.regions.size());
        out.add("targets=" + d.targets.size());
        return out;
    }
}

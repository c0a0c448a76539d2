package org.minecheck.tools.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minecheck.model.*;
import org.minecheck.tools.demo.Shapes.Pt;

/**
 * One mine of the demo county and everything it files: the mine row, its mining licence with blocks and corner points,
 * the other permits, working sites, production and the three rates, restoration fund, approvals and plans, and
 * restoration progress for 2023–2025. Every field starts compliant; {@link DemoRegion} changes the few fields that make
 * a planted case, each with a comment saying which rule it is for. Variation (dates, sizes, rates) comes from a
 * {@link Random} seeded by the mine id, so the county is the same on every run and one mine's edit moves no other.
 */
final class MinePlan {
    static final int[] YEARS = {2023, 2024, 2025};

    enum Kind {
        UNDERGROUND_COAL("coal", MiningMethod.UNDERGROUND),
        OPEN_PIT_COAL("coal", MiningMethod.OPEN_PIT),
        KAOLIN("kaolin", MiningMethod.OPEN_PIT),
        LIMESTONE("limestone-building", MiningMethod.OPEN_PIT),
        SAND_GRAVEL("sand-gravel", MiningMethod.OPEN_PIT);

        final String mineral;
        final MiningMethod method;

        Kind(String mineral, MiningMethod method) {
            this.mineral = mineral;
            this.method = method;
        }

        boolean coal() {
            return this == UNDERGROUND_COAL || this == OPEN_PIT_COAL;
        }
    }

    record Block(int no, List<Pt> ring, int top, int bottom) {}

    /** A working site: a point (shaft) or a ring (pit, dump). */
    record Site(
            String id,
            String name,
            SiteType type,
            Pt point,
            List<Pt> ring,
            Integer lowest,
            boolean onForest,
            LocalDate observedOn) {}

    final String id;
    final String enterpriseId;
    final String name;
    final Kind kind;
    final MineScale scale;
    final double capacity;
    final Pt centre;
    final Random random;
    /** The mine's number (M07 → 7): keeps document numbers distinct. */
    final int serial;

    String mineral;
    MineStatus status = MineStatus.PRODUCING;
    LocalDate productionStart;
    /** Null when there is none (an unlicensed pit). */
    Double designCapacity;

    Double seam;
    LandType land;
    boolean occupiesForest;
    boolean abstractsWater;
    boolean dischargesPollutants;

    double radius;
    /** Bearing of the main pit or shaft from the licence centre; the dump lies opposite unless set. */
    double siteBearing = 90;

    Double dumpBearing;
    /** Size of the default pit and dump relative to the licence (1: a pit of about a third of its width). */
    double siteScale = 1;

    boolean twoBlocks;
    /** A licence outline drawn by hand instead of generated. */
    List<Pt> handRing;

    int top;
    int bottom;
    final List<Block> blocks = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();

    boolean miningLicence = true;
    String licenceNumber;
    String holderId;
    List<String> licensedMinerals;
    LocalDate licenceFrom;
    LocalDate licenceUntil;
    LicenceStatus licenceStatus = LicenceStatus.VALID;
    double licenceCapacity;

    /** False: the licence states no production scale (DATA-016). */
    boolean licenceStatesScale = true;

    boolean safetyLicence = true;
    /** The enterprise the safety licence names, when not the mining licence's holder (LIC-008). */
    String safetyHolderId;
    /**
     * A well-run mine applies for the renewal of its safety, pollutant discharge and water permits once the warning
     * before each permit's renewal deadline starts; false: it has not (LIC-009).
     */
    boolean renewalsFiled = true;
    /** False: the mine's row leaves the production start date blank (DATA-018), though the mine has one. */
    boolean fileProductionStart = true;
    /** Sites whose highest working elevation is left blank (DATA-015). */
    final java.util.Set<String> sitesWithoutHighest = new java.util.HashSet<>();
    /** Per year: yuan added to the year-end balance filed, so it no longer reconciles (FND-005). */
    double[] balanceOffset = new double[3];

    LocalDate safetyFrom;
    LocalDate safetyUntil;
    boolean pollutantPermit = true;
    LocalDate pollutantFrom;
    boolean waterPermit = true;
    LocalDate waterFrom;
    LocalDate waterUntil;
    boolean forestApproval = true;

    boolean eia = true;
    double eiaCapacity;
    boolean eiaAcceptance = true;
    boolean soilWaterPlan = true;
    boolean reclamationPlan = true;
    LocalDate planApproved;
    LocalDate planUntil;
    LocalDate greenListed;

    /**
     * Per year 2023–2025: output as a share of design capacity. A year without output is filed as output 0 (a mine
     * standing still, closed or under construction still reports its year, and the fund formula needs it).
     */
    double[] outputShare = new double[3];

    double[] miningRecovery = new double[3];
    double[] beneficiationRecovery = new double[3];
    double[] utilisation = new double[3];
    boolean productionRows = true;

    double planCost;
    double planReserves;
    double yearlyRestoration;
    boolean fundRows = true;
    boolean fundAccount = true;
    /** Per year: provision as a share of the plan-based need (planCost × output ÷ planReserves). */
    double[] provisionShare = new double[3];
    /**
     * Provisions exactly the national formula's amount, to the yuan (plan cost × the year's output ÷ plan reserves,
     * half up), instead of a round sum above it.
     */
    boolean provisionsToTheYuan;
    /** Per year: share of the year's provision spent on restoration. */
    double[] usedShare = new double[3];

    double openingBalance = -1;
    boolean progressRows = true;
    /** Per year: completed restoration area as a share of the planned area. */
    double[] completedShare = new double[3];

    MinePlan(String id, String enterpriseId, String name, Kind kind, MineScale scale, double capacity, Pt centre) {
        this.id = id;
        this.enterpriseId = enterpriseId;
        this.name = name;
        this.kind = kind;
        this.scale = scale;
        this.capacity = capacity;
        this.centre = centre;
        this.random = new Random(0x5EED_0000L + id.hashCode());
        this.serial = Integer.parseInt(id.replaceAll("\\D", ""));
        this.mineral = kind.mineral;
        this.holderId = enterpriseId;
        this.licensedMinerals = List.of(kind.mineral);
        this.designCapacity = capacity;
        this.licenceCapacity = capacity;
        this.eiaCapacity = capacity;
        compliantDefaults();
    }

    private int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    private double between(double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    private LocalDate dateIn(int year, int fromMonth, int toMonth) {
        return LocalDate.of(year, between(fromMonth, toMonth), between(1, 28));
    }

    private static double oneDecimal(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Everything as a well-run mine of its kind and size files it. */
    private void compliantDefaults() {
        boolean large = scale == MineScale.LARGE;
        switch (kind) {
            case UNDERGROUND_COAL -> {
                radius = 1100 + capacity / 1e6 * 300;
                top = between(1300, 1360);
                bottom = between(950, 1010);
                seam = oneDecimal(between(5.0, 11.0));
                land = random.nextBoolean() ? LandType.FARMLAND : LandType.GRASSLAND;
                productionStart = dateIn(between(2008, 2013), 1, 12);
            }
            case OPEN_PIT_COAL -> {
                radius = 1300 + capacity / 1e6 * 90;
                top = between(1450, 1490);
                bottom = between(1170, 1210);
                seam = oneDecimal(between(12.0, 26.0));
                land = LandType.GRASSLAND;
                productionStart = dateIn(between(2006, 2012), 1, 12);
            }
            case KAOLIN -> {
                radius = between(260, 320);
                top = between(1420, 1450);
                bottom = between(1350, 1370);
                land = LandType.GRASSLAND;
                productionStart = dateIn(between(2013, 2015), 1, 12);
            }
            case LIMESTONE -> {
                radius = between(300, 360);
                top = between(1430, 1470);
                bottom = between(1360, 1380);
                land = LandType.OTHER;
                productionStart = dateIn(2015, 1, 12);
            }
            case SAND_GRAVEL -> {
                radius = between(230, 270);
                top = between(1280, 1300);
                bottom = between(1262, 1270);
                land = LandType.OTHER;
                productionStart = dateIn(2016, 1, 12);
            }
        }
        abstractsWater = kind.coal();
        dischargesPollutants = kind.coal();

        // Licence terms by size (登记办法 Art. 7: large ≤30, medium ≤20, small ≤10 years), all granted before 2017 so
        // that no compliant mine counts as a "new" mine for the green-mine rule.
        int years = large ? 30 : scale == MineScale.MEDIUM ? 20 : 10;
        licenceFrom = switch (scale) {
            case LARGE -> dateIn(between(2009, 2012), 1, 12);
            case MEDIUM -> dateIn(between(2008, 2014), 1, 12);
            case SMALL -> dateIn(2016, 6, 11);
        };
        licenceUntil = licenceFrom.plusYears(years).minusDays(1);
        safetyFrom = dateIn(between(2023, 2024), 1, 12);
        safetyUntil = safetyFrom.plusYears(3).minusDays(1);
        pollutantFrom = dateIn(between(2021, 2023), 1, 12);
        waterFrom = dateIn(between(2021, 2023), 1, 12);
        waterUntil = waterFrom.plusYears(5).minusDays(1);
        // The plan in force was approved in 2021 or 2022, before the first fund year of the workbook (2023), and its
        // five-year service period runs at least to the end of 2025: it governs every fund year and is still in force
        // on the check date. One draw of the generator, as before, so nothing else in the county moves.
        planApproved = dateIn(Math.min(between(2021, 2023), 2022), 1, 10);
        planUntil = planApproved.plusYears(5).minusDays(1);

        for (int i = 0; i < 3; i++) {
            outputShare[i] = between(0.84, 0.98);
            provisionShare[i] = between(1.08, 1.20);
            usedShare[i] = between(0.78, 0.94);
            completedShare[i] = between(1.00, 1.12);
            switch (kind) {
                case UNDERGROUND_COAL -> rates(i, 81.0, 84.5, 88, 96, 80, 90);
                case OPEN_PIT_COAL -> rates(i, 96.0, 97.6, 90, 97, 82, 92);
                case KAOLIN -> rates(i, 87.0, 91.0, 86, 89, 98.2, 99.0);
                case LIMESTONE -> rates(i, 96.0, 98.0, 95, 98, 96, 99);
                case SAND_GRAVEL -> rates(i, 95.0, 98.0, 94, 97, 95, 98);
            }
        }

        // Restoration plan: total cost per tonne of reserves and the yearly restoration task, by kind.
        double lifeYears =
                switch (kind) {
                    case UNDERGROUND_COAL, OPEN_PIT_COAL -> between(25, 38);
                    case KAOLIN -> between(15, 22);
                    case LIMESTONE -> between(10, 15);
                    case SAND_GRAVEL -> between(8, 12);
                };
        double costPerTonne =
                switch (kind) {
                    case UNDERGROUND_COAL -> between(4.5, 6.5);
                    case OPEN_PIT_COAL -> between(9.0, 13.0);
                    case KAOLIN -> between(7.0, 9.0);
                    case LIMESTONE -> between(4.0, 6.0);
                    case SAND_GRAVEL -> between(3.0, 5.0);
                };
        planReserves = Math.round(capacity * lifeYears / 10_000) * 10_000.0;
        planCost = Math.round(planReserves * costPerTonne / 10_000) * 10_000.0;
        yearlyRestoration = oneDecimal(
                switch (kind) {
                    case UNDERGROUND_COAL -> capacity / 1e6 * between(14, 18);
                    case OPEN_PIT_COAL -> capacity / 1e6 * between(11, 13);
                    case KAOLIN -> between(3, 6);
                    case LIMESTONE -> between(2, 5);
                    case SAND_GRAVEL -> between(2, 4);
                });
    }

    private void rates(int i, double recLo, double recHi, double benLo, double benHi, double useLo, double useHi) {
        miningRecovery[i] = oneDecimal(between(recLo, recHi));
        beneficiationRecovery[i] = oneDecimal(between(benLo, benHi));
        utilisation[i] = oneDecimal(between(useLo, useHi));
    }

    // ---- geometry ----

    /** Lays out the licence blocks and the default sites; planted sites are added afterwards. */
    MinePlan layout() {
        if (handRing != null) {
            blocks.add(new Block(1, handRing, top, bottom));
        } else if (twoBlocks) {
            // Two blocks side by side, west and east, the east one licensed deeper (a lower seam).
            double r = radius * 0.55;
            blocks.add(new Block(1, Shapes.convex(random, centre.toward(270, r + 60), r, 6), top, bottom + 70));
            blocks.add(new Block(2, Shapes.convex(random, centre.toward(90, r + 60), r, 6), top - 30, bottom));
        } else {
            blocks.add(new Block(1, Shapes.convex(random, centre, radius, between(5, 7)), top, bottom));
        }
        LocalDate observed = dateIn(2025, 9, 11);
        for (Block b : blocks) {
            Pt c = blockCentre(b);
            int n = sites.size() + 1;
            String blockName = blocks.size() > 1 ? b.no() + "号采区" : "";
            if (kind == Kind.UNDERGROUND_COAL) {
                sites.add(new Site(
                        id + "-S" + n,
                        blockName + (n == 1 ? "主斜井" : "副立井"),
                        SiteType.SHAFT,
                        c.toward(siteBearing, radiusOf(b) * 0.3),
                        null,
                        b.bottom() + between(40, 120),
                        false,
                        observed));
                sites.add(new Site(
                        id + "-S" + (n + 1),
                        blockName + "回风立井",
                        SiteType.SHAFT,
                        c.toward(siteBearing + 150, radiusOf(b) * 0.45),
                        null,
                        b.bottom() + between(60, 160),
                        false,
                        observed));
            } else {
                Pt pitAt = c.toward(siteBearing, radiusOf(b) * 0.25);
                sites.add(new Site(
                        id + "-S" + n,
                        blockName + (kind.coal() ? "采场" : "采坑"),
                        SiteType.PIT,
                        null,
                        Shapes.shrunk(b.ring(), pitAt, 0.35 * siteScale),
                        b.bottom() + between(25, 60),
                        false,
                        observed));
                if (kind.coal() || kind == Kind.KAOLIN) {
                    double db = dumpBearing != null ? dumpBearing : siteBearing + 180;
                    Pt dumpAt = c.toward(db, radiusOf(b) * 0.6);
                    sites.add(new Site(
                            id + "-S" + (n + 1),
                            blockName + "排土场",
                            SiteType.DUMP,
                            null,
                            Shapes.shrunk(b.ring(), dumpAt, 0.22 * siteScale),
                            null,
                            false,
                            observed));
                }
            }
        }
        return this;
    }

    Pt blockCentre(Block b) {
        double x = 0;
        double y = 0;
        for (Pt p : b.ring()) {
            x += p.x();
            y += p.y();
        }
        return new Pt(
                Shapes.round(x / b.ring().size()), Shapes.round(y / b.ring().size()));
    }

    double radiusOf(Block b) {
        Pt c = blockCentre(b);
        return b.ring().stream().mapToDouble(p -> Shapes.distance(c, p)).min().orElse(radius);
    }

    Site site(int n) {
        return sites.get(n - 1);
    }

    void replaceSite(int n, Site s) {
        sites.set(n - 1, s);
    }

    // ---- output ----

    private static BigDecimal dec(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros();
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(Math.round(v / 1000) * 1000L);
    }

    /** Tonnes, rounded as a statistics form would: to 100 t. */
    double output(int i) {
        return Math.round(capacity * outputShare[i] / 100) * 100.0;
    }

    /** The restoration fund the plan calls for in year i: plan cost spread over reserves by output (citations §8.1). */
    double need(int i) {
        double tonnes = Math.max(output(i), i > 0 ? output(i - 1) : 0);
        return planCost * tonnes / planReserves;
    }

    private static final double[] COAL_PRICE = {780, 650, 560};
    private static final double[] KAOLIN_PRICE = {210, 200, 190};
    private static final double[] LIMESTONE_PRICE = {62, 58, 55};
    private static final double[] SAND_PRICE = {48, 46, 45};

    private double price(int i) {
        return switch (kind) {
            case UNDERGROUND_COAL, OPEN_PIT_COAL -> COAL_PRICE[i];
            case KAOLIN -> KAOLIN_PRICE[i];
            case LIMESTONE -> LIMESTONE_PRICE[i];
            case SAND_GRAVEL -> SAND_PRICE[i];
        };
    }

    private boolean bigMine() {
        return scale != MineScale.SMALL || kind.coal();
    }

    private String docNo(String provincial, String city, int year, int offset) {
        return String.format("%s〔%d〕%d号", bigMine() ? provincial : city, year, 20 + (serial * 37 + offset) % 280);
    }

    void addTo(Dataset d, Map<String, String> creditCodes) {
        String creditCode = creditCodes.get(holderId);
        MiningMethod method = kind.method;
        MiningTechnique technique =
                switch (kind) {
                    case UNDERGROUND_COAL -> MiningTechnique.SUBSIDENCE_ALLOWED;
                    default -> MiningTechnique.TOP_DOWN_SLICING;
                };
        // "depth or height of the pit" (the template): a hillside pit whose floor lies above the block's top has a
        // height, never a negative depth (which the schema now refuses)
        BigDecimal pitDepth = method == MiningMethod.OPEN_PIT
                        && !sites.isEmpty()
                        && sites.get(0).lowest() != null
                ? dec(Math.abs(top - sites.get(0).lowest()))
                : null;
        d.mines.add(new Mine(
                id,
                name,
                enterpriseId,
                DemoRegion.COUNTY,
                mineral,
                method,
                technique,
                pitDepth,
                status,
                scale,
                fileProductionStart ? productionStart : null,
                designCapacity == null ? null : dec(designCapacity),
                seam == null ? null : dec(seam),
                land,
                occupiesForest,
                abstractsWater,
                dischargesPollutants,
                null));

        if (miningLicence) {
            if (licenceNumber == null) {
                licenceNumber = String.format(
                        "C140000%04d%02d110%07d",
                        licenceFrom.getYear(), licenceFrom.getMonthValue(), 1_000_000 + random.nextInt(9_000_000));
            }
            // Coal and medium or large mines are licensed by the province, small non-coal mines by the city.
            d.licences.add(new Licence(
                    licenceNumber,
                    LicenceKind.MINING,
                    id,
                    holderId,
                    licensedMinerals,
                    licenceFrom,
                    licenceUntil,
                    licenceStatus,
                    licenceStatesScale ? dec(licenceCapacity) : null,
                    licensedMinerals.contains("coal") || scale != MineScale.SMALL ? "山西省自然资源厅" : "朔州市自然资源局",
                    null));
            for (Block b : blocks) {
                d.blocks.add(new LicenceBlock(licenceNumber, b.no(), dec(b.top()), dec(b.bottom()), null));
                addRing(d, ShapeOwner.LICENCE, licenceNumber, b.no(), b.ring());
            }
        }
        if (safetyLicence) {
            String no = kind.coal()
                    ? String.format("(晋)MK安许证字〔%d〕S%04d", safetyFrom.getYear(), 100 + serial * 13)
                    : String.format("(晋)FM安许证字〔%d〕H%04d", safetyFrom.getYear(), 300 + serial * 11);
            d.licences.add(new Licence(
                    no,
                    LicenceKind.SAFETY,
                    id,
                    safetyHolderId != null ? safetyHolderId : holderId,
                    List.of(),
                    safetyFrom,
                    safetyUntil,
                    LicenceStatus.VALID,
                    null,
                    kind.coal() ? "山西省应急管理厅" : "朔州市应急管理局",
                    null));
            if (!safetyUntil.isBefore(DemoRegion.CHECK_DATE))
                renewal(d, no, LicenceKind.SAFETY, safetyUntil.minusMonths(3));
        }
        if (dischargesPollutants && pollutantPermit) {
            String no = creditCode + String.format("%03dV", 1 + serial % 3);
            LocalDate until = pollutantFrom.plusYears(5).minusDays(1);
            d.licences.add(new Licence(
                    no,
                    LicenceKind.POLLUTANT_DISCHARGE,
                    id,
                    holderId,
                    List.of(),
                    pollutantFrom,
                    until,
                    LicenceStatus.VALID,
                    null,
                    "朔州市生态环境局",
                    null));
            if (!until.isBefore(DemoRegion.CHECK_DATE)) {
                renewal(d, no, LicenceKind.POLLUTANT_DISCHARGE, until.minusDays(60));
            }
        }
        if (abstractsWater && waterPermit) {
            String no = String.format("取水(晋朔)字〔%d〕第%03d号", waterFrom.getYear(), 10 + serial * 7);
            d.licences.add(new Licence(
                    no,
                    LicenceKind.WATER_ABSTRACTION,
                    id,
                    holderId,
                    List.of(),
                    waterFrom,
                    waterUntil,
                    LicenceStatus.VALID,
                    null,
                    "朔州市水务局",
                    null));
            if (!waterUntil.isBefore(DemoRegion.CHECK_DATE)) {
                renewal(d, no, LicenceKind.WATER_ABSTRACTION, waterUntil.minusDays(45));
            }
        }
        boolean needsForest = occupiesForest || sites.stream().anyMatch(Site::onForest);
        if (needsForest && forestApproval) {
            LocalDate from = licenceFrom.plusMonths(between(2, 8));
            d.licences.add(new Licence(
                    String.format("晋林资许准〔%d〕%d号", from.getYear(), 100 + serial * 3),
                    LicenceKind.FOREST_LAND,
                    id,
                    holderId,
                    List.of(),
                    from,
                    licenceUntil,
                    LicenceStatus.VALID,
                    null,
                    "山西省林业和草原局",
                    null));
        }

        // Workings rise 20 m above their lowest level and stay inside the licensed range: never above the lowest
        // block top (a shallow sand pit's lowest level is kept 10 m under it).
        int lowestTop = blocks.stream().mapToInt(Block::top).min().orElse(top);
        for (Site s : sites) {
            Integer low = s.lowest() == null ? null : Math.min(s.lowest(), lowestTop - 10);
            Integer high = low == null || sitesWithoutHighest.contains(s.id()) ? null : Math.min(low + 20, lowestTop);
            d.sites.add(new WorkingSite(
                    s.id(),
                    id,
                    s.name(),
                    s.type(),
                    s.point() == null ? null : s.point().x(),
                    s.point() == null ? null : s.point().y(),
                    low == null ? null : dec(low),
                    high == null ? null : dec(high),
                    s.onForest(),
                    s.observedOn(),
                    null));
            if (s.ring() != null) addRing(d, ShapeOwner.SITE, s.id(), 1, s.ring());
        }

        approvals(d);
        if (productionRows) {
            for (int i = 0; i < 3; i++) {
                if (outputShare[i] <= 0) {
                    d.production.add(
                            new Production(id, YEARS[i], BigDecimal.ZERO, null, null, null, BigDecimal.ZERO, null));
                    continue;
                }
                d.production.add(new Production(
                        id,
                        YEARS[i],
                        dec(output(i)),
                        dec(miningRecovery[i]),
                        dec(beneficiationRecovery[i]),
                        dec(utilisation[i]),
                        money(output(i) * price(i)),
                        null));
            }
        }
        if (fundRows) funds(d);
        if (progressRows) {
            for (int i = 0; i < 3; i++) {
                double planned = oneDecimal(yearlyRestoration * (0.95 + 0.05 * i));
                d.progress.add(new RestorationProgress(
                        id, YEARS[i], dec(planned), dec(oneDecimal(planned * completedShare[i])), null));
            }
        }
    }

    /**
     * The renewal application of a permit whose renewal deadline is near on the check date: filed on the day the
     * 30-day warning before the deadline starts (a well-run mine), unless the plan says it was not.
     */
    private void renewal(Dataset d, String number, LicenceKind kind, LocalDate deadline) {
        LocalDate warningFrom = deadline.minusDays(30);
        if (!renewalsFiled || warningFrom.isAfter(DemoRegion.CHECK_DATE)) return;
        d.licenceEvents.add(new LicenceEvent(number, kind, LicenceEventType.RENEWAL_APPLIED, warningFrom, null, null));
    }

    private void approvals(Dataset d) {
        LocalDate start = productionStart != null ? productionStart : licenceFrom.plusYears(2);
        LocalDate eiaOn = start.minusMonths(between(20, 34));
        if (eia) {
            EiaForm form = kind.coal() || scale != MineScale.SMALL ? EiaForm.REPORT : EiaForm.FORM;
            String no = scale == MineScale.LARGE && kind.coal()
                    ? String.format("环审〔%d〕%d号", eiaOn.getYear(), 100 + serial * 7)
                    : docNo("晋环审批函", "朔环审", eiaOn.getYear(), 1);
            d.approvals.add(new Approval(
                    id,
                    ApprovalKind.EIA,
                    no,
                    eiaOn,
                    null,
                    form,
                    dec(eiaCapacity),
                    null,
                    null,
                    null,
                    kind.method,
                    null));
        }
        if (eia && eiaAcceptance && productionStart != null) {
            LocalDate on = productionStart.plusMonths(between(8, 20));
            String no = on.getYear() < 2018 ? docNo("晋环验", "朔环验", on.getYear(), 2) : "自主验收 " + on;
            d.approvals.add(new Approval(
                    id, ApprovalKind.EIA_ACCEPTANCE, no, on, null, null, null, null, null, null, null, null));
        }
        if (soilWaterPlan) {
            LocalDate on = eiaOn.plusMonths(between(1, 4));
            d.approvals.add(new Approval(
                    id,
                    ApprovalKind.SOIL_WATER_PLAN,
                    docNo("晋水保函", "朔水保函", on.getYear(), 3),
                    on,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        if (reclamationPlan) {
            d.approvals.add(new Approval(
                    id,
                    ApprovalKind.RECLAMATION_PLAN,
                    docNo("晋自然资函", "朔自然资函", planApproved.getYear(), 4),
                    planApproved,
                    planUntil,
                    null,
                    dec(capacity),
                    dec(planCost),
                    dec(planReserves),
                    dec(oneDecimal(yearlyRestoration * 5)),
                    kind.method,
                    null));
        }
        if (greenListed != null) {
            d.approvals.add(new Approval(
                    id,
                    ApprovalKind.GREEN_MINE,
                    String.format("晋自然资发〔%d〕%d号", greenListed.getYear(), 10 + greenListed.getYear() % 7),
                    greenListed,
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

    private void funds(Dataset d) {
        // A fund sub-account at a local bank: 20 digits.
        String account = fundAccount
                ? String.format("1405%02d%014d", serial, Math.floorMod(random.nextLong(), 100_000_000_000_000L))
                : null;
        double balance = openingBalance >= 0
                ? openingBalance
                : Math.round(need(0) * provisionShare[0] * 0.45 / 10_000) * 10_000.0;
        for (int i = 0; i < 3; i++) {
            BigDecimal exact = BigDecimal.valueOf(planCost)
                    .multiply(BigDecimal.valueOf(output(i)))
                    .divide(BigDecimal.valueOf(planReserves), 0, RoundingMode.HALF_UP);
            double provisioned = provisionsToTheYuan
                    ? exact.doubleValue()
                    : Math.ceil(need(i) * provisionShare[i] / 10_000) * 10_000;
            double used = output(i) > 0
                    ? Math.round(provisioned * usedShare[i] / 1000) * 1000.0
                    : Math.round(balance * usedShare[i] / 1000) * 1000.0;
            balance = balance + provisioned - used;
            d.funds.add(new FundRecord(
                    id,
                    YEARS[i],
                    account,
                    fundAccount,
                    provisionsToTheYuan ? exact : money(provisioned),
                    money(used),
                    provisionsToTheYuan ? BigDecimal.valueOf(Math.round(balance)) : money(balance + balanceOffset[i]),
                    null));
        }
    }

    private static void addRing(Dataset d, ShapeOwner owner, String ownerId, int ringNo, List<Pt> ring) {
        for (int i = 0; i < ring.size(); i++) {
            d.cornerPoints.add(new CornerPoint(
                    owner, ownerId, ringNo, i + 1, ring.get(i).x(), ring.get(i).y(), null));
        }
    }

    static BigDecimal hectares(double m2) {
        return BigDecimal.valueOf(m2 / 10_000).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}

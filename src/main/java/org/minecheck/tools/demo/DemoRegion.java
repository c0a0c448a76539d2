package org.minecheck.tools.demo;

import static org.minecheck.model.MineScale.LARGE;
import static org.minecheck.model.MineScale.MEDIUM;
import static org.minecheck.model.MineScale.SMALL;
import static org.minecheck.tools.demo.MinePlan.Kind.KAOLIN;
import static org.minecheck.tools.demo.MinePlan.Kind.LIMESTONE;
import static org.minecheck.tools.demo.MinePlan.Kind.OPEN_PIT_COAL;
import static org.minecheck.tools.demo.MinePlan.Kind.SAND_GRAVEL;
import static org.minecheck.tools.demo.MinePlan.Kind.UNDERGROUND_COAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minecheck.model.*;
import org.minecheck.tools.demo.Shapes.Pt;

/**
 * The bundled demo: one coal and kaolin county, 平鲁区 of 朔州市 in 山西省 (Pinglu District, Shuozhou, Shanxi), with
 * 42 enterprises and 48 mines, a nature reserve, an ecological red line, a historical-mine inventory of 20 patches and
 * the county's targets. Every name, number, document and coordinate is invented; the place, the minerals, the sizes
 * and the coordinate system (CGCS2000, 3° zone 37, central meridian 111° E) are what such a county has.
 *
 * <p>Most enterprises are compliant. Twelve carry planted cases, each marked below with the rule it is for and listed
 * in {@code test-data/README.md}; the check date the cases are built for is {@link #CHECK_DATE}. Deterministic: no
 * clock, no unseeded random — {@code build()} returns the same dataset every time, which {@code DemoRegionTest} holds
 * against the committed {@code test-data/demo-region.xlsx}.
 */
public final class DemoRegion {
    public static final LocalDate CHECK_DATE = LocalDate.of(2025, 12, 31);
    static final String PROVINCE = "140000";
    static final String CITY = "140600";
    static final String COUNTY = "140603";

    /** The county lies in a grid of 5 km cells from this south-west corner (3° zone 37: Y carries the prefix 37). */
    private static final double X0 = 4_362_000;

    private static final double Y0 = 37_578_000;
    private static final double CELL = 5_000;

    /** The nature reserve's eastern boundary: licence M35 reaches across it, licence M19 only touches it. */
    private static final double RESERVE_EAST_Y = 37_589_100;
    /** The red line's western boundary: licence M39 and its pit reach across it. */
    private static final double RED_LINE_WEST_Y = 37_626_300;

    private final Dataset d = new Dataset();
    private final Map<String, String> creditCodes = new LinkedHashMap<>();
    private final Map<String, MinePlan> mines = new LinkedHashMap<>();

    private DemoRegion() {}

    public static Dataset build() {
        return new DemoRegion().county();
    }

    private Dataset county() {
        regions();
        enterprises();
        minesAsFiled();
        plantedCases();
        for (MinePlan m : mines.values()) m.addTo(d, creditCodes);
        // M15's licence was cancelled on the day its closure was accepted: a check as of an earlier date sees it in
        // force.
        d.licenceEvents.add(new LicenceEvent(
                m("M15").licenceNumber,
                LicenceKind.MINING,
                LicenceEventType.CANCELLED,
                date(2021, 11, 30),
                "朔自然资注〔2021〕17号",
                null));
        zones();
        historicalMines();
        targets();
        return d;
    }

    private void regions() {
        d.regions.add(new Region(PROVINCE, "山西省", RegionLevel.PROVINCE, null, null));
        d.regions.add(new Region(CITY, "朔州市", RegionLevel.CITY, PROVINCE, null));
        d.regions.add(new Region(COUNTY, "平鲁区", RegionLevel.COUNTY, CITY, null));
    }

    // ---- enterprises ----

    private void enterprises() {
        String[] names = {
            "朔州市平鲁区鑫源煤业有限公司", "山西平鲁恒泰煤业有限公司", "朔州市平鲁区鑫达砂石料场", "朔州市平鲁区永盛煤业有限公司",
            "山西晋丰煤业有限公司", "朔州市平鲁区宏基石料有限公司", "朔州市兴隆煤业有限公司", "山西平鲁金鼎煤业有限公司",
            "山西平鲁福昌煤业有限公司", "朔州市泰丰煤业有限责任公司", "山西朔州平鲁区德润煤业有限公司", "朔州市平鲁区通达工贸有限公司",
            "朔州市平鲁区兴盛煤业有限公司", "朔州市昌盛煤业有限公司", "山西平鲁宏远露天煤业有限公司", "山西朔州瑞丰矿业有限公司",
            "朔州市平鲁区聚鑫露天煤业有限公司", "朔州市平鲁区华瑞高岭土有限公司", "朔州市平鲁区金泰煤业有限公司", "山西朔州金岭高岭土有限公司",
            "朔州市平鲁区宏达石料有限公司", "山西平鲁晋泰煤业集团有限公司", "朔州市平鲁区福瑞建材有限公司", "朔州市平鲁区祥和砂石有限公司",
            "朔州市平鲁区安顺煤业有限公司", "山西广源煤业有限公司", "朔州市宝丰煤业有限公司", "山西平鲁德隆煤业有限公司",
            "朔州市平鲁区天河煤业有限公司", "朔州市平鲁区嘉禾高岭土有限公司", "山西朔州华晋能源有限公司", "朔州市平鲁区东坡煤业有限公司",
            "山西平鲁盛源露天煤业有限公司", "朔州市平鲁区利民煤业有限公司", "山西华泰煤业有限公司", "朔州市平鲁区金石石料有限公司",
            "朔州市平鲁区金岩高岭土有限公司", "朔州市万通煤业有限公司", "山西平鲁金达煤业有限公司", "朔州市平鲁区永安砂石有限公司",
            "山西平鲁昌隆露天煤业有限公司", "朔州市平鲁区鼎鑫矿业有限公司"
        };
        Random random = new Random(140603);
        for (int i = 0; i < names.length; i++) {
            String id = String.format("E%02d", i + 1);
            // A sole proprietorship (个体工商户) registers with type 92, companies with 91.
            String type = names[i].endsWith("料场") ? "92" : "91";
            String code = creditCode(type + COUNTY + organisationCode(random));
            creditCodes.put(id, code);
            d.enterprises.add(new Enterprise(id, names[i], code, COUNTY, null));
        }
    }

    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Nine characters: an old organisation code (digits) or a new one (MA…). */
    private static String organisationCode(Random random) {
        StringBuilder s = new StringBuilder();
        if (random.nextBoolean()) {
            s.append("MA0");
            for (int i = 0; i < 6; i++) s.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        } else {
            s.append(5 + random.nextInt(3));
            for (int i = 0; i < 8; i++) s.append(random.nextInt(10));
        }
        return s.toString();
    }

    /** The 18-character unified social credit code with its check character (GB 32100-2015). */
    static String creditCode(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += CODE_CHARS.indexOf(first17.charAt(i)) * CODE_WEIGHTS[i];
        int check = 31 - sum % 31;
        return first17 + CODE_CHARS.charAt(check == 31 ? 0 : check);
    }

    // ---- mines ----

    private static Pt cellCentre(int row, int col) {
        return new Pt(X0 + (row + 0.5) * CELL, Y0 + (col + 0.5) * CELL);
    }

    /** A mine near the centre of a grid cell, shifted up to 300 m so the county does not look ruled. */
    private MinePlan mine(
            String id,
            String enterprise,
            String name,
            MinePlan.Kind kind,
            MineScale scale,
            double capacity,
            int row,
            int col) {
        Random shift = new Random(id.hashCode());
        Pt at = cellCentre(row, col);
        at = new Pt(
                Shapes.round(at.x() + (shift.nextDouble() - 0.5) * 600),
                Shapes.round(at.y() + (shift.nextDouble() - 0.5) * 600));
        return mineAt(id, enterprise, name, kind, scale, capacity, at);
    }

    private MinePlan mineAt(
            String id,
            String enterprise,
            String name,
            MinePlan.Kind kind,
            MineScale scale,
            double capacity,
            Pt centre) {
        MinePlan m = new MinePlan(id, enterprise, name, kind, scale, capacity, centre);
        mines.put(id, m);
        return m;
    }

    private MinePlan m(String id) {
        return mines.get(id);
    }

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    /** Every mine as filed; the planted cases are changed afterwards in {@link #plantedCases()}. */
    private void minesAsFiled() {
        mine("M01", "E01", "平鲁区鑫源煤矿", UNDERGROUND_COAL, LARGE, 1_200_000, 1, 0).greenListed = date(2021, 11, 8);
        mine("M02", "E02", "平鲁区恒泰煤矿", UNDERGROUND_COAL, MEDIUM, 900_000, 0, 0);
        mine("M03", "E03", "鑫达砂石料场采砂点", SAND_GRAVEL, SMALL, 150_000, 0, 4);
        mine("M04", "E04", "平鲁区永盛煤矿", UNDERGROUND_COAL, LARGE, 1_500_000, 0, 3).greenListed = date(2022, 6, 30);
        MinePlan jinfeng = mine("M05", "E05", "晋丰煤矿", UNDERGROUND_COAL, LARGE, 2_400_000, 1, 4);
        jinfeng.twoBlocks = true;
        jinfeng.greenListed = date(2020, 12, 15);
        mine("M06", "E06", "宏基建筑石料用灰岩矿", LIMESTONE, SMALL, 300_000, 2, 4);
        mine("M07", "E07", "兴隆煤矿", UNDERGROUND_COAL, MEDIUM, 900_000, 1, 5);
        mine("M08", "E08", "金鼎煤矿", UNDERGROUND_COAL, LARGE, 1_200_000, 2, 5).greenListed = date(2023, 7, 20);
        mine("M09", "E09", "福昌煤矿", UNDERGROUND_COAL, MEDIUM, 900_000, 3, 5);
        mine("M10", "E09", "福昌煤矿二号井", UNDERGROUND_COAL, MEDIUM, 900_000, 3, 6);
        mine("M11", "E10", "泰丰煤矿", UNDERGROUND_COAL, MEDIUM, 900_000, 2, 7);
        mine("M12", "E11", "德润煤矿", UNDERGROUND_COAL, LARGE, 3_000_000, 3, 8).greenListed = date(2020, 12, 15);
        mine("M13", "E12", "兴盛露天煤矿", OPEN_PIT_COAL, MEDIUM, 900_000, 4, 4);
        mine("M14", "E14", "昌盛煤矿", UNDERGROUND_COAL, LARGE, 1_200_000, 3, 3).greenListed = date(2022, 6, 30);
        mine("M15", "E14", "昌盛煤矿西井(已关闭)", UNDERGROUND_COAL, SMALL, 300_000, 3, 4);
        MinePlan hongyuan = mine("M16", "E15", "宏远露天煤矿", OPEN_PIT_COAL, LARGE, 10_000_000, 0, 6);
        hongyuan.greenListed = date(2020, 12, 15);
        MinePlan juxin = mineAt("M19", "E17", "聚鑫露天煤矿", OPEN_PIT_COAL, LARGE, 3_000_000, new Pt(4_394_600, 37_590_650));
        // Its west edge lies exactly on the nature reserve's east boundary: touching is not overlapping (BND-003
        // quiet).
        juxin.handRing = List.of(
                new Pt(4_393_600, RESERVE_EAST_Y),
                new Pt(4_395_400, RESERVE_EAST_Y),
                new Pt(4_396_050, 37_590_350),
                new Pt(4_395_600, 37_591_800),
                new Pt(4_394_100, 37_592_050),
                new Pt(4_393_150, 37_590_600));
        juxin.greenListed = date(2021, 11, 8);
        // Works kaolin inside what was licensed as a coal mine (LIC-004, see plantedCases): a coal-sized area, small
        // pits.
        MinePlan ruifeng = mine("M17", "E16", "瑞丰高岭岩矿", KAOLIN, SMALL, 60_000, 5, 5);
        ruifeng.radius = 1050;
        ruifeng.siteScale = 0.45;
        mine("M18", "E16", "瑞丰建筑石料用灰岩矿", LIMESTONE, SMALL, 500_000, 6, 5);
        MinePlan huarui = mine("M20", "E18", "华瑞高岭土矿", KAOLIN, SMALL, 80_000, 6, 3);
        // Takes forest land and holds the approval for it (LIC-006 quiet).
        huarui.occupiesForest = true;
        mine("M21", "E19", "金泰煤矿", UNDERGROUND_COAL, MEDIUM, 900_000, 4, 7);
        // A new mine (production 2022) that passed the green-mine check within two years (TGT-003 quiet).
        MinePlan jinling = mine("M22", "E20", "金岭高岭土矿", KAOLIN, SMALL, 90_000, 7, 5);
        jinling.productionStart = date(2022, 9, 1);
        jinling.licenceFrom = date(2021, 3, 10);
        jinling.licenceUntil = date(2031, 3, 9);
        jinling.planApproved = date(2021, 8, 16);
        jinling.planUntil = date(2026, 8, 15);
        jinling.greenListed = date(2024, 6, 18);
        // Licence expires 2026-04-15, 105 days after the check date: outside the 90-day window (LIC-002 quiet).
        MinePlan hongda = mine("M23", "E21", "宏达建筑石料用灰岩矿", LIMESTONE, SMALL, 500_000, 0, 5);
        hongda.licenceFrom = date(2016, 4, 16);
        hongda.licenceUntil = date(2026, 4, 15);
        mine("M24", "E22", "晋泰一矿", UNDERGROUND_COAL, LARGE, 1_200_000, 5, 8);
        mine("M25", "E22", "晋泰二矿", UNDERGROUND_COAL, MEDIUM, 900_000, 6, 8);
        mine("M26", "E22", "晋泰露天煤矿", OPEN_PIT_COAL, LARGE, 1_500_000, 7, 7);
        mine("M27", "E23", "福瑞建筑石料用灰岩矿", LIMESTONE, MEDIUM, 800_000, 4, 9).greenListed = date(2023, 7, 20);
        mine("M28", "E24", "祥和砂石矿", SAND_GRAVEL, SMALL, 200_000, 0, 7);
        MinePlan anshun = mine("M29", "E25", "安顺露天煤矿", OPEN_PIT_COAL, MEDIUM, 900_000, 5, 6);
        anshun.twoBlocks = true;
        anshun.siteBearing = 0;
        mine("M30", "E26", "广源煤矿", UNDERGROUND_COAL, MEDIUM, 900_000, 6, 6);
        // Suspended since spring 2024; its licences lapsed while it stood still (LIC-001 and LIC-005 quiet: not
        // producing).
        MinePlan baofeng = mine("M31", "E27", "宝丰煤矿", UNDERGROUND_COAL, LARGE, 1_200_000, 7, 6);
        baofeng.status = MineStatus.SUSPENDED;
        baofeng.licenceFrom = date(1994, 10, 1);
        baofeng.licenceUntil = date(2024, 9, 30);
        baofeng.safetyFrom = date(2021, 11, 21);
        baofeng.safetyUntil = date(2024, 11, 20);
        baofeng.outputShare = new double[] {0.91, 0.33, 0};
        mine("M32", "E28", "德隆煤矿", UNDERGROUND_COAL, LARGE, 1_200_000, 2, 6);
        mine("M33", "E29", "天河煤矿", UNDERGROUND_COAL, MEDIUM, 900_000, 4, 5);
        mine("M34", "E30", "嘉禾高岭土矿", KAOLIN, SMALL, 60_000, 5, 3);
        MinePlan huajin1 = mineAt("M35", "E31", "华晋一号露天煤矿", OPEN_PIT_COAL, LARGE, 6_000_000, cellCentre(4, 2));
        huajin1.radius = 1900;
        huajin1.dumpBearing = 180.0;
        mine("M36", "E31", "华晋二号露天煤矿", OPEN_PIT_COAL, LARGE, 10_000_000, 1, 2);
        mine("M37", "E32", "东坡煤矿", UNDERGROUND_COAL, LARGE, 1_500_000, 3, 9).greenListed = date(2022, 6, 30);
        mine("M38", "E33", "盛源露天煤矿", OPEN_PIT_COAL, LARGE, 4_000_000, 5, 9).greenListed = date(2021, 11, 8);
        MinePlan limin = mineAt("M39", "E34", "利民露天煤矿", OPEN_PIT_COAL, LARGE, 2_400_000, cellCentre(1, 9));
        limin.dumpBearing = 270.0;
        mine("M40", "E35", "华泰煤矿", UNDERGROUND_COAL, LARGE, 1_200_000, 6, 9).greenListed = date(2023, 7, 20);
        mine("M41", "E36", "金石建筑石料用灰岩矿", LIMESTONE, SMALL, 400_000, 7, 9);
        mine("M42", "E37", "金岩高岭土矿", KAOLIN, SMALL, 50_000, 7, 4);
        mine("M43", "E38", "万通煤矿", UNDERGROUND_COAL, MEDIUM, 900_000, 7, 8);
        mine("M44", "E39", "金达煤矿", UNDERGROUND_COAL, MEDIUM, 900_000, 6, 7);
        mine("M45", "E40", "永安砂石矿", SAND_GRAVEL, SMALL, 150_000, 2, 8);
        mine("M46", "E41", "昌隆露天煤矿", OPEN_PIT_COAL, LARGE, 1_500_000, 3, 10).greenListed = date(2022, 6, 30);
        mine("M47", "E42", "鼎鑫高岭土矿", KAOLIN, SMALL, 80_000, 5, 10);
        mine("M48", "E42", "鼎鑫建筑石料用灰岩矿", LIMESTONE, SMALL, 300_000, 4, 10);
        mine("M49", "E37", "金岩高岭土矿北采区(基建)", KAOLIN, SMALL, 50_000, 4, 8);

        // Closed in 2021 under capacity reduction; licence cancelled, restoration still under way (all LIC rules
        // quiet).
        // It reports output 0 and spends its fund balance on the restoration: nothing is due, nothing is missing.
        MinePlan closed = m("M15");
        closed.status = MineStatus.CLOSED;
        closed.licenceFrom = date(2012, 1, 10);
        closed.licenceUntil = date(2022, 1, 9);
        closed.licenceStatus = LicenceStatus.CANCELLED;
        closed.productionStart = date(2006, 5, 1);
        closed.safetyLicence = false;
        closed.abstractsWater = false;
        closed.dischargesPollutants = false;
        closed.outputShare = new double[3];
        closed.openingBalance = 2_600_000;
        closed.usedShare = new double[] {0.35, 0.4, 0.45};

        // Under construction since 2023 (LIC-003 checked, the others wait for production). It has opened its fund
        // account and reports output 0, so nothing is due yet.
        MinePlan second = m("M10");
        second.status = MineStatus.CONSTRUCTION;
        second.productionStart = null;
        second.licenceFrom = date(2023, 6, 1);
        second.licenceUntil = date(2043, 5, 31);
        second.safetyLicence = false;
        second.abstractsWater = false;
        second.dischargesPollutants = false;
        second.outputShare = new double[3];
        second.openingBalance = 0;
        second.progressRows = false;
        second.planApproved = date(2023, 3, 22);
        second.planUntil = date(2028, 3, 21);

        // Provisions its fund to the yuan of the national formula, no more (FND-001 quiet at equality, and so no
        // arrears: FND-004 quiet); its balances reconcile to the yuan (FND-005 quiet).
        m("M02").provisionsToTheYuan = true;
        // Licensed for building stone (建筑用石料) and quarrying limestone sold as building stone: the same family,
        // covered (LIC-004 quiet).
        m("M23").licensedMinerals = List.of("building-stone");
        // The reclamation plan's service period (2021–2025) ends on the check date itself: still in force (ENV-005
        // quiet).
        m("M41").planApproved = date(2020, 12, 18);
        m("M41").planUntil = date(2025, 12, 31);

        // The water permit runs to the check date itself: still in force that day (LIC-006 quiet).
        m("M04").waterFrom = date(2021, 1, 1);
        m("M04").waterUntil = date(2025, 12, 31);
        // The safety licence runs five days past the check date (LIC-005 quiet).
        m("M08").safetyFrom = date(2023, 1, 6);
        m("M08").safetyUntil = date(2026, 1, 5);

        for (MinePlan plan : mines.values()) plan.layout();

        // M05's second block: its main shaft works exactly at the block's licensed bottom (BND-002 quiet).
        MinePlan.Block deep = jinfeng.blocks.get(1);
        MinePlan.Site shaft = jinfeng.site(3);
        jinfeng.replaceSite(
                3,
                new MinePlan.Site(
                        shaft.id(),
                        shaft.name(),
                        shaft.type(),
                        shaft.point(),
                        null,
                        deep.bottom(),
                        false,
                        shaft.observedOn()));
        // M20 works on forest land, with approval.
        MinePlan.Site pit = huarui.site(1);
        huarui.replaceSite(
                1,
                new MinePlan.Site(
                        pit.id(), pit.name(), pit.type(), null, pit.ring(), pit.lowest(), true, pit.observedOn()));
    }

    /** The planted cases: each changes only what its rule looks at. See test-data/README.md. */
    private void plantedCases() {
        // LIC-001 (no licence at all) and LIC-005: an unlicensed sand pit found on a satellite image, run by a sole
        // proprietorship; it has no permit, plan or fund of any kind.
        MinePlan pit = m("M03");
        pit.miningLicence = false;
        pit.safetyLicence = false;
        pit.eia = false;
        pit.soilWaterPlan = false;
        pit.reclamationPlan = false;
        pit.productionRows = false;
        pit.fundRows = false;
        pit.progressRows = false;
        pit.productionStart = null;
        pit.designCapacity = null;
        pit.land = LandType.OTHER;
        MinePlan.Site patch = pit.site(1);
        pit.replaceSite(
                1,
                new MinePlan.Site(
                        patch.id(),
                        "采砂坑(卫片图斑)",
                        SiteType.DISTURBED_PATCH,
                        null,
                        patch.ring(),
                        patch.lowest(),
                        false,
                        date(2025, 10, 12)));

        // LIC-001 (licence expired 2025-06-30, no renewal, still quarrying) and ENV-005 (its reclamation plan, whose
        // service period was set to the licence's term, ran out the same day and was not re-prepared). The plan still
        // governs the 2025 fund year, which it reached into, so the fund need stays computable.
        MinePlan hongji = m("M06");
        hongji.licenceFrom = date(2015, 7, 1);
        hongji.licenceUntil = date(2025, 6, 30);
        hongji.planApproved = date(2020, 7, 10);
        hongji.planUntil = date(2025, 6, 30);

        // LIC-002 (licence expires 2026-03-15, 74 days after the check date) and FND-001 (provisioned 35 % and 12 %
        // of the plan-based need in 2024 and 2025: an old mine winding down its fund).
        MinePlan fuchang = m("M09");
        fuchang.licenceFrom = date(2006, 3, 16);
        fuchang.licenceUntil = date(2026, 3, 15);
        fuchang.provisionShare = new double[] {1.10, 0.35, 0.12};

        // LIC-003 (run by 通达工贸 E12, licence held by 兴盛煤业 E13: subcontracted), FND-002 (no fund account, no
        // provisioning plan filed) and TGT-001 (open-pit thick seam, mining recovery falling to 80 %; minimum 95 %).
        MinePlan xingsheng = m("M13");
        xingsheng.holderId = "E13";
        // LIC-008: the safety licence names the operator E12, the mining licence the holder E13. LIC-002 (lapse): the
        // licence expires 2026-01-20 and no renewal was applied for by the deadline of 2025-12-21.
        xingsheng.safetyHolderId = "E12";
        xingsheng.licenceFrom = date(2016, 1, 21);
        xingsheng.licenceUntil = date(2026, 1, 20);
        xingsheng.seam = 14.2;
        xingsheng.fundAccount = false;
        xingsheng.miningRecovery = new double[] {84.0, 82.0, 80.0};

        // LIC-004: mines 煤系高岭岩 (kaolin) under a licence for coal only.
        MinePlan ruifengKaolin = m("M17");
        ruifengKaolin.licensedMinerals = List.of("coal");
        // DATA-018: its row leaves the production start date blank.
        ruifengKaolin.fileProductionStart = false;
        ruifengKaolin.licenceCapacity = 900_000;
        ruifengKaolin.licenceFrom = date(2009, 8, 26);
        ruifengKaolin.licenceUntil = date(2029, 8, 25);

        // TGT-003: a new quarry (production from 2023-04-18) not on the green-mine list two and a half years later.
        MinePlan ruifengStone = m("M18");
        ruifengStone.productionStart = date(2023, 4, 18);
        ruifengStone.licenceFrom = date(2021, 11, 20);
        ruifengStone.licenceUntil = date(2031, 11, 19);
        ruifengStone.planApproved = date(2021, 10, 11);
        ruifengStone.planUntil = date(2026, 10, 10);
        ruifengStone.outputShare[0] = 0.55;
        // DATA-017: its row leaves the design capacity blank (its EIA and plan state theirs).
        ruifengStone.designCapacity = null;

        // LIC-005 (safety licence expired 2025-09-14, still producing) and ENV-004 (no soil-and-water plan).
        MinePlan jintai = m("M21");
        jintai.safetyFrom = date(2022, 9, 15);
        jintai.safetyUntil = date(2025, 9, 14);
        jintai.soilWaterPlan = false;
        // DATA-019: its reclamation plan states no end of its service period.
        jintai.planUntil = null;

        // LIC-006, three mines of one group: M24 discharges mine water without a pollutant discharge permit; M25's
        // water abstraction permit expired 2025-04-30; M26's waste dump lies on forest land without an approval
        // (the mine's own record says it takes none). M26 also ENV-006: restoration far behind the plan.
        m("M24").pollutantPermit = false;
        MinePlan jintai2 = m("M25");
        jintai2.waterFrom = date(2020, 5, 1);
        jintai2.waterUntil = date(2025, 4, 30);
        MinePlan jintaiPit = m("M26");
        MinePlan.Site dump = jintaiPit.site(2);
        jintaiPit.replaceSite(
                2,
                new MinePlan.Site(
                        dump.id(), dump.name(), dump.type(), null, dump.ring(), null, true, dump.observedOn()));
        jintaiPit.forestApproval = false;
        jintaiPit.completedShare = new double[] {1.02, 0.68, 0.25};
        jintaiPit.usedShare = new double[] {0.95, 0.97, 0.98};

        // BND-001 (block 1's pit reaches across the licence's west edge), BND-002 (block 2's pit is 22 m below the
        // block's licensed bottom) and TGT-002 (within scale in 2023, then 12 % and 20 % over the licensed 0.9 Mt/a,
        // which is also its design capacity: beyond the 10 % that makes coal over-capacity a major hidden danger;
        // within 30 % of the EIA).
        MinePlan anshun = m("M29");
        MinePlan.Block west = anshun.blocks.get(0);
        MinePlan.Block east = anshun.blocks.get(1);
        Pt edge = Shapes.edgeMidpointToward(west.ring(), anshun.blockCentre(west), 270);
        Pt pitCentre = edge.toward(90, 60);
        List<Pt> crossing = Shapes.convex(new Random(29), pitCentre, 170, 6);
        MinePlan.Site westPit = anshun.site(1);
        anshun.replaceSite(
                1,
                new MinePlan.Site(
                        westPit.id(),
                        westPit.name(),
                        SiteType.PIT,
                        null,
                        crossing,
                        west.bottom() + 30,
                        false,
                        westPit.observedOn()));
        MinePlan.Site eastPit = anshun.site(3);
        anshun.replaceSite(
                3,
                new MinePlan.Site(
                        eastPit.id(),
                        eastPit.name(),
                        SiteType.PIT,
                        null,
                        eastPit.ring(),
                        east.bottom() - 22,
                        false,
                        eastPit.observedOn()));
        anshun.outputShare = new double[] {0.98, 1.12, 1.20};

        // BND-001: the return-air shaft was sunk 163 m beyond a licence corner; ENV-002: production since the
        // expansion without the completion environmental acceptance.
        MinePlan delong = m("M32");
        MinePlan.Block block = delong.blocks.get(0);
        Pt corner = Shapes.cornerToward(block.ring(), delong.centre, delong.siteBearing + 150);
        MinePlan.Site vent = delong.site(2);
        delong.replaceSite(
                2,
                new MinePlan.Site(
                        vent.id(),
                        vent.name(),
                        SiteType.SHAFT,
                        corner.toward(Shapes.bearingOf(delong.centre, corner), 163),
                        null,
                        vent.lowest(),
                        false,
                        vent.observedOn()));
        delong.eiaAcceptance = false;

        // BND-003: M35's licence (granted 2010) reaches into the nature reserve set up around it; HIS-003: an untreated
        // historical patch lies inside this licence (see historicalMines()). M36 ENV-003: output 43 % over the 6 Mt/a
        // its EIA approved after the licence was raised to 10 Mt/a without a new EIA.
        m("M36").eiaCapacity = 6_000_000;
        m("M36").outputShare = new double[] {0.72, 0.80, 0.86};

        // BND-003: M39's licence and its pit reach into the ecological red line; FND-003: a large fund balance left
        // idle while restoration falls behind from 2024 (ENV-006 follows from the same lag; 2023 was still on plan).
        MinePlan limin = m("M39");
        MinePlan.Site liminPit = limin.site(1);
        limin.replaceSite(
                1,
                new MinePlan.Site(
                        liminPit.id(),
                        liminPit.name(),
                        SiteType.PIT,
                        null,
                        Shapes.shrunk(limin.blocks.get(0).ring(), limin.centre.toward(90, 900), 0.3),
                        liminPit.lowest(),
                        false,
                        liminPit.observedOn()));
        limin.usedShare = new double[] {0.15, 0.10, 0.06};
        limin.completedShare = new double[] {1.01, 0.55, 0.30};
        limin.openingBalance = 31_500_000;

        // BND-004: corner points 2 and 3 of the licence were typed in the wrong order, so the boundary crosses itself;
        // ENV-001: producing without an EIA approval (and so without its acceptance).
        MinePlan jinyan = m("M42");
        List<Pt> ring = new ArrayList<>(jinyan.blocks.get(0).ring());
        Pt second = ring.get(1);
        ring.set(1, ring.get(2));
        ring.set(2, second);
        MinePlan.Block typed = jinyan.blocks.get(0);
        jinyan.blocks.set(0, new MinePlan.Block(typed.no(), List.copyOf(ring), typed.top(), typed.bottom()));
        jinyan.eia = false;
        // DATA-016: its licence states no production scale.
        jinyan.licenceStatesScale = false;
        // LIC-007: the mine's northern section, still under construction and with no mining licence of its own,
        // already sent 2,500 t of kaolin out in 2025.
        MinePlan north = m("M49");
        north.status = MineStatus.CONSTRUCTION;
        north.productionStart = null;
        north.miningLicence = false;
        north.safetyLicence = false;
        north.outputShare = new double[] {0, 0, 0.05};
        north.progressRows = false;

        // LIC-009: M29 has not applied to renew its safety licence (deadline 2025-10-26) nor its pollutant discharge
        // permit (deadline 2025-12-11).
        m("M29").renewalsFiled = false;
        // DATA-015: the main shaft's highest working elevation is left blank.
        m("M32").sitesWithoutHighest.add("M32-S1");
        // FND-005: the 2025 year-end balance filed is 50,000 yuan more than the ledger gives.
        m("M39").balanceOffset = new double[] {0, 0, 50_000};
    }

    // ---- reference data ----

    private void zones() {
        d.zones.add(new ForbiddenZone("Z01", "平鲁西山省级自然保护区", ZoneType.NATURE_RESERVE, "省级", "山西省人民政府", null));
        ring(
                ShapeOwner.ZONE,
                "Z01",
                List.of(
                        new Pt(4_376_000, 37_580_500),
                        new Pt(4_376_000, RESERVE_EAST_Y),
                        new Pt(4_398_000, RESERVE_EAST_Y),
                        new Pt(4_399_500, 37_584_000),
                        new Pt(4_395_000, 37_579_200),
                        new Pt(4_385_000, 37_578_600)));
        d.zones.add(new ForbiddenZone("Z02", "平鲁区东南部水土保持生态保护红线", ZoneType.RED_LINE, "省级", "山西省人民政府(国务院批准)", null));
        ring(
                ShapeOwner.ZONE,
                "Z02",
                List.of(
                        new Pt(4_362_500, RED_LINE_WEST_Y),
                        new Pt(4_376_500, RED_LINE_WEST_Y),
                        new Pt(4_377_500, 37_631_000),
                        new Pt(4_374_000, 37_634_500),
                        new Pt(4_363_000, 37_633_500)));
    }

    private void ring(ShapeOwner owner, String id, List<Pt> ring) {
        for (int i = 0; i < ring.size(); i++) {
            d.cornerPoints.add(new CornerPoint(
                    owner, id, 1, i + 1, ring.get(i).x(), ring.get(i).y(), null));
        }
    }

    /** A grid corner: at least 3.1 km from every mine's centre, so a patch near it lies in no licence. */
    private static Pt gridCorner(int i, int j) {
        return new Pt(X0 + i * CELL, Y0 + j * CELL);
    }

    /** Halfway from a licence's centre to its edge, on a side where the mine has no site. */
    private Pt insideLicence(String mineId, double bearing) {
        MinePlan m = m(mineId);
        return m.centre.toward(bearing, m.radius * 0.5);
    }

    /**
     * The county's inventory from the 2021 national check: 20 patches, about half the area treated and accepted by the
     * end of 2025 against a plan of 30 % a year finished by 2024 (HIS-001 and HIS-002). Three lie inside licences:
     * two treated by the licence holder, one untreated (HIS-003). One was reported treated but failed acceptance with
     * 18 % vegetation cover (HIS-004).
     */
    private void historicalMines() {
        TreatmentStatus treated = TreatmentStatus.TREATED;
        TreatmentStatus untreated = TreatmentStatus.UNTREATED;
        TreatmentStatus underWay = TreatmentStatus.IN_PROGRESS;
        patch("H01", "井坪镇东梁废弃采石场", 12.4, gridCorner(1, 1), treated, date(2022, 10, 20), true, 76);
        patch("H02", "凤凰城镇北坡旧砖瓦黏土矿", 8.6, gridCorner(1, 3), treated, date(2022, 9, 15), true, 71);
        patch("H03", "白堂乡沙沟废弃煤窑", 15.2, gridCorner(1, 5), treated, date(2023, 8, 30), true, 68);
        patch("H04", "陶村乡老虎沟废弃采石场", 16.3, gridCorner(1, 7), underWay, null, null, 22);
        patch("H05", "向阳堡乡马家梁废弃露天坑", 6.8, insideLicence("M16", 180), treated, date(2023, 10, 12), true, 73);
        patch("H06", "下水头乡石窑沟废弃煤矿", 18.5, gridCorner(2, 2), treated, date(2023, 11, 5), true, 70);
        patch("H07", "阻虎乡红崖废弃采石场", 14.1, gridCorner(2, 4), untreated, null, null, 9);
        patch("H08", "高石庄乡东沟旧砂石坑", 9.7, gridCorner(2, 6), treated, date(2024, 9, 18), true, 66);
        patch("H09", "双碾乡榆林沟废弃小煤窑", 4.3, insideLicence("M40", 180), treated, date(2024, 7, 22), true, 69);
        patch("H10", "井坪镇西山旧石灰窑采坑", 11.8, gridCorner(2, 8), underWay, null, null, 25);
        patch("H11", "凤凰城镇南梁废弃煤矿排矸场", 21.6, gridCorner(3, 4), treated, date(2024, 10, 30), true, 72);
        patch("H12", "白堂乡大沟旧砖厂取土场", 8.2, gridCorner(3, 6), untreated, null, null, 12);
        patch("H13", "西水界乡黑石沟废弃小煤窑", 13.6, insideLicence("M35", 0), untreated, null, null, 7);
        patch("H14", "陶村乡南沟废弃砂石坑", 7.9, gridCorner(3, 8), treated, date(2025, 8, 25), true, 64);
        patch(
                "H15",
                "下面高乡北山废弃采石场",
                5.2,
                gridCorner(4, 5),
                TreatmentStatus.NATURAL_RECOVERY,
                date(2024, 6, 30),
                true,
                62);
        patch("H16", "阻虎乡羊圈沟废弃煤窑", 6.4, gridCorner(4, 7), untreated, null, null, 10);
        patch("H17", "高石庄乡西梁废弃采石场", 10.5, gridCorner(5, 4), treated, date(2025, 9, 28), false, 18);
        patch("H18", "下水头乡北沟废弃高岭土坑", 9.4, gridCorner(5, 8), underWay, null, null, 28);
        patch("H19", "向阳堡乡东梁废弃露天煤坑", 19.8, gridCorner(6, 6), untreated, null, null, 6);
        patch("H20", "双碾乡河湾旧采砂场", 5.7, gridCorner(7, 8), untreated, null, null, 11);
        // Added to the inventory in 2023, after the 2021 baseline (shown apart in the progress table): an old working
        // inside the licence of M15, which was cancelled when the mine closed in 2021. No holder is left to treat it,
        // so it is the county's (HIS-003, lapsed licence).
        patch("H21", "向阳堡乡昌盛西井旧采空塌陷区", 3.6, insideLicence("M15", 270), untreated, null, null, 8, 2023);
    }

    private void patch(
            String id,
            String name,
            double hectares,
            Pt centre,
            TreatmentStatus status,
            LocalDate treatedOn,
            Boolean accepted,
            double cover) {
        patch(id, name, hectares, centre, status, treatedOn, accepted, cover, 2021);
    }

    private void patch(
            String id,
            String name,
            double hectares,
            Pt centre,
            TreatmentStatus status,
            LocalDate treatedOn,
            Boolean accepted,
            double cover,
            int inventoryYear) {
        // A hexagon of about the inventory's area, its centre shifted up to 200 m; the area recorded is the polygon's
        // own.
        Random random = new Random(id.hashCode());
        centre = new Pt(
                Shapes.round(centre.x() + (random.nextDouble() - 0.5) * 400),
                Shapes.round(centre.y() + (random.nextDouble() - 0.5) * 400));
        double radius = Math.sqrt(hectares * 10_000 / 2.6);
        List<Pt> shape = Shapes.convex(random, centre, radius, 6);
        d.historicalMines.add(new HistoricalMine(
                id,
                name,
                COUNTY,
                MinePlan.hectares(Shapes.area(shape)),
                inventoryYear,
                status,
                treatedOn,
                accepted,
                BigDecimal.valueOf(cover),
                centre.x(),
                centre.y(),
                null));
        ring(ShapeOwner.HISTORICAL, id, shape);
    }

    private void targets() {
        List<HistoricalMine> baseline = d.historicalMines.stream()
                .filter(h -> h.inventoryYear() <= 2021)
                .toList();
        BigDecimal stock = baseline.stream().map(HistoricalMine::area).reduce(BigDecimal.ZERO, BigDecimal::add);
        d.targets.add(new RegionalTarget(
                COUNTY,
                TargetType.HISTORICAL_TREATMENT,
                TargetMeasure.AREA,
                2021,
                BigDecimal.valueOf(baseline.size()),
                stock,
                BigDecimal.valueOf(30),
                date(2024, 12, 31),
                BigDecimal.valueOf(100),
                "山西省部署 每年治理不低于存量的30% 2024年底前完成黄河流域历史遗留矿山生态修复 (新闻报道 2021年10月)",
                null));
        // The county's own green-mine milestones for its producing large and medium mines (an invented county plan on
        // the way to the national 2028 target of 自然资规〔2024〕1号): 45 % by the end of 2024, missed — 13 of 31 are
        // listed (TGT-004) — and 60 % by the end of 2025, not judged before 2026-01-01 (quiet on the check date).
        d.targets.add(new RegionalTarget(
                COUNTY,
                TargetType.GREEN_MINE,
                TargetMeasure.COUNT,
                null,
                null,
                null,
                null,
                date(2024, 12, 31),
                BigDecimal.valueOf(45),
                GREEN_PLAN + " 2024年底大中型生产矿山绿色矿山占比不低于45%",
                null));
        d.targets.add(new RegionalTarget(
                COUNTY,
                TargetType.GREEN_MINE,
                TargetMeasure.COUNT,
                null,
                null,
                null,
                null,
                date(2025, 12, 31),
                BigDecimal.valueOf(60),
                GREEN_PLAN + " 2025年底大中型生产矿山绿色矿山占比不低于60%",
                null));
    }

    /** The county plan the green-mine targets come from: invented for the demo, like every document in it. */
    private static final String GREEN_PLAN = "《平鲁区绿色矿山建设行动方案(2023—2025年)》(演示用虚构文件)";
}

package org.minecheck.ingest;

import static org.minecheck.ingest.ColumnType.*;

import java.util.List;
import java.util.Optional;
import org.minecheck.model.*;

/**
 * The workbook template: every sheet, every column, in Chinese and English, with units. The reader, the template writer
 * and the instructions sheet are all driven by this one definition.
 */
public final class WorkbookSchema {

    public static final String INSTRUCTIONS_ZH = "填表说明";
    public static final String INSTRUCTIONS_EN = "Instructions";
    public static final String LISTS_SHEET = "lists";

    private WorkbookSchema() {}

    static ColumnSpec col(
            String key,
            String zh,
            String en,
            String unit,
            ColumnType type,
            boolean required,
            String helpZh,
            String helpEn) {
        return new ColumnSpec(key, zh, en, unit, type, required, null, helpZh, helpEn);
    }

    static ColumnSpec pick(
            String key,
            String zh,
            String en,
            Class<? extends Enum<? extends Coded>> type,
            boolean required,
            String helpZh,
            String helpEn) {
        return new ColumnSpec(key, zh, en, "", ENUM, required, type, helpZh, helpEn);
    }

    static ColumnSpec yesNo(String key, String zh, String en, String helpZh, String helpEn) {
        return col(key, zh, en, "", BOOLEAN, false, helpZh + "（是/否）", helpEn + " (yes/no)");
    }

    /*
     * What a number may be, per column (issue 8): quantities, areas and amounts are never negative, percentages lie in
     * 0–100, and every number stays within a bound far beyond any real value, so a typo (an extra 000, a minus sign)
     * or a hostile 1e308 is a cell problem instead of a fund requirement turned negative or a rate of 250 %. Only
     * elevations are signed. Coordinates have no range here: their plausible region is a rule-pack setting
     * (geometry.x-min … in settings.csv) and BND-004 reports points outside it.
     */
    /** Calendar years of records and targets: the People's Republic's statistics start in 1949. */
    static final Range YEARS = Range.of(1949, 2100);
    /** Block and ring numbers. */
    static final Range NUMBERS = Range.of(1, 10_000);
    /** Corner-point numbers: a ring may have as many points as a sheet has rows. */
    static final Range POINT_NUMBERS = Range.of(1, 1_048_576);
    /** Tonnes a year (capacities) and a year's ore output: the largest mines produce about 1e8 t a year. */
    static final Range TONNES_A_YEAR = Range.of(0, 1e9);
    /** A plan's reserves or total design output. */
    static final Range TONNES_TOTAL = Range.of(0, 1e12);
    /** Yuan: one trillion, beyond any one mine's revenue, fund or plan cost. */
    static final Range YUAN = Range.of(0, 1e12);
    /** Hectares: 10 million ha (100,000 km²), beyond any mine, patch or region's stock. */
    static final Range HECTARES = Range.of(0, 1e7);

    static final Range PERCENT = Range.of(0, 100);
    /** Counts of patches in a region's stock. */
    static final Range COUNT = Range.of(0, 1e7);
    /** Depth or height of an open pit, m. */
    static final Range DEPTH = Range.of(0, 3_000);
    /** Elevations, m above sea level: deep mines work below −1,500 m; the highest mines lie near 6,000 m. */
    static final Range ELEVATION = Range.of(-5_000, 9_000);
    /** Coal seam thickness, m. */
    static final Range THICKNESS = Range.of(0, 300);

    static final String YEAR_ZH = "年度";
    static final String MINE_ZH = "矿山编号";

    static ColumnSpec mineRef() {
        return col("mineId", MINE_ZH, "Mine ID", "", TEXT, true, "矿山表中的矿山编号", "A mine ID from the Mines sheet");
    }

    static ColumnSpec year() {
        return col("year", YEAR_ZH, "Year", "", INTEGER, true, "公历年份，如 2025", "Calendar year, e.g. 2025")
                .within(YEARS);
    }

    public static final SheetSpec ENTERPRISES = new SheetSpec(
            "enterprises",
            "企业",
            "Enterprises",
            List.of(
                    col("id", "企业编号", "Enterprise ID", "", TEXT, true, "本表内唯一", "Unique in this sheet"),
                    col("name", "企业名称", "Enterprise name", "", TEXT, true, "营业执照上的名称", "Name on the business licence"),
                    col(
                            "creditCode",
                            "统一社会信用代码",
                            "Unified social credit code",
                            "",
                            TEXT,
                            false,
                            "18 位代码",
                            "18-character code"),
                    col(
                            "regionCode",
                            "所在区县代码",
                            "County code",
                            "",
                            TEXT,
                            true,
                            "行政区划代码",
                            "Administrative division code")),
            (v, o, d) -> d.enterprises.add(
                    new Enterprise(v.text("id"), v.text("name"), v.text("creditCode"), v.text("regionCode"), o)));

    public static final SheetSpec MINES = new SheetSpec(
            "mines",
            "矿山",
            "Mines",
            List.of(
                    col("id", MINE_ZH, "Mine ID", "", TEXT, true, "本表内唯一", "Unique in this sheet"),
                    col("name", "矿山名称", "Mine name", "", TEXT, true, "", ""),
                    col(
                            "operatorId",
                            "实际经营企业编号",
                            "Operator enterprise ID",
                            "",
                            TEXT,
                            true,
                            "实际从事开采的企业（可能不是持证人）",
                            "The enterprise that actually runs the mine (may differ from the holder)"),
                    col("regionCode", "所在区县代码", "County code", "", TEXT, true, "", ""),
                    col("mineral", "开采矿种", "Mineral mined", "", MINERAL, true, "见下拉列表", "See the drop-down list"),
                    pick("method", "开采方式", "Mining method", MiningMethod.class, true, "", ""),
                    pick(
                            "technique",
                            "采矿方法",
                            "Mining technique",
                            MiningTechnique.class,
                            false,
                            "用于基金计提系数",
                            "Used by fund coefficient tables"),
                    col(
                                    "openPitDepth",
                                    "露天开采深度",
                                    "Open-pit depth",
                                    "m",
                                    DECIMAL,
                                    false,
                                    "露天矿的开采深度或高度",
                                    "Depth or height of an open pit")
                            .within(DEPTH),
                    pick("status", "生产状态", "Status", MineStatus.class, true, "", ""),
                    pick("scale", "矿山规模", "Mine scale", MineScale.class, true, "", ""),
                    col("productionStart", "投产日期", "Production start date", "", DATE, false, "", ""),
                    col("designCapacity", "设计生产能力", "Design capacity", "t/a", DECIMAL, false, "吨/年", "Tonnes per year")
                            .within(TONNES_A_YEAR),
                    col(
                                    "seamThickness",
                                    "煤层平均厚度",
                                    "Average seam thickness",
                                    "m",
                                    DECIMAL,
                                    false,
                                    "仅煤矿",
                                    "Coal mines only")
                            .within(THICKNESS),
                    pick("landType", "损毁土地主要类型", "Main type of land affected", LandType.class, false, "", ""),
                    yesNo("occupiesForestLand", "占用林地", "Occupies forest land", "", ""),
                    yesNo(
                            "abstractsWater",
                            "取用水资源",
                            "Abstracts water",
                            "直接从江河湖泊或地下取水",
                            "Abstracts water directly from rivers, lakes or groundwater"),
                    yesNo(
                            "dischargesPollutants",
                            "排放污染物",
                            "Discharges pollutants",
                            "属于排污许可管理名录",
                            "Listed in the pollutant permit catalogue")),
            (v, o, d) -> d.mines.add(new Mine(
                    v.text("id"),
                    v.text("name"),
                    v.text("operatorId"),
                    v.text("regionCode"),
                    v.text("mineral"),
                    v.enumValue("method"),
                    v.enumValue("technique"),
                    v.decimal("openPitDepth"),
                    v.enumValue("status"),
                    v.enumValue("scale"),
                    v.date("productionStart"),
                    v.decimal("designCapacity"),
                    v.decimal("seamThickness"),
                    v.enumValue("landType"),
                    v.bool("occupiesForestLand"),
                    v.bool("abstractsWater"),
                    v.bool("dischargesPollutants"),
                    o)));

    public static final SheetSpec LICENCES = new SheetSpec(
            "licences",
            "证照",
            "Licences",
            List.of(
                    col("number", "证号", "Licence number", "", TEXT, true, "同一证照类型内唯一", "Unique per licence type"),
                    pick("kind", "证照类型", "Licence type", LicenceKind.class, true, "", ""),
                    mineRef(),
                    col(
                            "holderId",
                            "持证企业编号",
                            "Holder enterprise ID",
                            "",
                            TEXT,
                            true,
                            "证照上登记的持有人",
                            "The registered holder"),
                    col(
                            "minerals",
                            "许可矿种",
                            "Licensed minerals",
                            "",
                            MINERAL_LIST,
                            false,
                            "采矿许可证必填，多个用顿号或逗号分隔",
                            "Required for mining licences; separate several with commas"),
                    col("validFrom", "有效期起", "Valid from", "", DATE, true, "", ""),
                    col("validUntil", "有效期止", "Valid until", "", DATE, true, "", ""),
                    pick("status", "证照状态", "Licence status", LicenceStatus.class, true, "", ""),
                    col(
                                    "capacity",
                                    "生产规模",
                                    "Production scale",
                                    "t/a",
                                    DECIMAL,
                                    false,
                                    "采矿许可证载明的生产规模",
                                    "Scale stated on the mining licence")
                            .within(TONNES_A_YEAR),
                    col("issuer", "发证机关", "Issuing authority", "", TEXT, false, "", "")),
            (v, o, d) -> d.licences.add(new Licence(
                    v.text("number"),
                    v.enumValue("kind"),
                    v.text("mineId"),
                    v.text("holderId"),
                    v.list("minerals"),
                    v.date("validFrom"),
                    v.date("validUntil"),
                    v.enumValue("status"),
                    v.decimal("capacity"),
                    v.text("issuer"),
                    o)));

    public static final SheetSpec LICENCE_EVENTS = new SheetSpec(
            "licenceEvents",
            "证照变更记录",
            "Licence events",
            List.of(
                    col(
                            "licenceNumber",
                            "证号",
                            "Licence number",
                            "",
                            TEXT,
                            true,
                            "证照表中的证号",
                            "A number from the Licences sheet"),
                    pick("kind", "证照类型", "Licence type", LicenceKind.class, true, "", ""),
                    pick(
                            "type",
                            "事项",
                            "Event",
                            LicenceEventType.class,
                            true,
                            "暂扣、恢复、吊销、撤销、注销、申请延续",
                            "Suspended, resumed, revoked, withdrawn, cancelled, renewal applied for"),
                    col(
                            "date",
                            "日期",
                            "Date",
                            "",
                            DATE,
                            true,
                            "事项发生（决定或申请）的日期",
                            "The day of the decision or application"),
                    col("documentNo", "文号", "Document number", "", TEXT, false, "", "")),
            (v, o, d) -> d.licenceEvents.add(new LicenceEvent(
                    v.text("licenceNumber"),
                    v.enumValue("kind"),
                    v.enumValue("type"),
                    v.date("date"),
                    v.text("documentNo"),
                    o)));

    public static final SheetSpec BLOCKS = new SheetSpec(
            "blocks",
            "矿区范围",
            "Licensed blocks",
            List.of(
                    col("licenceNumber", "采矿许可证号", "Mining licence number", "", TEXT, true, "", ""),
                    col("blockNo", "采区编号", "Block number", "", INTEGER, true, "从 1 开始", "From 1")
                            .within(NUMBERS),
                    col("topElevation", "开采标高上限", "Top elevation", "m", DECIMAL, true, "如 +363", "e.g. +363")
                            .within(ELEVATION),
                    col("bottomElevation", "开采标高下限", "Bottom elevation", "m", DECIMAL, true, "如 +10", "e.g. +10")
                            .within(ELEVATION)),
            (v, o, d) -> d.blocks.add(new LicenceBlock(
                    v.text("licenceNumber"),
                    v.integer("blockNo"),
                    v.decimal("topElevation"),
                    v.decimal("bottomElevation"),
                    o)));

    public static final SheetSpec CORNER_POINTS = new SheetSpec(
            "cornerPoints",
            "拐点坐标",
            "Corner points",
            List.of(
                    pick("ownerType", "对象类型", "Owner type", ShapeOwner.class, true, "", ""),
                    col(
                            "ownerId",
                            "对象编号",
                            "Owner ID",
                            "",
                            TEXT,
                            true,
                            "采矿许可证号、作业点编号、禁止开采区编号或历史遗留矿山编号",
                            "Licence number, site, zone or historical-mine ID"),
                    col(
                                    "ringNo",
                                    "采区/环编号",
                                    "Block or ring number",
                                    "",
                                    INTEGER,
                                    false,
                                    "许可证为采区编号，默认 1",
                                    "Block number for licences; default 1")
                            .within(NUMBERS),
                    col(
                                    "pointNo",
                                    "点号",
                                    "Point number",
                                    "",
                                    INTEGER,
                                    true,
                                    "按顺序编号，首点不必重复",
                                    "In order; the first point need not be repeated")
                            .within(POINT_NUMBERS),
                    col(
                            "x",
                            "X坐标",
                            "X (northing)",
                            "m",
                            COORDINATE,
                            true,
                            "CGCS2000 高斯-克吕格，北向",
                            "CGCS2000 Gauss–Krüger northing"),
                    col(
                            "y",
                            "Y坐标",
                            "Y (easting)",
                            "m",
                            COORDINATE,
                            true,
                            "东向，含带号",
                            "Easting with the zone-number prefix")),
            (v, o, d) -> d.cornerPoints.add(new CornerPoint(
                    v.enumValue("ownerType"),
                    v.text("ownerId"),
                    v.intOr("ringNo", 1),
                    v.integer("pointNo"),
                    v.coordinate("x"),
                    v.coordinate("y"),
                    o)));

    public static final SheetSpec SITES = new SheetSpec(
            "sites",
            "作业点",
            "Working sites",
            List.of(
                    col("id", "作业点编号", "Site ID", "", TEXT, true, "", ""),
                    mineRef(),
                    col("name", "作业点名称", "Site name", "", TEXT, false, "", ""),
                    pick("type", "作业点类型", "Site type", SiteType.class, true, "", ""),
                    col(
                            "x",
                            "X坐标",
                            "X (northing)",
                            "m",
                            COORDINATE,
                            false,
                            "点状作业点填写；面状在拐点坐标表",
                            "For a point site; polygons go in Corner points"),
                    col("y", "Y坐标", "Y (easting)", "m", COORDINATE, false, "", ""),
                    col(
                                    "lowestElevation",
                                    "最低开采标高",
                                    "Lowest working elevation",
                                    "m",
                                    DECIMAL,
                                    false,
                                    "开采（采掘）工程到达的最低标高",
                                    "Lowest elevation the workings reach")
                            .within(ELEVATION),
                    yesNo("onForestLand", "位于林地", "On forest land", "", ""),
                    col(
                            "observedOn",
                            "核查日期",
                            "Observed on",
                            "",
                            DATE,
                            false,
                            "现场核查或卫片发现的日期；越界判断以该日有效的采矿许可证为准",
                            "Day of the inspection or satellite image; "
                                    + "the boundary is judged against the licences in force that day"),
                    col(
                                    "highestElevation",
                                    "最高开采标高",
                                    "Highest working elevation",
                                    "m",
                                    DECIMAL,
                                    false,
                                    "开采（采掘）工程的最高标高（不含井口等地面设施）",
                                    "Highest elevation of the workings (not the shaft collar)")
                            .within(ELEVATION)),
            (v, o, d) -> d.sites.add(new WorkingSite(
                    v.text("id"),
                    v.text("mineId"),
                    v.text("name"),
                    v.enumValue("type"),
                    v.coordinate("x"),
                    v.coordinate("y"),
                    v.decimal("lowestElevation"),
                    v.decimal("highestElevation"),
                    v.bool("onForestLand"),
                    v.date("observedOn"),
                    o)));

    public static final SheetSpec ZONES = new SheetSpec(
            "zones",
            "禁止开采区",
            "Forbidden zones",
            List.of(
                    col("id", "区域编号", "Zone ID", "", TEXT, true, "", ""),
                    col("name", "区域名称", "Zone name", "", TEXT, true, "", ""),
                    pick("type", "区域类型", "Zone type", ZoneType.class, true, "", ""),
                    col("level", "级别", "Level", "", TEXT, false, "国家级、省级等", "National, provincial, ..."),
                    col("authority", "批准机关", "Approving authority", "", TEXT, false, "", "")),
            (v, o, d) -> d.zones.add(new ForbiddenZone(
                    v.text("id"), v.text("name"), v.enumValue("type"), v.text("level"), v.text("authority"), o)));

    public static final SheetSpec PRODUCTION = new SheetSpec(
            "production",
            "生产情况",
            "Production",
            List.of(
                    mineRef(),
                    year(),
                    col("output", "矿石产量", "Ore output", "t", DECIMAL, true, "", "")
                            .within(TONNES_A_YEAR),
                    col("miningRecovery", "开采回采率", "Mining recovery rate", "%", DECIMAL, false, "", "")
                            .within(PERCENT),
                    col("beneficiationRecovery", "选矿回收率", "Beneficiation recovery rate", "%", DECIMAL, false, "", "")
                            .within(PERCENT),
                    col("utilisation", "综合利用率", "Comprehensive utilisation rate", "%", DECIMAL, false, "", "")
                            .within(PERCENT),
                    col("revenue", "销售收入", "Sales revenue", "元", DECIMAL, false, "", "")
                            .within(YUAN)),
            (v, o, d) -> d.production.add(new Production(
                    v.text("mineId"),
                    v.integer("year"),
                    v.decimal("output"),
                    v.decimal("miningRecovery"),
                    v.decimal("beneficiationRecovery"),
                    v.decimal("utilisation"),
                    v.decimal("revenue"),
                    o)));

    public static final SheetSpec FUNDS = new SheetSpec(
            "funds",
            "治理恢复基金",
            "Restoration fund",
            List.of(
                    mineRef(),
                    year(),
                    col("accountNo", "基金账户", "Fund account", "", TEXT, false, "未开立则留空", "Blank if none"),
                    yesNo("planFiled", "已报送计提使用计划", "Provisioning plan filed", "", ""),
                    col("provisioned", "本年计提金额", "Provisioned this year", "元", DECIMAL, true, "", "")
                            .within(YUAN),
                    col("used", "本年使用金额", "Used this year", "元", DECIMAL, false, "", "")
                            .within(YUAN),
                    col("balance", "年末余额", "Year-end balance", "元", DECIMAL, false, "", "")
                            .within(YUAN),
                    col(
                                    "openingBalance",
                                    "年初余额",
                                    "Opening balance",
                                    "元",
                                    DECIMAL,
                                    false,
                                    "不填则取上年年末余额",
                                    "Blank: last year's year-end balance")
                            .within(YUAN)),
            (v, o, d) -> d.funds.add(new FundRecord(
                    v.text("mineId"),
                    v.integer("year"),
                    v.text("accountNo"),
                    v.bool("planFiled"),
                    v.decimal("provisioned"),
                    v.decimal("used"),
                    v.decimal("balance"),
                    v.decimal("openingBalance"),
                    o)));

    public static final SheetSpec APPROVALS = new SheetSpec(
            "approvals",
            "审批与方案",
            "Approvals and plans",
            List.of(
                    mineRef(),
                    pick("kind", "类型", "Type", ApprovalKind.class, true, "", ""),
                    col("documentNo", "文号", "Document number", "", TEXT, false, "", ""),
                    col("approvedOn", "批准日期", "Approved on", "", DATE, true, "", ""),
                    col(
                            "validUntil",
                            "适用期止",
                            "Valid until",
                            "",
                            DATE,
                            false,
                            "方案适用年限的截止日期",
                            "End of the plan's service period"),
                    pick("eiaForm", "环评形式", "EIA form", EiaForm.class, false, "环评批复填写", "For EIA approvals"),
                    col("approvedCapacity", "批准规模", "Approved capacity", "t/a", DECIMAL, false, "", "")
                            .within(TONNES_A_YEAR),
                    col(
                                    "planCost",
                                    "方案估算治理费用",
                                    "Plan restoration cost",
                                    "元",
                                    DECIMAL,
                                    false,
                                    "复垦方案填写",
                                    "For reclamation plans")
                            .within(YUAN),
                    col("planReserves", "方案储量或设计总产量", "Plan reserves or total output", "t", DECIMAL, false, "", "")
                            .within(TONNES_TOTAL),
                    col("planArea", "方案治理面积", "Plan restoration area", "ha", DECIMAL, false, "", "")
                            .within(HECTARES),
                    pick("planMethod", "方案开采方式", "Plan mining method", MiningMethod.class, false, "", "")),
            (v, o, d) -> d.approvals.add(new Approval(
                    v.text("mineId"),
                    v.enumValue("kind"),
                    v.text("documentNo"),
                    v.date("approvedOn"),
                    v.date("validUntil"),
                    v.enumValue("eiaForm"),
                    v.decimal("approvedCapacity"),
                    v.decimal("planCost"),
                    v.decimal("planReserves"),
                    v.decimal("planArea"),
                    v.enumValue("planMethod"),
                    o)));

    public static final SheetSpec PROGRESS = new SheetSpec(
            "progress",
            "治理恢复进度",
            "Restoration progress",
            List.of(
                    mineRef(),
                    year(),
                    col(
                                    "plannedArea",
                                    "计划治理面积",
                                    "Planned area",
                                    "ha",
                                    DECIMAL,
                                    true,
                                    "方案年度任务",
                                    "The plan's task for the year")
                            .within(HECTARES),
                    col("completedArea", "完成治理面积", "Completed area", "ha", DECIMAL, true, "", "")
                            .within(HECTARES)),
            (v, o, d) -> d.progress.add(new RestorationProgress(
                    v.text("mineId"), v.integer("year"), v.decimal("plannedArea"), v.decimal("completedArea"), o)));

    public static final SheetSpec HISTORICAL = new SheetSpec(
            "historical",
            "历史遗留矿山",
            "Historical mines",
            List.of(
                    col("id", "图斑编号", "Patch ID", "", TEXT, true, "", ""),
                    col("name", "名称", "Name", "", TEXT, false, "", ""),
                    col("regionCode", "所在区县代码", "County code", "", TEXT, true, "", ""),
                    col("area", "面积", "Area", "ha", DECIMAL, true, "", "").within(HECTARES),
                    col("inventoryYear", "纳入清单年度", "Inventory year", "", INTEGER, false, "", "")
                            .within(YEARS),
                    pick("status", "治理状态", "Treatment status", TreatmentStatus.class, true, "", ""),
                    col("treatedOn", "治理完成日期", "Treated on", "", DATE, false, "", ""),
                    yesNo("accepted", "通过验收", "Accepted", "", ""),
                    col("vegetationCover", "植被覆盖度", "Vegetation cover", "%", DECIMAL, false, "", "")
                            .within(PERCENT),
                    col(
                            "x",
                            "X坐标",
                            "X (northing)",
                            "m",
                            COORDINATE,
                            false,
                            "无拐点时填中心点",
                            "Centre point when there are no corner points"),
                    col("y", "Y坐标", "Y (easting)", "m", COORDINATE, false, "", "")),
            (v, o, d) -> d.historicalMines.add(new HistoricalMine(
                    v.text("id"),
                    v.text("name"),
                    v.text("regionCode"),
                    v.decimal("area"),
                    v.integer("inventoryYear"),
                    v.enumValue("status"),
                    v.date("treatedOn"),
                    v.bool("accepted"),
                    v.decimal("vegetationCover"),
                    v.coordinate("x"),
                    v.coordinate("y"),
                    o)));

    public static final SheetSpec REGIONS = new SheetSpec(
            "regions",
            "行政区",
            "Regions",
            List.of(
                    col("code", "区划代码", "Region code", "", TEXT, true, "", ""),
                    col("name", "名称", "Name", "", TEXT, true, "", ""),
                    pick("level", "级别", "Level", RegionLevel.class, true, "", ""),
                    col("parentCode", "上级区划代码", "Parent region code", "", TEXT, false, "", "")),
            (v, o, d) -> d.regions.add(
                    new Region(v.text("code"), v.text("name"), v.enumValue("level"), v.text("parentCode"), o)));

    public static final SheetSpec TARGETS = new SheetSpec(
            "targets",
            "区域目标",
            "Regional targets",
            List.of(
                    col("regionCode", "区划代码", "Region code", "", TEXT, true, "", ""),
                    pick("type", "目标类型", "Target type", TargetType.class, true, "", ""),
                    pick("measure", "计量方式", "Measured by", TargetMeasure.class, false, "", ""),
                    col("baselineYear", "基准年", "Baseline year", "", INTEGER, false, "", "")
                            .within(YEARS),
                    col("baselineCount", "基准存量个数", "Baseline stock count", "个", DECIMAL, false, "", "")
                            .within(COUNT),
                    col("baselineArea", "基准存量面积", "Baseline stock area", "ha", DECIMAL, false, "", "")
                            .within(HECTARES),
                    col("annualPercent", "每年治理比例", "Annual percentage", "%", DECIMAL, false, "", "")
                            .within(PERCENT),
                    col("deadline", "完成期限", "Deadline", "", DATE, false, "", ""),
                    col("targetPercent", "目标比例", "Target share", "%", DECIMAL, false, "", "")
                            .within(PERCENT),
                    col("source", "依据", "Source", "", TEXT, false, "", "")),
            (v, o, d) -> d.targets.add(new RegionalTarget(
                    v.text("regionCode"),
                    v.enumValue("type"),
                    v.enumValue("measure"),
                    v.integer("baselineYear"),
                    v.decimal("baselineCount"),
                    v.decimal("baselineArea"),
                    v.decimal("annualPercent"),
                    v.date("deadline"),
                    v.decimal("targetPercent"),
                    v.text("source"),
                    o)));

    public static final List<SheetSpec> SHEETS = List.of(
            ENTERPRISES,
            MINES,
            LICENCES,
            LICENCE_EVENTS,
            BLOCKS,
            CORNER_POINTS,
            SITES,
            ZONES,
            PRODUCTION,
            FUNDS,
            APPROVALS,
            PROGRESS,
            HISTORICAL,
            REGIONS,
            TARGETS);

    /** The sheet a workbook tab name stands for, matched in Chinese or English, ignoring case, spaces and punctuation. */
    public static Optional<SheetSpec> sheetNamed(String name) {
        if (name == null) return lookup(null);
        Optional<SheetSpec> known = SHEET_NAMES.get(name);
        if (known != null) return known;
        Optional<SheetSpec> found = lookup(name);
        if (SHEET_NAMES.size() < 1_000) SHEET_NAMES.put(name, found);
        return found;
    }

    /**
     * Sheet names already looked up: reports label every evidence cell by its sheet's column, and normalising the
     * name (two regular expressions) for each of them was half of writing a province's JSON report.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<SheetSpec>> SHEET_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<SheetSpec> lookup(String name) {
        String n = Headers.normalize(name);
        return SHEETS.stream().filter(s -> Headers.matches(n, s.zh(), s.en())).findFirst();
    }

    public static boolean isInstructions(String name) {
        String n = Headers.normalize(name);
        return Headers.matches(n, INSTRUCTIONS_ZH, INSTRUCTIONS_EN) || n.equals(Headers.normalize(LISTS_SHEET));
    }
}

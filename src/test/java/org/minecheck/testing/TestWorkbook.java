package org.minecheck.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small real workbook written with POI, as a person would type it: text cells, number cells, Excel date cells and
 * boolean cells exactly as given. {@code .xls} files are written with HSSF, everything else with XSSF.
 *
 * <pre>
 * TestWorkbook.create()
 *     .sheet("企业", "企业编号", "企业名称", "所在区县代码").row("E1", "甲矿业", "140100")
 *     .write(dir.resolve("a.xlsx"));
 * </pre>
 */
public final class TestWorkbook {
    private final List<SheetData> sheets = new ArrayList<>();

    private TestWorkbook() {}

    public static TestWorkbook create() {
        return new TestWorkbook();
    }

    /**
     * The workbook form of {@link Facts#compliantMine()}, with Chinese headers: enterprise E1 runs producing coal mine
     * M1 under mining licence C1 (证照 row 2, valid 2020-01-01 to 2030-12-31; block 1 from +300 m to +100 m, a 1 km
     * square) and safety licence S1 (证照 row 3), with its approvals and plans, 2024 production, fund and restoration
     * progress. Compliant on any date in 2025.
     */
    public static TestWorkbook compliantMine() {
        return oneMine("企业E1", Facts.UNTIL);
    }

    /** {@link #compliantMine()} with the enterprise's name and the mining licence's expiry (证照!G2) chosen. */
    public static TestWorkbook oneMine(String enterpriseName, LocalDate miningLicenceUntil) {
        TestWorkbook b = licencedMine(enterpriseName, miningLicenceUntil, true);
        // the records the fund, assessment and target rules check, as in Facts.compliantMine()
        b.sheet("审批与方案", "矿山编号", "类型", "文号", "批准日期", "适用期止", "环评形式", "批准规模", "方案估算治理费用", "方案储量或设计总产量", "方案开采方式")
                .row("M1", "环评批复", "EIA-M1", LocalDate.of(2014, 6, 1), null, "报告书", 900000, null, null, null)
                .row("M1", "竣工环保验收", "eia-acceptance-M1", LocalDate.of(2015, 6, 1), null, null, null, null, null, null)
                .row("M1", "水土保持方案", "soil-water-plan-M1", LocalDate.of(2014, 5, 1), null, null, null, null, null, null)
                .row(
                        "M1",
                        "矿山地质环境保护与土地复垦方案",
                        "PLAN-M1-2020-03-01",
                        LocalDate.of(2020, 3, 1),
                        LocalDate.of(2030, 12, 31),
                        null,
                        900000,
                        12000000,
                        6000000,
                        "露天开采");
        b.sheet("生产情况", "矿山编号", "年度", "矿石产量", "开采回采率", "选矿回收率", "综合利用率").row("M1", 2024, 800000, 92, 80, 80);
        b.sheet("治理恢复基金", "矿山编号", "年度", "基金账户", "已报送计提使用计划", "本年计提金额", "本年使用金额", "年末余额")
                .row("M1", 2024, "FA-M1", "是", 1600000, 1000000, 600000);
        b.sheet("治理恢复进度", "矿山编号", "年度", "计划治理面积", "完成治理面积").row("M1", 2024, 10, 10);
        return b;
    }

    /**
     * Only the enterprise, mine and licence sheets of {@link #compliantMine()} (the mine's status, method and scale;
     * licences C1 and S1 with C1's block and corners): for reading tests that add sheets of their own. Licence- and
     * boundary-compliant; the other rule areas find its records missing.
     */
    public static TestWorkbook licencedMine() {
        return licencedMine("企业E1", Facts.UNTIL);
    }

    private static TestWorkbook licencedMine(String enterpriseName, LocalDate miningLicenceUntil) {
        return licencedMine(enterpriseName, miningLicenceUntil, false);
    }

    /** With {@code attributes}, the mine's technique, depth, start, capacity, seam and land type and C1's scale too. */
    private static TestWorkbook licencedMine(String enterpriseName, LocalDate miningLicenceUntil, boolean attributes) {
        TestWorkbook b = create();
        b.sheet("企业", "企业编号", "企业名称", "所在区县代码").row("E1", enterpriseName, "140100");
        if (attributes) {
            b.sheet(
                            "矿山",
                            "矿山编号",
                            "矿山名称",
                            "实际经营企业编号",
                            "所在区县代码",
                            "开采矿种",
                            "开采方式",
                            "生产状态",
                            "矿山规模",
                            "采矿方法",
                            "露天开采深度",
                            "投产日期",
                            "设计生产能力",
                            "煤层平均厚度",
                            "损毁土地主要类型")
                    .row(
                            "M1",
                            "矿山M1",
                            "E1",
                            "140100",
                            "煤",
                            "露天开采",
                            "生产",
                            "中型",
                            "其他露天采矿法",
                            60,
                            LocalDate.of(2015, 1, 1),
                            900000,
                            4,
                            "草地");
            b.sheet("证照", "证号", "证照类型", "矿山编号", "持证企业编号", "许可矿种", "有效期起", "有效期止", "证照状态", "生产规模")
                    .row("C1", "采矿许可证", "M1", "E1", "煤", Facts.FROM, miningLicenceUntil, "有效", 900000)
                    .row("S1", "安全生产许可证", "M1", "E1", null, Facts.FROM, Facts.UNTIL, "有效", null);
        } else {
            b.sheet("矿山", "矿山编号", "矿山名称", "实际经营企业编号", "所在区县代码", "开采矿种", "开采方式", "生产状态", "矿山规模")
                    .row("M1", "矿山M1", "E1", "140100", "煤", "露天开采", "生产", "中型");
            b.sheet("证照", "证号", "证照类型", "矿山编号", "持证企业编号", "许可矿种", "有效期起", "有效期止", "证照状态")
                    .row("C1", "采矿许可证", "M1", "E1", "煤", Facts.FROM, miningLicenceUntil, "有效")
                    .row("S1", "安全生产许可证", "M1", "E1", null, Facts.FROM, Facts.UNTIL, "有效");
        }
        b.sheet("矿区范围", "采矿许可证号", "采区编号", "开采标高上限", "开采标高下限").row("C1", 1, 300, 100);
        SheetData corners = b.sheet("拐点坐标", "对象类型", "对象编号", "采区/环编号", "点号", "X坐标", "Y坐标");
        double[][] square = {{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}};
        for (int i = 0; i < square.length; i++) {
            corners.row("采矿许可证", "C1", 1, i + 1, Facts.X0 + square[i][0], Facts.Y0 + square[i][1]);
        }
        return b;
    }

    /** The sheet added under this name, to append rows to it. */
    public SheetData sheetNamed(String name) {
        return sheets.stream()
                .filter(s -> s.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sheet " + name));
    }

    /** Drops a sheet added earlier (to split one workbook's data over several files). */
    public TestWorkbook without(String name) {
        sheets.remove(sheetNamed(name));
        return this;
    }

    /** Starts a sheet whose first row is {@code headers}; following {@link SheetData#row} calls add data rows. */
    public SheetData sheet(String name, String... headers) {
        SheetData s = new SheetData(this, name, List.of(headers));
        sheets.add(s);
        return s;
    }

    public Path write(Path file) throws IOException {
        boolean xls = file.getFileName().toString().toLowerCase().endsWith(".xls");
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (SheetData data : sheets) {
                Sheet s = wb.createSheet(data.name);
                int r = 0;
                if (!data.headers.isEmpty()) write(s.createRow(r++), data.headers.toArray(), dateStyle);
                for (Object[] values : data.rows) write(s.createRow(r++), values, dateStyle);
            }
            wb.write(out);
        }
        return file;
    }

    private static void write(Row row, Object[] values, CellStyle dateStyle) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) continue;
            Cell cell = row.createCell(c);
            if (v instanceof Number n) cell.setCellValue(n.doubleValue());
            else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Boolean b) cell.setCellValue(b);
            else cell.setCellValue(v.toString());
        }
    }

    /** One sheet: a header row and data rows; {@code null} leaves a cell empty. */
    public static final class SheetData {
        private final TestWorkbook book;
        private final String name;
        private final List<String> headers;
        private final List<Object[]> rows = new ArrayList<>();

        private SheetData(TestWorkbook book, String name, List<String> headers) {
            this.book = book;
            this.name = name;
            this.headers = headers;
        }

        public SheetData row(Object... values) {
            rows.add(Arrays.copyOf(values, values.length));
            return this;
        }

        public SheetData sheet(String name, String... headers) {
            return book.sheet(name, headers);
        }

        public Path write(Path file) throws IOException {
            return book.write(file);
        }

        public TestWorkbook book() {
            return book;
        }
    }
}

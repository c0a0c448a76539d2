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
     * square) and safety licence S1 (证照 row 3). Compliant on any date in 2025.
     */
    public static TestWorkbook compliantMine() {
        return oneMine("企业E1", Facts.UNTIL);
    }

    /** {@link #compliantMine()} with the enterprise's name and the mining licence's expiry (证照!G2) chosen. */
    public static TestWorkbook oneMine(String enterpriseName, LocalDate miningLicenceUntil) {
        TestWorkbook b = create();
        b.sheet("企业", "企业编号", "企业名称", "所在区县代码").row("E1", enterpriseName, "140100");
        b.sheet("矿山", "矿山编号", "矿山名称", "实际经营企业编号", "所在区县代码", "开采矿种", "开采方式", "生产状态", "矿山规模")
                .row("M1", "矿山M1", "E1", "140100", "煤", "露天开采", "生产", "中型");
        b.sheet("证照", "证号", "证照类型", "矿山编号", "持证企业编号", "许可矿种", "有效期起", "有效期止", "证照状态")
                .row("C1", "采矿许可证", "M1", "E1", "煤", Facts.FROM, miningLicenceUntil, "有效")
                .row("S1", "安全生产许可证", "M1", "E1", null, Facts.FROM, Facts.UNTIL, "有效");
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
        return sheets.stream().filter(s -> s.name.equals(name)).findFirst()
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
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
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

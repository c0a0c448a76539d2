package org.minecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecheck.testing.TestRules;

/**
 * A rate typed as 85% is stored by Excel as 0.85 with a percent format. Read without its format it would silently
 * become 0.85 %; it must read as 85 in a % column, and be refused in a column of another unit.
 */
class PercentCellTest {

    @TempDir
    Path dir;

    private Path workbook(boolean xls) throws Exception {
        Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        Sheet mines = wb.createSheet("矿山");
        Row h = mines.createRow(0);
        String[] mineHeaders = {"矿山编号", "矿山名称", "实际经营企业编号", "所在区县代码", "开采矿种", "开采方式", "生产状态", "矿山规模"};
        for (int i = 0; i < mineHeaders.length; i++) h.createCell(i).setCellValue(mineHeaders[i]);
        Row m = mines.createRow(1);
        String[] mine = {"M1", "一号矿", "E1", "140100", "煤", "露天开采", "生产", "中型"};
        for (int i = 0; i < mine.length; i++) m.createCell(i).setCellValue(mine[i]);
        Sheet ent = wb.createSheet("企业");
        Row eh = ent.createRow(0);
        eh.createCell(0).setCellValue("企业编号");
        eh.createCell(1).setCellValue("企业名称");
        eh.createCell(2).setCellValue("所在区县代码");
        Row e = ent.createRow(1);
        e.createCell(0).setCellValue("E1");
        e.createCell(1).setCellValue("一号企业");
        e.createCell(2).setCellValue("140100");
        Sheet prod = wb.createSheet("生产情况");
        Row ph = prod.createRow(0);
        ph.createCell(0).setCellValue("矿山编号");
        ph.createCell(1).setCellValue("年度");
        ph.createCell(2).setCellValue("矿石产量（t）");
        ph.createCell(3).setCellValue("开采回采率（%）");
        Row p = prod.createRow(1);
        p.createCell(0).setCellValue("M1");
        p.createCell(1).setCellValue(2024);
        p.createCell(2).setCellValue(500000);
        p.createCell(3).setCellValue(0.85);
        p.getCell(3).setCellStyle(percent);
        Row bad = prod.createRow(2);
        bad.createCell(0).setCellValue("M1");
        bad.createCell(1).setCellValue(2025);
        bad.createCell(2).setCellValue(0.5);
        bad.getCell(2).setCellStyle(percent);
        Path file = dir.resolve(xls ? "percent.xls" : "percent.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @ParameterizedTest(name = "xls={0}")
    @ValueSource(booleans = {false, true})
    void aPercentFormattedRateReadsAsPercentAndAPercentFormattedTonnageIsRefused(boolean xls) throws Exception {
        IngestResult r = new WorkbookReader(TestRules.book().minerals()).read(List.of(workbook(xls)));

        assertThat(r.dataset().production).singleElement().satisfies(prod -> assertThat(prod.miningRecovery())
                .isEqualByComparingTo(new BigDecimal("85")));
        assertThat(r.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("ingest.expectedNumber");
            assertThat(problem.cell().row()).isEqualTo(3);
            assertThat(problem.cell().column()).isEqualTo("C");
            assertThat(problem.value()).isEqualTo("50%");
        });
    }
}

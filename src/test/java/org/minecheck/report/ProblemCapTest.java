package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.engine.CheckResult;
import org.minecheck.i18n.Texts;
import org.minecheck.testing.TestRules;

/**
 * Problem lists are capped on the console per sheet and column, and complete in the JSON and Excel reports (issue 8):
 * 300,000 junk rows must not print 1.5 million lines.
 */
class ProblemCapTest {
    private static final LocalDate DATE = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    /** A Production sheet of {@code rows} rows whose year, output and three rates are all junk: 5 problems a row. */
    private Path junk(int rows) throws IOException {
        Path file = dir.resolve("junk.xlsx");
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            var s = wb.createSheet("生产情况");
            String[] headers = {"矿山编号", "年度", "矿石产量", "开采回采率", "选矿回收率", "综合利用率"};
            var h = s.createRow(0);
            for (int i = 0; i < headers.length; i++) h.createCell(i).setCellValue(headers[i]);
            for (int r = 1; r <= rows; r++) {
                var row = s.createRow(r);
                row.createCell(0).setCellValue("M" + r);
                for (int c = 1; c < headers.length; c++) row.createCell(c).setCellValue("junk" + c);
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        return file;
    }

    private CheckResult check(Path file) {
        return TestRules.runner().check(List.of(file), DATE);
    }

    @Test
    void threeHundredThousandJunkRowsPrintAShortList() throws IOException {
        CheckResult r = check(junk(300_000));
        assertThat(r.problems()).hasSize(1_500_000);

        StringWriter text = new StringWriter();
        ConsoleReport.printProblems(r, Texts.ENGLISH, "report.json", new PrintWriter(text));

        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSizeLessThan(ConsoleReport.MAX_LINES + 30);
        assertThat(lines.get(0)).isEqualTo("The input has 1,500,000 problem(s); nothing was checked:");
        assertThat(lines)
                .filteredOn(l -> l.contains("column B:"))
                .hasSize(ConsoleReport.PER_COLUMN)
                .first()
                .asString()
                .endsWith("row 2, column B: a number expected (found \"junk1\")");
        assertThat(lines)
                .contains("  … and 299,980 more in file junk.xlsx, sheet \"生产情况\", column B")
                .contains("  … and 299,980 more in file junk.xlsx, sheet \"生产情况\", column F");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("Only the first 20 per sheet and column are shown; the full list is in report.json");
    }

    @Test
    void aHostileWorkbookWithThousandsOfBadColumnsStaysShortToo() {
        var problems = new java.util.ArrayList<org.minecheck.ingest.InputProblem>();
        for (int row = 2; row < 50; row++) {
            for (int col = 0; col < 5_000; col++) {
                problems.add(org.minecheck.ingest.InputProblem.at(
                        new org.minecheck.model.CellRef(
                                "x.xlsx", "矿山", row, org.apache.poi.ss.util.CellReference.convertNumToColString(col)),
                        "?",
                        "ingest.expectedDate"));
            }
        }
        CheckResult r = new CheckResult(
                DATE,
                List.of(new CheckResult.InputFile("x.xlsx", null)),
                "national",
                null,
                new org.minecheck.model.Dataset(),
                List.of(),
                problems,
                List.of(),
                List.of());
        StringWriter text = new StringWriter();

        ConsoleReport.printProblems(r, Texts.CHINESE, null, new PrintWriter(text));

        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSizeLessThan(ConsoleReport.MAX_LINES + 30);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  …… 另有").contains("在其他"));
        assertThat(lines.get(lines.size() - 1)).contains("完整清单请用 --format json");
    }

    @Test
    void theJsonAndExcelReportsHoldEveryProblem() throws IOException {
        CheckResult r = check(junk(3_000));
        assertThat(r.problems()).hasSize(15_000);
        FindingText text = new FindingText(TestRules.book(), Texts.ENGLISH, DATE);
        Path json = dir.resolve("r.json");
        Path xlsx = dir.resolve("r.xlsx");

        ReportFile.prepare(json.toString(), ReportFile.Format.JSON_REPORT, List.of(), false)
                .write(out -> new JsonReport().write(r, text, out));
        ReportFile.prepare(xlsx.toString(), ReportFile.Format.EXCEL_REPORT, List.of(), false)
                .write(out -> new ExcelReport().write(r, text, out));

        var report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("errors")).hasSize(15_000);
        assertThat(report.get("checked").get("nothingChecked").asBoolean()).isTrue();
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Input problems");
            assertThat(sheet.getLastRowNum()).isEqualTo(15_000);
            var last = sheet.getRow(15_000);
            assertThat(List.of(
                            last.getCell(0).getStringCellValue(),
                            last.getCell(2).getStringCellValue(),
                            last.getCell(4).getStringCellValue(),
                            last.getCell(5).getStringCellValue()))
                    .containsExactly("problem", "生产情况", "F", "junk5");
            assertThat(last.getCell(3).getNumericCellValue()).isEqualTo(3_001);
            assertThat(wb.getSheet("Summary").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("The input has 15,000 problem(s); nothing was checked:");
        }
    }
}

package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.testing.TestRules;
import org.minecheck.testing.TestWorkbook;

/** The Excel report written from a real check and opened with POI, as the person who receives it would open it. */
class ExcelReportTest {
    private static final LocalDate CHECK_DATE = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    private CheckResult check(TestWorkbook book) throws IOException {
        return TestRules.runner().check(List.of(book.write(dir.resolve("data.xlsx"))), CHECK_DATE);
    }

    private XSSFWorkbook report(CheckResult result, boolean chinese) throws IOException {
        Path file = dir.resolve(chinese ? "report-zh.xlsx" : "report-en.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new org.minecheck.report.ExcelReport()
                    .write(
                            result,
                            new FindingText(
                                    TestRules.book(),
                                    chinese ? org.minecheck.i18n.Texts.CHINESE : org.minecheck.i18n.Texts.ENGLISH,
                                    CHECK_DATE),
                            out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Expired mining licence C1 of M1, plus two more producing mines with no licence at all. */
    private static TestWorkbook threeUnlicensedMines(String enterpriseName, String mineName) {
        TestWorkbook book = TestWorkbook.oneMine(enterpriseName, LocalDate.of(2024, 12, 31));
        book.sheetNamed("矿山")
                .row("M2", mineName, "E1", "140100", "煤", "地下开采", "生产", "小型")
                .row("M3", "矿山M3", "E1", "140100", "铁矿", "地下开采", "生产", "小型");
        return book;
    }

    private static List<List<String>> rows(Sheet s) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : s) {
            List<String> cells = new ArrayList<>();
            // a link cell (a HYPERLINK formula) as the reader sees it: its cached text
            for (Cell c : r) cells.add(c.getCellType() == CellType.FORMULA ? c.getStringCellValue() : c.toString());
            out.add(cells);
        }
        return out;
    }

    @Test
    void hasFindingsEvidenceAndSummarySheetsInTheChosenLanguage() throws IOException {
        var result = check(threeUnlicensedMines("甲公司", "矿山M2"));

        try (var zh = report(result, true);
                var en = report(result, false)) {
            assertThat(List.of(zh.getSheetName(0), zh.getSheetName(1), zh.getSheetName(2)))
                    .containsExactly("汇总", "问题清单", "证据");
            assertThat(List.of(en.getSheetName(0), en.getSheetName(1), en.getSheetName(2)))
                    .containsExactly("Summary", "Findings", "Evidence");
            assertThat(en.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Rule");
        }
    }

    @Test
    void theFindingsSheetHasOneRowPerFindingInTheReportedOrder() throws IOException {
        var result = check(threeUnlicensedMines("甲公司", "矿山M2"));

        try (var wb = report(result, true)) {
            Sheet findings = wb.getSheet("问题清单");
            assertThat(result.findings()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(findings.getLastRowNum()).isEqualTo(result.findings().size());
            for (int i = 0; i < result.findings().size(); i++) {
                Finding f = result.findings().get(i);
                Row row = findings.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.ruleId());
                assertThat(row.getCell(5).getStringCellValue())
                        .isEqualTo(f.subject().id());
                assertThat(row.getCell(8).getStringCellValue())
                        .as("message")
                        .isNotBlank()
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void theEvidenceSheetPointsAtTheSourceCellOfEachValue() throws IOException {
        var result = check(threeUnlicensedMines("甲公司", "矿山M2"));

        try (var wb = report(result, false)) {
            List<List<String>> evidence = rows(wb.getSheet("Evidence"));
            assertThat(evidence.get(0))
                    .containsExactly("#", "Rule", "Subject", "Name", "Value", "File", "Sheet", "Row", "Column");
            // the expiry date of C1 came from 证照!G2 of data.xlsx
            assertThat(evidence)
                    .contains(List.of(
                            findingNumber(result, "LIC-001", "M1"),
                            "LIC-001",
                            "M1",
                            "Valid until",
                            "2024-12-31",
                            "data.xlsx",
                            "证照",
                            "2",
                            "G"));
        }
    }

    private static String findingNumber(CheckResult r, String ruleId, String subject) {
        for (int i = 0; i < r.findings().size(); i++) {
            if (r.findings().get(i).ruleId().equals(ruleId)
                    && r.findings().get(i).subject().id().equals(subject)) {
                return String.valueOf(i + 1);
            }
        }
        throw new AssertionError(ruleId + " " + subject);
    }

    @Test
    void theSummaryCountsFindingsByAreaAndSeverity() throws IOException {
        var result = check(threeUnlicensedMines("甲公司", "矿山M2"));
        long licenceCritical = result.findings().stream()
                .filter(f ->
                        f.ruleId().startsWith("LIC-") && f.severity().code().equals("critical"))
                .count();

        try (var wb = report(result, false)) {
            List<List<String>> summary = rows(wb.getSheet("Summary"));
            assertThat(summary.get(0).get(0))
                    .contains(String.valueOf(result.findings().size()), "2025-06-30", "data.xlsx");
            assertThat(summary.get(1).get(0)).startsWith("Read and checked: 1 enterprise(s), 3 mine(s)");
            assertThat(summary.get(2)).containsExactly("Summary by area and severity");
            assertThat(summary.get(3)).containsExactly("Area", "Critical", "Major", "Minor", "Warning", "Count");
            assertThat(summary).anySatisfy(r -> {
                assertThat(r.get(0)).isEqualTo("LIC");
                assertThat(Double.parseDouble(r.get(1))).isEqualTo(licenceCritical);
            });
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsAStringCellNeverAsAFormula() throws IOException {
        String enterprise = "=HYPERLINK(\"http://example.invalid/x\",\"点此查看\")";
        String mine = "+SUM(1,2)";
        var result = check(threeUnlicensedMines(enterprise, mine));

        try (var wb = report(result, true)) {
            Sheet findings = wb.getSheet("问题清单");
            boolean sawEnterprise = false;
            boolean sawMine = false;
            for (Row row : findings) {
                if (row.getRowNum() == 0) continue;
                Cell enterpriseCell = row.getCell(7);
                assertThat(enterpriseCell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(enterpriseCell.getStringCellValue()).isEqualTo(enterprise);
                assertThat(enterpriseCell.getCellStyle().getQuotePrefixed()).isTrue();
                sawEnterprise = true;
                Cell subjectName = row.getCell(6);
                if (subjectName.getStringCellValue().equals(mine)) {
                    assertThat(subjectName.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(subjectName.getCellStyle().getQuotePrefixed()).isTrue();
                    sawMine = true;
                }
            }
            assertThat(sawEnterprise).isTrue();
            assertThat(sawMine).isTrue();
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        // the only formulas are the report's own links between findings and evidence, which show
                        // a finding number or a count, never a text from the workbook
                        if (c.getCellType() != CellType.FORMULA) continue;
                        assertThat(c.getCellFormula())
                                .as(s.getSheetName() + "!" + c.getAddress())
                                .matches(
                                        "HYPERLINK\\(\"#'(Findings|Evidence|问题清单|证据)'!A[0-9]+\",\"([0-9]+|see the evidence \\([0-9]+ rows?\\)|查看证据（[0-9]+ 行）)\"\\)");
                    }
                }
            }
        }
    }

    @Test
    void aCheckWithNoFindingWritesHeadersAndASummarySayingSo() throws IOException {
        var result = check(TestWorkbook.compliantMine());

        try (var wb = report(result, false)) {
            assertThat(result.findings()).isEmpty();
            assertThat(wb.getSheet("Findings").getLastRowNum()).isZero();
            assertThat(wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("0 findings");
        }
    }
}

package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.engine.CheckResult;
import org.minecheck.i18n.Texts;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.demo.DemoRegion;

/**
 * The Excel report as a working file, read back with POI: the summary sheet first (by area, severity and department,
 * the check's inputs with their digests), sheet names in the report's language, frozen header rows and a filter over
 * every table, column widths that fit their content (a Chinese character counted twice), every finding linked to its
 * evidence rows and every evidence row back to its finding; and LibreOffice opens it and keeps its sheets, rows and
 * filters when it saves it again (headless LibreOffice writes no view settings, so frozen panes are checked with POI).
 */
class ExcelWorkingFileTest {
    @TempDir
    static Path dir;

    private static final Texts ZH = Texts.of(Texts.CHINESE);
    private static final Texts EN = Texts.of(Texts.ENGLISH);
    private static CheckResult demo;
    private static Path zh;
    private static Path en;

    @BeforeAll
    static void writeTheDemoReportInBothLanguages() throws Exception {
        demo = TestRules.runner().check(List.of(Path.of("test-data/demo-region.xlsx")), DemoRegion.CHECK_DATE);
        zh = write(Texts.CHINESE, "report-zh.xlsx");
        en = write(Texts.ENGLISH, "report-en.xlsx");
    }

    private static Path write(Locale locale, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new ExcelReport().write(demo, new FindingText(TestRules.book(), locale, demo.checkDate()), out);
        }
        return file;
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The sheets that hold a table (all but the summary, the maps and the charts). */
    private static List<XSSFSheet> tableSheets(XSSFWorkbook wb, Texts t) {
        List<XSSFSheet> out = new ArrayList<>();
        for (String key : List.of("sheet.findings", "sheet.evidence", "fundRates.sheet", "historicalProgress.sheet"))
            out.add(wb.getSheet(t.get(key)));
        return out;
    }

    @Test
    void theSummaryComesFirstWithCountsByAreaSeverityAndDepartmentAndTheInputsWithTheirDigests() throws Exception {
        try (XSSFWorkbook wb = open(zh)) {
            XSSFSheet summary = wb.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo(ZH.get("sheet.summary"));
            List<String> cells = new ArrayList<>();
            summary.forEach(r -> r.forEach(c -> cells.add(c.toString())));
            assertThat(cells)
                    .contains(ZH.get("summary.byDepartment"), "自然资源", "BND", demo.rulePackDigest())
                    .contains(demo.inputs().get(0).sha256())
                    .contains(String.valueOf(demo.checkDate()));
        }
    }

    @Test
    void sheetNamesFollowTheLanguage() throws Exception {
        try (XSSFWorkbook z = open(zh);
                XSSFWorkbook e = open(en)) {
            for (String key : List.of("sheet.summary", "sheet.findings", "sheet.evidence", "fundRates.sheet")) {
                assertThat(z.getSheet(ZH.get(key))).as(key).isNotNull();
                assertThat(e.getSheet(EN.get(key))).as(key).isNotNull();
            }
            assertThat(e.getSheetAt(1).getSheetName()).isEqualTo("Findings");
        }
    }

    @Test
    void everyTableHasAFrozenHeaderRowAndAFilterOverAllItsRowsAndColumns() throws Exception {
        try (XSSFWorkbook wb = open(zh)) {
            for (XSSFSheet s : tableSheets(wb, ZH)) {
                assertFrozenAndFiltered(s);
            }
        }
    }

    static void assertFrozenAndFiltered(XSSFSheet s) {
        var pane = s.getPaneInformation();
        assertThat(pane).as(s.getSheetName() + " pane").isNotNull();
        assertThat(pane.isFreezePane()).as(s.getSheetName() + " frozen").isTrue();
        assertThat(pane.getHorizontalSplitPosition())
                .as(s.getSheetName() + " frozen rows")
                .isEqualTo((short) 1);
        assertThat(s.getCTWorksheet().isSetAutoFilter())
                .as(s.getSheetName() + " filter")
                .isTrue();
        CellRangeAddress filter =
                CellRangeAddress.valueOf(s.getCTWorksheet().getAutoFilter().getRef());
        assertThat(filter.getFirstRow()).isZero();
        assertThat(filter.getLastRow()).as(s.getSheetName() + " filter rows").isEqualTo(s.getLastRowNum());
        assertThat(filter.getLastColumn() + 1)
                .as(s.getSheetName() + " filter columns")
                .isEqualTo(s.getRow(0).getLastCellNum());
    }

    @Test
    void columnWidthsFitTheirContentCountingChineseTwice() throws Exception {
        try (XSSFWorkbook wb = open(zh)) {
            XSSFSheet findings = wb.getSheet(ZH.get("sheet.findings"));
            // rule ids are short, subjects' Chinese names wider, messages capped and wrapped
            int rule = findings.getColumnWidth(0) / 256;
            int enterprise = findings.getColumnWidth(7) / 256;
            int message = findings.getColumnWidth(8) / 256;
            assertThat(rule).isBetween(8, 14);
            String widest = "";
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                String v = findings.getRow(r).getCell(7).getStringCellValue();
                if (Table.width(v) > Table.width(widest)) widest = v;
            }
            assertThat(enterprise).isGreaterThanOrEqualTo(Table.width(widest)).isGreaterThan(widest.length());
            assertThat(message).isEqualTo(ExcelReport.Widths.CAP);
            assertThat(findings.getRow(1).getCell(8).getCellStyle().getWrapText())
                    .isTrue();
        }
    }

    @Test
    void everyFindingLinksToItsEvidenceRowsAndEachEvidenceRowBackToItsFinding() throws Exception {
        try (XSSFWorkbook wb = open(en)) {
            XSSFSheet findings = wb.getSheet("Findings");
            XSSFSheet evidence = wb.getSheet("Evidence");
            int linked = 0;
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                XSSFCell cell = findings.getRow(r).getCell(12);
                if (cell.getCellType() != CellType.FORMULA) continue;
                linked++;
                XSSFCell target = resolve(wb, cell);
                assertThat(target.getSheet()).isSameAs(evidence);
                // the evidence row names the same finding number and rule
                assertThat(target.getStringCellValue()).isEqualTo(String.valueOf(r));
                assertThat(target.getRow().getCell(1).getStringCellValue())
                        .isEqualTo(findings.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(linked).isGreaterThan(demo.findings().size() / 2);
            for (int r = 1; r <= evidence.getLastRowNum(); r++) {
                XSSFCell cell = evidence.getRow(r).getCell(0);
                XSSFCell target = resolve(wb, cell);
                assertThat(target.getSheet()).isSameAs(findings);
                assertThat(target.getRow().getRowNum()).isEqualTo(Integer.parseInt(cell.getStringCellValue()));
                assertThat(target.getStringCellValue())
                        .isEqualTo(evidence.getRow(r).getCell(1).getStringCellValue());
            }
        }
    }

    /** The cell a link points at: links are HYPERLINK formulas ("#Sheet!A1"), showing the cell's text as result. */
    private static XSSFCell resolve(XSSFWorkbook wb, XSSFCell from) {
        assertThat(from.getCellType()).as("a link cell holds a formula").isEqualTo(CellType.FORMULA);
        Matcher m = Pattern.compile("^HYPERLINK\\(\"#((?:[^\"]|\"\")*)\",\"((?:[^\"]|\"\")*)\"\\)$")
                .matcher(from.getCellFormula());
        assertThat(m.matches()).as(from.getCellFormula()).isTrue();
        assertThat(from.getStringCellValue())
                .as("the cached result is the text the formula shows")
                .isEqualTo(m.group(2).replace("\"\"", "\""));
        String address = m.group(1).replace("\"\"", "\"");
        CellReference ref = new AreaReference(address, SpreadsheetVersion.EXCEL2007).getFirstCell();
        XSSFSheet sheet = wb.getSheet(ref.getSheetName());
        assertThat((Object) sheet).as("sheet of " + address).isNotNull();
        assertThat((Object) sheet.getRow(ref.getRow())).as("row of " + address).isNotNull();
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    @Test
    void libreOfficeOpensTheReportAndKeepsItsSheetsRowsAndFilters() throws Exception {
        assumeTrue(onPath("soffice"), "assumes LibreOffice (soffice) is installed, as .ci/run installs it");
        Path out = Files.createDirectories(dir.resolve("libreoffice"));
        Process p = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                        "--headless",
                        "--convert-to",
                        "xlsx",
                        "--outdir",
                        out.toString(),
                        zh.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as("soffice exit code").isZero();
        Path saved = out.resolve(zh.getFileName());
        assertThat(Files.exists(saved)).isTrue();
        try (XSSFWorkbook wb = open(saved)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(ZH.get("sheet.summary"));
            XSSFSheet findings = wb.getSheet(ZH.get("sheet.findings"));
            assertThat(findings.getLastRowNum()).isEqualTo(demo.findings().size());
            // headless LibreOffice saves no view settings (no sheet keeps a pane, frozen or not), so the frozen rows
            // are checked on the file we write (above); the filters are data and come back
            for (XSSFSheet s : tableSheets(wb, ZH)) {
                assertThat(s.getCTWorksheet().isSetAutoFilter())
                        .as(s.getSheetName() + ": the filter survives LibreOffice")
                        .isTrue();
            }
        }
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) return true;
        }
        return false;
    }
}

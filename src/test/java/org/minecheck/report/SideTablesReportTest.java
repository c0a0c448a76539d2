package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.engine.CheckResult;
import org.minecheck.fund.FundRate;
import org.minecheck.ingest.DatasetWriter;
import org.minecheck.model.*;
import org.minecheck.regional.ProgressRow;
import org.minecheck.testing.TestRules;

/** The fund rates and the historical progress table, through the real workbook reader and the three writers. */
class SideTablesReportTest {
    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    @TempDir
    static Path dir;

    private static CheckResult result;

    /** The compliant mine in county 140121 (its 2024 fund short by 400,000 yuan) and the county's ten patches. */
    @BeforeAll
    static void check() throws Exception {
        Dataset d = compliantMine();
        d.mines.set(0, inRegion(d.mines.get(0), "140121"));
        d.funds.set(0, fund("M1", 2024, "1200000", "300000", "900000"));
        d.regions.add(region("140000", RegionLevel.PROVINCE, null));
        d.regions.add(region("140100", RegionLevel.CITY, "140000"));
        d.regions.add(region("140121", RegionLevel.COUNTY, "140100"));
        d.targets.add(treatmentTarget("140121", TargetMeasure.COUNT, 2020, "10", null, "30", "2024-12-31"));
        String[] treated = {"2021-05-01", "2021-06-01", "2021-07-01", "2022-03-01", "2022-04-01", "2023-01-01"};
        for (int i = 0; i < 10; i++) {
            boolean done = i < treated.length;
            d.historicalMines.add(patch(
                    "H" + i,
                    "140121",
                    "2",
                    done ? TreatmentStatus.TREATED : TreatmentStatus.UNTREATED,
                    done ? treated[i] : null,
                    done ? true : null,
                    done ? "70" : null));
        }
        Path file = dir.resolve("region.xlsx");
        try (var out = Files.newOutputStream(file)) {
            DatasetWriter.write(d, TestRules.book().minerals(), false, out);
        }
        result = TestRules.runner().check(List.of(file), CHECK);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void fundRatesPerEnterpriseAndRolledUpPerRegion() {
        assertThat(result.result(org.minecheck.fund.FundExtension.Rates.class)
                        .orElseThrow()
                        .rows())
                .extracting(FundRate::kind, FundRate::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("enterprise", "E1"),
                                org.assertj.core.groups.Tuple.tuple("region", "140000"),
                        org.assertj.core.groups.Tuple.tuple("region", "140100"),
                                org.assertj.core.groups.Tuple.tuple("region", "140121"));
        assertThat(result.result(org.minecheck.fund.FundExtension.Rates.class)
                        .orElseThrow()
                        .rows())
                .allSatisfy(f -> {
                    assertThat(f.year()).isEqualTo(2024);
                    assertThat(f.required()).isEqualByComparingTo("1600000");
                    assertThat(f.provisioningRate()).isEqualByComparingTo("75");
                    assertThat(f.useRate()).isEqualByComparingTo("25");
                });
    }

    @Test
    void theConsoleReportPrintsBothTablesAfterTheSummary() {
        StringWriter out = new StringWriter();
        ConsoleReport.print(
                result,
                new FindingText(TestRules.book(), org.minecheck.i18n.Texts.ENGLISH, CHECK),
                new PrintWriter(out));

        String text = out.toString();
        assertThat(text.indexOf("Summary by area"))
                .isLessThan(text.indexOf("Restoration fund: required against provisioned and used"));
        assertThat(text).contains("Historical-mine treatment: required against achieved");
        assertThat(text).contains("behind").contains("in progress").contains("sum of its regions");
    }

    @Test
    void theExcelReportHasTheProgressSheetWithANativeLineChartOfRequiredAgainstAchieved() throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        try (var out = Files.newOutputStream(xlsx)) {
            new org.minecheck.report.ExcelReport()
                    .write(result, new FindingText(TestRules.book(), org.minecheck.i18n.Texts.CHINESE, CHECK), out);
        }

        try (var in = Files.newInputStream(xlsx);
                var wb = new XSSFWorkbook(in)) {
            XSSFSheet progress = wb.getSheet("历史遗留矿山治理进度");
            assertThat(progress).isNotNull();
            assertThat(progress.getRow(1).getCell(0).getStringCellValue()).isEqualTo("140000");
            // The charts on their own sheet, one block (title, the region's small table, its chart) per region
            XSSFSheet chartSheet = wb.getSheet("历史遗留矿山治理进度图");
            List<XSSFChart> charts = chartSheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(3);
            XSSFChart county = charts.get(2);
            assertThat(county.getTitleText().getString()).contains("140121");
            // the lines, and under them the deadline's bar (the county's target has one; the sums above have none)
            var series = county.getChartSeries().stream()
                    .filter(org.apache.poi.xddf.usermodel.chart.XDDFLineChartData.class::isInstance)
                    .findFirst()
                    .orElseThrow();
            assertThat(series.getSeriesCount()).isEqualTo(2);
            var deadline = county.getChartSeries().stream()
                    .filter(org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.class::isInstance)
                    .findFirst()
                    .orElseThrow();
            assertThat(deadline.getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("'历史遗留矿山治理进度图'!$D$51:$D$55");
            assertThat(charts.get(0).getChartSeries())
                    .noneMatch(org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.class::isInstance);
            assertThat(series.getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("'历史遗留矿山治理进度图'!$B$51:$B$55");
            assertThat(series.getSeries(1).getValuesData().getDataRangeReference())
                    .isEqualTo("'历史遗留矿山治理进度图'!$C$51:$C$55");
            assertThat(chartSheet.getRow(50).getCell(0).getNumericCellValue()).isEqualTo(2021);
            assertThat(chartSheet.getRow(50).getCell(1).getNumericCellValue()).isEqualTo(30);
            assertThat(chartSheet.getRowBreaks()).contains(23, 47, 71);
            // province 2021-2025, city 2021-2025, then the county from sheet row 12: 2021 ... 2025 (to date)
            assertThat(progress.getRow(11).getCell(0).getStringCellValue()).isEqualTo("140121");
            assertThat(progress.getRow(11).getCell(3).getNumericCellValue()).isEqualTo(2021);
            assertThat(progress.getRow(11).getCell(9).getNumericCellValue()).isEqualTo(30);
            assertThat(progress.getRow(14).getCell(9).getNumericCellValue()).isEqualTo(100);
            assertThat(progress.getRow(12).getCell(14).getNumericCellValue()).isEqualTo(50);
            assertThat(wb.getSheet("基金计提使用").getRow(1).getCell(10).getNumericCellValue())
                    .isEqualTo(75);
        }
    }

    @Test
    void theJsonReportCarriesBothTables() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReport().write(result, new FindingText(TestRules.book(), org.minecheck.i18n.Texts.ENGLISH, CHECK), out);

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("fundRates")).hasSize(4);
        var county = json.get("historicalProgress").get(10);
        assertThat(county.get("regionCode").asText()).isEqualTo("140121");
        assertThat(county.get("year").asInt()).isEqualTo(2021);
        assertThat(county.get("requiredCount").decimalValue()).isEqualByComparingTo("3");
        assertThat(county.get("met").asBoolean()).isTrue();
        assertThat(json.get("historicalProgress").get(14).get("toDate").asBoolean())
                .isTrue();
        assertThat(json.get("historicalProgress").get(14).get("met").isNull()).isTrue();
    }

    @Test
    void theProgressRowsMatchTheFindings() {
        assertThat(result.findings())
                .filteredOn(f -> f.ruleId().equals("HIS-001"))
                .singleElement()
                .satisfies(f -> assertThat(f.evidenceValue("year")).isEqualTo(2024));
        ProgressRow last =
                result.result(org.minecheck.regional.RegionalExtension.Progress.class).orElseThrow().rows().stream()
                        .filter(p -> p.regionCode().equals("140121") && p.year() == 2024)
                        .findFirst()
                        .orElseThrow();
        assertThat(last.treatedCount()).isEqualByComparingTo("6");
    }
}

package org.minecheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.ingest.Coverage;
import org.minecheck.ingest.InputProblem;
import org.minecheck.fund.FundRate;
import org.minecheck.regional.ProgressRow;
import java.math.BigDecimal;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The findings as an Excel report, streamed with SXSSF: a findings sheet, an evidence sheet (one row per value with
 * its source cell), a summary, the fund rates and the historical-mine progress table with its charts. Every text is written as a string cell, never as a formula, so text that starts with
 * =, +, - or @ cannot run when the report is opened.
 */
public final class ExcelReport {
    private ExcelReport() {}

    public static void write(CheckResult r, FindingText text, OutputStream out) throws IOException {
        boolean zh = text.chinese();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle safe = wb.createCellStyle();
            safe.setQuotePrefixed(true);

            Sheet findings = wb.createSheet(zh ? "问题清单" : "Findings");
            header(findings, bold, text.ui("table.rule"), zh ? "标题" : "Title", text.ui("table.severity"),
                    text.ui("table.department"), zh ? "对象类型" : "Subject type", text.ui("table.subject"),
                    zh ? "对象名称" : "Subject name", text.ui("table.enterprise"), text.ui("table.message"),
                    text.ui("table.basis"), text.ui("table.fix"));
            Sheet evidence = wb.createSheet(zh ? "证据" : "Evidence");
            header(evidence, bold, "#", text.ui("table.rule"), text.ui("table.subject"), zh ? "名称" : "Name",
                    zh ? "值" : "Value", zh ? "文件" : "File", zh ? "工作表" : "Sheet", zh ? "行" : "Row",
                    zh ? "列" : "Column");
            int fr = 1;
            int er = 1;
            for (Finding x : r.findings()) {
                String enterprise = x.subject().enterpriseName() == null ? "" : x.subject().enterpriseName();
                row(findings, fr, safe, x.ruleId(), text.title(x.ruleId()), x.severity().text(zh),
                        x.department().text(zh), x.subject().type(), x.subject().id(), x.subject().name(), enterprise,
                        text.message(x), text.basisLine(x), text.fix(x));
                for (FindingText.EvidenceLine e : text.evidence(x)) {
                    var c = e.cell();
                    row(evidence, er++, safe, String.valueOf(fr), x.ruleId(), x.subject().id(), e.label(), e.value(),
                            c == null ? "" : c.file(), c == null ? "" : c.sheet(),
                            c == null || c.row() <= 0 ? "" : String.valueOf(c.row()), c == null ? "" : c.column());
                }
                fr++;
            }
            widths(findings, 10, 24, 8, 14, 10, 16, 20, 20, 70, 50, 40);
            widths(evidence, 6, 10, 16, 22, 24, 24, 16, 6, 6);
            ((SXSSFSheet) findings).createFreezePane(0, 1);
            summary(wb.createSheet(zh ? "汇总" : "Summary"), r, text, bold);
            if (!r.fundRates().isEmpty()) fundSheet(wb, r, zh, bold, safe);
            if (!r.progress().isEmpty()) progressSheet(wb, r, zh, bold, safe);
            if (!r.problems().isEmpty() || !r.notices().isEmpty()) problemSheets(wb, r, zh, bold, safe);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void summary(Sheet s, CheckResult r, FindingText text, CellStyle bold) {
        boolean zh = text.chinese();
        Row t = s.createRow(0);
        t.createCell(0).setCellValue(UiText.format("summary.total", zh, r.findings().size(), r.checkDate(),
                String.join(", ", r.files())));
        t.getCell(0).setCellStyle(bold);
        Coverage coverage = Coverage.of(r.dataset());
        s.createRow(1).createCell(0).setCellValue(ConsoleReport.coverageLine(coverage, zh));
        String warning = !r.problems().isEmpty() ? UiText.format("problems.title", zh, r.problems().size())
                : coverage.nothingToCheck() ? UiText.get("checked.nothing", zh) : null;
        if (warning != null) {
            Cell w = s.createRow(2).createCell(0);
            w.setCellValue(warning);
            w.setCellStyle(bold);
        }
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        var sev = org.minecheck.finding.Severity.values();
        for (Finding f : r.findings()) {
            counts.computeIfAbsent(f.ruleId().substring(0, f.ruleId().indexOf('-')), k -> new int[sev.length])[f.severity().ordinal()]++;
        }
        Row h = s.createRow(4);
        h.createCell(0).setCellValue(text.ui("table.area"));
        for (int i = 0; i < sev.length; i++) h.createCell(i + 1).setCellValue(sev[i].text(zh));
        int row = 5;
        for (var e : counts.entrySet()) {
            Row x = s.createRow(row++);
            x.createCell(0).setCellValue(e.getKey());
            for (int i = 0; i < sev.length; i++) x.createCell(i + 1).setCellValue(e.getValue()[i]);
        }
    }

    /** Rows per problems sheet before the list goes on in the next one (a sheet holds 1,048,576 rows). */
    static final int PROBLEM_ROWS_PER_SHEET = 1_000_000;

    /**
     * Every input problem and notice, one row each with its file, sheet, row and column: the full list the console
     * caps. A list longer than one sheet goes on in "Input problems 2", "3", …
     */
    private static void problemSheets(SXSSFWorkbook wb, CheckResult r, boolean zh, CellStyle bold, CellStyle safe) {
        String name = UiText.get("sheet.problems", zh);
        String[] header = {UiText.get("problems.col.kind", zh), UiText.get("problems.col.file", zh),
                UiText.get("problems.col.sheet", zh), UiText.get("problems.col.row", zh),
                UiText.get("problems.col.column", zh), UiText.get("problems.col.value", zh),
                UiText.get("problems.col.message", zh), UiText.get("problems.col.code", zh)};
        String problem = UiText.get("problems.kind.problem", zh);
        String notice = UiText.get("problems.kind.notice", zh);
        Sheet s = null;
        int row = 0;
        int sheets = 0;
        int total = r.problems().size() + r.notices().size();
        for (int i = 0; i < total; i++) {
            boolean isProblem = i < r.problems().size();
            InputProblem p = isProblem ? r.problems().get(i) : r.notices().get(i - r.problems().size());
            if (s == null || row > PROBLEM_ROWS_PER_SHEET) {
                s = wb.createSheet(sheets++ == 0 ? name : name + " " + sheets);
                header(s, bold, header);
                widths(s, 8, 24, 16, 8, 8, 24, 70, 28);
                ((SXSSFSheet) s).createFreezePane(0, 1);
                row = 1;
            }
            var c = p.cell();
            Row x = s.createRow(row++);
            text(x, 0, isProblem ? problem : notice, safe);
            text(x, 1, c.file(), safe);
            text(x, 2, c.sheet(), safe);
            if (c.row() > 0) x.createCell(3).setCellValue(c.row());
            text(x, 4, c.column(), safe);
            text(x, 5, p.value(), safe);
            text(x, 6, ProblemText.what(p, zh), safe);
            text(x, 7, p.key(), safe);
        }
    }

    /** Fund rates per enterprise and region for every year, amounts and rates as numbers. */
    private static void fundSheet(SXSSFWorkbook wb, CheckResult r, boolean zh, CellStyle bold, CellStyle safe) {
        Sheet s = wb.createSheet(UiText.get("sheet.fund", zh));
        header(s, bold, SideTables.fundHeader(zh));
        int i = 1;
        for (FundRate f : r.fundRates()) {
            Row row = s.createRow(i++);
            String[] text = SideTables.fundRow(f, zh);
            for (int c = 0; c < 3; c++) text(row, c, text[c], safe);
            row.createCell(3).setCellValue(f.year());
            row.createCell(4).setCellValue(f.mines());
            row.createCell(5).setCellValue(f.minesWithoutRequirement());
            number(row, 6, f.required());
            number(row, 7, f.provisioned());
            number(row, 8, f.used());
            number(row, 9, f.provisioningRate());
            number(row, 10, f.useRate());
        }
        widths(s, 10, 16, 28, 6, 6, 12, 16, 16, 16, 12, 12);
    }

    /** Charts at most this many regions, so a province's report stays small; the table itself has every region. */
    static final int MAX_CHARTS = 12;

    /**
     * The historical-mine progress table (region × year, required against achieved) with, beside it, a native Excel
     * line chart per region: required share against achieved share by year. The chart is drawn on the XSSF sheet
     * under the streamed one (SXSSF has no chart API); its series point at the table's cells.
     */
    private static void progressSheet(SXSSFWorkbook wb, CheckResult r, boolean zh, CellStyle bold, CellStyle safe) {
        String name = UiText.get("sheet.progress", zh);
        Sheet s = wb.createSheet(name);
        header(s, bold, SideTables.progressHeader(zh));
        List<ProgressRow> rows = r.progress();
        for (int i = 0; i < rows.size(); i++) {
            ProgressRow p = rows.get(i);
            String[] text = SideTables.progressRow(p, zh);
            Row row = s.createRow(i + 1);
            text(row, 0, text[0], safe);
            text(row, 1, text[1], safe);
            text(row, 2, text[2], safe);
            row.createCell(3).setCellValue(p.year());
            text(row, 4, text[4], safe);
            BigDecimal[] numbers = {p.baselineCount(), p.baselineArea(), p.requiredPercent(), p.requiredCount(),
                    p.requiredArea(), p.treatedCount(), p.treatedArea(), p.achievedPercent()};
            for (int c = 0; c < numbers.length; c++) number(row, 5 + c, numbers[c]);
            text(row, 13, p.toDate() ? text[3] + " · " + text[13] : text[13], safe);
            text(row, 14, text[14], safe);
            text(row, 15, text[15], safe);
        }
        widths(s, 10, 16, 6, 6, 8, 10, 10, 10, 10, 10, 12, 12, 10, 16, 12, 30);
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(name);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int charts = 0;
        int first = 0;
        while (first < rows.size() && charts < MAX_CHARTS) {
            int last = first;
            while (last + 1 < rows.size() && rows.get(last + 1).regionCode().equals(rows.get(first).regionCode())) last++;
            chart(drawing, name, rows, first, last, charts++, zh);
            first = last + 1;
        }
    }

    private static void chart(XSSFDrawing drawing, String sheetName, List<ProgressRow> rows, int first, int last,
                              int index, boolean zh) {
        ProgressRow p = rows.get(first);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 17, 1 + index * 18, 27, 17 + index * 18);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(UiText.format("progress.chart.title", zh, p.regionName(), p.regionCode()));
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        years.setTitle(UiText.get("progress.chart.year", zh));
        XDDFValueAxis percent = chart.createValueAxis(AxisPosition.LEFT);
        percent.setTitle(UiText.get("progress.chart.percent", zh));
        percent.setMinimum(0);
        String ref = "'" + sheetName.replace("'", "''") + "'!";
        int top = first + 2;
        int bottom = last + 2;
        Integer[] categories = new Integer[last - first + 1];
        Double[] required = new Double[categories.length];
        Double[] achieved = new Double[categories.length];
        for (int i = first; i <= last; i++) {
            categories[i - first] = rows.get(i).year();
            required[i - first] = rows.get(i).requiredPercent().doubleValue();
            achieved[i - first] = rows.get(i).achievedPercent().doubleValue();
        }
        var x = XDDFDataSourcesFactory.fromArray(categories, ref + "$D$" + top + ":$D$" + bottom);
        var yRequired = XDDFDataSourcesFactory.fromArray(required, ref + "$H$" + top + ":$H$" + bottom);
        var yAchieved = XDDFDataSourcesFactory.fromArray(achieved, ref + "$M$" + top + ":$M$" + bottom);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, years, percent);
        var s1 = (XDDFLineChartData.Series) data.addSeries(x, yRequired);
        s1.setTitle(UiText.get("progress.chart.required", zh), null);
        s1.setMarkerStyle(MarkerStyle.DASH);
        var s2 = (XDDFLineChartData.Series) data.addSeries(x, yAchieved);
        s2.setTitle(UiText.get("progress.chart.achieved", zh), null);
        s2.setMarkerStyle(MarkerStyle.CIRCLE);
        chart.plot(data);
    }

    private static void text(Row row, int column, String value, CellStyle safe) {
        Cell c = row.createCell(column);
        String v = value == null ? "" : value;
        c.setCellValue(v);
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) c.setCellStyle(safe);
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) row.createCell(column).setCellValue(value.doubleValue());
    }

    static void header(Sheet s, CellStyle bold, String... names) {
        Row h = s.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(bold);
        }
    }

    /** A row of text cells; text that a spreadsheet would read as a formula is marked as literal text. */
    static void row(Sheet s, int index, CellStyle safe, String... values) {
        Row row = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i);
            String v = values[i] == null ? "" : values[i];
            c.setCellValue(v);
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) c.setCellStyle(safe);
        }
    }

    static void widths(Sheet s, int... chars) {
        for (int i = 0; i < chars.length; i++) s.setColumnWidth(i, chars[i] * 256);
    }

}

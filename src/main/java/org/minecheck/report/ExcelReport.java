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
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.minecheck.engine.api.SideTable;
import org.minecheck.finding.Severity;
import org.minecheck.i18n.Texts;
import org.springframework.stereotype.Component;
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
 * its source cell), a summary with the rule pack and inputs and their digests, and each side table on its own sheet
 * (the historical-mine progress table with its charts). Every text is written as a string cell, never as a formula, so text that starts with
 * =, +, - or @ cannot run when the report is opened.
 */
@Component
public final class ExcelReport implements ReportWriter {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String extension() {
        return ".xlsx";
    }

    @Override
    public boolean text() {
        return false;
    }

    @Override
    public void write(CheckResult r, FindingText text, OutputStream out) throws IOException {
        Texts t = text.texts();
        Locale locale = t.locale();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle safe = wb.createCellStyle();
            safe.setQuotePrefixed(true);

            Sheet findings = wb.createSheet(t.get("sheet.findings"));
            header(findings, bold, text.ui("table.rule"), t.get("table.title"), text.ui("table.severity"),
                    text.ui("table.department"), t.get("table.subjectType"), text.ui("table.subject"),
                    t.get("table.subjectName"), text.ui("table.enterprise"), text.ui("table.message"),
                    text.ui("table.basis"), text.ui("table.fix"), t.get("table.key"));
            Sheet evidence = wb.createSheet(t.get("sheet.evidence"));
            header(evidence, bold, "#", text.ui("table.rule"), text.ui("table.subject"), t.get("table.name"),
                    t.get("table.value"), t.get("table.file"), t.get("table.sheet"), t.get("table.row"),
                    t.get("table.column"));
            int fr = 1;
            int er = 1;
            for (Finding x : r.findings()) {
                String enterprise = x.subject().enterpriseName() == null ? "" : x.subject().enterpriseName();
                row(findings, fr, safe, x.ruleId(), text.title(x.ruleId()), x.severity().text(locale),
                        x.department().text(locale), x.subject().type(), x.subject().id(), x.subject().name(locale),
                        enterprise, text.message(x), text.basisLine(x), text.fix(x), x.key().toString());
                for (FindingText.EvidenceLine e : text.evidence(x)) {
                    var c = e.cell();
                    row(evidence, er++, safe, String.valueOf(fr), x.ruleId(), x.subject().id(), e.label(), e.value(),
                            c == null ? "" : c.file(), c == null ? "" : c.sheet(),
                            c == null || c.row() <= 0 ? "" : String.valueOf(c.row()), c == null ? "" : c.column());
                }
                fr++;
            }
            widths(findings, 10, 24, 8, 14, 10, 16, 20, 20, 70, 50, 40, 36);
            widths(evidence, 6, 10, 16, 22, 24, 24, 16, 6, 6);
            ((SXSSFSheet) findings).createFreezePane(0, 1);
            summary(wb.createSheet(t.get("sheet.summary")), r, text, bold);
            for (SideTable table : r.sideTables()) sideTable(wb, table, t, bold, safe);
            if (!r.problems().isEmpty() || !r.notices().isEmpty()) problemSheets(wb, r, t, bold, safe);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** Rows per problems sheet before the list goes on in the next one (a sheet holds 1,048,576 rows). */
    static final int PROBLEM_ROWS_PER_SHEET = 1_000_000;

    /**
     * Every input problem and notice, one row each with its file, sheet, row and column: the full list the console
     * caps. A list longer than one sheet goes on in "Input problems 2", "3", …
     */
    private static void problemSheets(SXSSFWorkbook wb, CheckResult r, Texts t, CellStyle bold, CellStyle safe) {
        String name = t.get("sheet.problems");
        String[] header = {t.get("problems.col.kind"), t.get("problems.col.file"), t.get("problems.col.sheet"),
                t.get("problems.col.row"), t.get("problems.col.column"), t.get("problems.col.value"),
                t.get("problems.col.message"), t.get("problems.col.code")};
        String problem = t.get("problems.kind.problem");
        String notice = t.get("problems.kind.notice");
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
            text(x, 6, ProblemText.what(p, t.locale()), safe);
            text(x, 7, p.key(), safe);
        }
    }

    private static void summary(Sheet s, CheckResult r, FindingText text, CellStyle bold) {
        Texts t = text.texts();
        Row title = s.createRow(0);
        title.createCell(0).setCellValue(t.plural("summary.total", r.findings().size(), r.checkDate(),
                String.join(", ", r.files())));
        title.getCell(0).setCellStyle(bold);
        Coverage coverage = Coverage.of(r.dataset());
        s.createRow(1).createCell(0).setCellValue(ConsoleReport.coverageLine(coverage, t.locale()));
        String warning = !r.problems().isEmpty() ? t.format("problems.title", r.problems().size())
                : coverage.nothingToCheck() ? t.get("checked.nothing") : null;
        if (warning != null) {
            Cell w = s.createRow(2).createCell(0);
            w.setCellValue(warning);
            w.setCellStyle(bold);
        }
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        var sev = Severity.values();
        for (Finding f : r.findings()) {
            counts.computeIfAbsent(f.ruleId().substring(0, f.ruleId().indexOf('-')), k -> new int[sev.length])[f.severity().ordinal()]++;
        }
        Row h = s.createRow(4);
        h.createCell(0).setCellValue(text.ui("table.area"));
        for (int i = 0; i < sev.length; i++) h.createCell(i + 1).setCellValue(sev[i].text(t.locale()));
        int row = 5;
        for (var e : counts.entrySet()) {
            Row x = s.createRow(row++);
            x.createCell(0).setCellValue(e.getKey());
            for (int i = 0; i < sev.length; i++) x.createCell(i + 1).setCellValue(e.getValue()[i]);
        }
        // What was judged with what: the rule pack and every input, each with its SHA-256.
        row++;
        Row pack = s.createRow(row++);
        pack.createCell(0).setCellValue(t.get("summary.packLabel"));
        pack.createCell(1).setCellValue(r.rulePack());
        pack.createCell(2).setCellValue(r.rulePackDigest());
        for (CheckResult.InputFile in : r.inputs()) {
            Row x = s.createRow(row++);
            x.createCell(0).setCellValue(t.get("summary.inputLabel"));
            x.createCell(1).setCellValue(in.name());
            x.createCell(2).setCellValue(in.sha256() == null ? "" : in.sha256());
        }
    }

    /** Charts at most this many groups, so a province's report stays small; the table itself has every row. */
    static final int MAX_CHARTS = 12;

    /**
     * A side table on its own sheet, numbers as numbers; with a chart, a native Excel line chart per group beside it,
     * drawn on the XSSF sheet under the streamed one (SXSSF has no chart API), its series pointing at the cells.
     */
    private static void sideTable(SXSSFWorkbook wb, SideTable table, Texts t, CellStyle bold, CellStyle safe) {
        String name = SideTableText.sheet(table, t);
        Sheet s = wb.createSheet(name);
        header(s, bold, table.columns().stream().map(c -> SideTableText.header(table, c, t)).toArray(String[]::new));
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> values = table.rows().get(i);
            Row row = s.createRow(i + 1);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Integer n) row.createCell(c).setCellValue(n);
                else if (v instanceof BigDecimal d) row.createCell(c).setCellValue(d.doubleValue());
                else if (v != null) text(row, c, SideTableText.value(table, table.columns().get(c), v, t), safe);
            }
        }
        int[] widths = new int[table.columns().size()];
        java.util.Arrays.fill(widths, 14);
        widths(s, widths);
        if (table.chart() == null) return;
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(name);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int group = table.column(table.chart().group());
        List<List<Object>> rows = table.rows();
        int charts = 0;
        int first = 0;
        while (first < rows.size() && charts < MAX_CHARTS) {
            int last = first;
            while (last + 1 < rows.size()
                    && java.util.Objects.equals(rows.get(last + 1).get(group), rows.get(first).get(group))) last++;
            chart(drawing, name, table, t, first, last, charts++);
            first = last + 1;
        }
    }

    private static void chart(XSSFDrawing drawing, String sheetName, SideTable table, Texts t, int first, int last,
                              int index) {
        SideTable.Chart spec = table.chart();
        List<Object> head = table.rows().get(first);
        int firstFree = table.columns().size() + 1;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, firstFree, 1 + index * 18, firstFree + 10,
                17 + index * 18);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(t.format(table.id() + ".chart.title", head.get(table.column(spec.groupName())),
                head.get(table.column(spec.group()))));
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categories.setTitle(t.get(table.id() + ".chart.category"));
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle(t.get(table.id() + ".chart.value"));
        values.setMinimum(0);
        String ref = "'" + sheetName.replace("'", "''") + "'!";
        int top = first + 2;
        int bottom = last + 2;
        int categoryColumn = table.column(spec.category());
        String[] xs = new String[last - first + 1];
        for (int i = first; i <= last; i++) xs[i - first] = String.valueOf(table.rows().get(i).get(categoryColumn));
        var x = XDDFDataSourcesFactory.fromArray(xs, ref + range(categoryColumn, top, bottom));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
        MarkerStyle[] markers = {MarkerStyle.DASH, MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE};
        int n = 0;
        for (String seriesName : spec.series()) {
            int column = table.column(seriesName);
            Double[] ys = new Double[xs.length];
            for (int i = first; i <= last; i++) {
                Object v = table.rows().get(i).get(column);
                ys[i - first] = v instanceof Number num ? num.doubleValue() : null;
            }
            var y = XDDFDataSourcesFactory.fromArray(ys, ref + range(column, top, bottom));
            var series = (XDDFLineChartData.Series) data.addSeries(x, y);
            series.setTitle(SideTableText.header(table, seriesName, t), null);
            series.setMarkerStyle(markers[n++ % markers.length]);
        }
        chart.plot(data);
    }

    /** An absolute A1 range of one column, e.g. $D$2:$D$9. */
    private static String range(int column, int top, int bottom) {
        String c = CellReference.convertNumToColString(column);
        return "$" + c + "$" + top + ":$" + c + "$" + bottom;
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

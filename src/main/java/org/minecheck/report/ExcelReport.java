package org.minecheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.api.SideTable;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.Coverage;
import org.minecheck.ingest.InputProblem;
import org.minecheck.picture.BoundaryMap;
import org.minecheck.picture.BoundaryMaps;
import org.springframework.stereotype.Component;

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
            header(
                    findings,
                    bold,
                    text.ui("table.rule"),
                    t.get("table.title"),
                    text.ui("table.severity"),
                    text.ui("table.department"),
                    t.get("table.subjectType"),
                    text.ui("table.subject"),
                    t.get("table.subjectName"),
                    text.ui("table.enterprise"),
                    text.ui("table.message"),
                    text.ui("table.basis"),
                    text.ui("table.fix"),
                    t.get("table.key"));
            Sheet evidence = wb.createSheet(t.get("sheet.evidence"));
            header(
                    evidence,
                    bold,
                    "#",
                    text.ui("table.rule"),
                    text.ui("table.subject"),
                    t.get("table.name"),
                    t.get("table.value"),
                    t.get("table.file"),
                    t.get("table.sheet"),
                    t.get("table.row"),
                    t.get("table.column"));
            int fr = 1;
            int er = 1;
            for (Finding x : r.findings()) {
                String enterprise =
                        x.subject().enterpriseName() == null ? "" : x.subject().enterpriseName();
                row(
                        findings,
                        fr,
                        safe,
                        x.ruleId(),
                        text.title(x.ruleId()),
                        x.severity().text(locale),
                        x.department().text(locale),
                        x.subject().type(),
                        x.subject().id(),
                        x.subject().name(locale),
                        enterprise,
                        text.message(x),
                        text.basisLine(x),
                        text.fix(x),
                        x.key().toString());
                for (FindingText.EvidenceLine e : text.evidence(x)) {
                    var c = e.cell();
                    row(
                            evidence,
                            er++,
                            safe,
                            String.valueOf(fr),
                            x.ruleId(),
                            x.subject().id(),
                            e.label(),
                            e.value(),
                            c == null ? "" : c.file(),
                            c == null ? "" : c.sheet(),
                            c == null || c.row() <= 0 ? "" : String.valueOf(c.row()),
                            c == null ? "" : c.column());
                }
                fr++;
            }
            widths(findings, 10, 24, 8, 14, 10, 16, 20, 20, 70, 50, 40, 36);
            widths(evidence, 6, 10, 16, 22, 24, 24, 16, 6, 6);
            ((SXSSFSheet) findings).createFreezePane(0, 1);
            summary(wb.createSheet(t.get("sheet.summary")), r, text, bold);
            maps(wb, r, text, bold);
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
        String[] header = {
            t.get("problems.col.kind"),
            t.get("problems.col.file"),
            t.get("problems.col.sheet"),
            t.get("problems.col.row"),
            t.get("problems.col.column"),
            t.get("problems.col.value"),
            t.get("problems.col.message"),
            t.get("problems.col.code")
        };
        String problem = t.get("problems.kind.problem");
        String notice = t.get("problems.kind.notice");
        Sheet s = null;
        int row = 0;
        int sheets = 0;
        int total = r.problems().size() + r.notices().size();
        for (int i = 0; i < total; i++) {
            boolean isProblem = i < r.problems().size();
            InputProblem p = isProblem
                    ? r.problems().get(i)
                    : r.notices().get(i - r.problems().size());
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
        title.createCell(0)
                .setCellValue(
                        t.plural("summary.total", r.findings().size(), r.checkDate(), String.join(", ", r.files())));
        title.getCell(0).setCellStyle(bold);
        Coverage coverage = Coverage.of(r.dataset());
        s.createRow(1).createCell(0).setCellValue(ConsoleReport.coverageLine(coverage, t.locale()));
        String warning = !r.problems().isEmpty()
                ? t.format("problems.title", r.problems().size())
                : coverage.nothingToCheck() ? t.get("checked.nothing") : null;
        if (warning != null) {
            Cell w = s.createRow(2).createCell(0);
            w.setCellValue(warning);
            w.setCellStyle(bold);
        }
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        var sev = Severity.values();
        for (Finding f : r.findings()) {
            counts.computeIfAbsent(f.ruleId().substring(0, f.ruleId().indexOf('-')), k -> new int[sev.length])[
                    f.severity().ordinal()]++;
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

    /** Maps embedded at most: a province's report stays small; {@code check --maps} writes every one. */
    static final int MAX_MAPS = 100;
    /** A map is 8 columns of 13 characters (about 768 px) by 27 rows of 15 pt: the picture's 1100 x 760 scaled. */
    private static final int MAP_COLUMNS = 8;

    private static final int MAP_ROWS = 27;

    /** A sheet beside the evidence with the map of every boundary finding, under its finding number and key. */
    private static void maps(SXSSFWorkbook wb, CheckResult r, FindingText text, CellStyle bold) {
        if (r.dataset() == null || text.ruleBook() == null) return;
        Texts t = text.texts();
        List<BoundaryMap> maps = BoundaryMaps.of(text.ruleBook()).draw(r, t);
        if (maps.isEmpty()) return;
        Sheet s = wb.createSheet(t.get("sheet.maps"));
        s.setDefaultRowHeightInPoints(15);
        int[] widths = new int[MAP_COLUMNS];
        java.util.Arrays.fill(widths, 13);
        widths(s, widths);
        var drawing = s.createDrawingPatriarch();
        java.util.Map<Finding, Integer> numbers = new java.util.IdentityHashMap<>();
        for (int i = 0; i < r.findings().size(); i++) numbers.put(r.findings().get(i), i + 1);
        int row = 0;
        for (BoundaryMap m : maps.subList(0, Math.min(MAX_MAPS, maps.size()))) {
            Row h = s.createRow(row);
            h.createCell(0).setCellValue("#" + numbers.get(m.finding()));
            h.createCell(1).setCellValue(m.finding().key().toString());
            h.getCell(0).setCellStyle(bold);
            h.getCell(1).setCellStyle(bold);
            int picture = wb.addPicture(m.png(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
            var anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(row + 1);
            anchor.setCol2(MAP_COLUMNS);
            anchor.setRow2(row + 1 + MAP_ROWS);
            drawing.createPicture(anchor, picture);
            row += MAP_ROWS + 2;
            s.setRowBreak(row - 1);
        }
        if (maps.size() > MAX_MAPS)
            s.createRow(row).createCell(0).setCellValue(t.format("maps.more", maps.size() - MAX_MAPS));
        s.getPrintSetup().setLandscape(false);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
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
        header(
                s,
                bold,
                table.columns().stream()
                        .map(c -> SideTableText.header(table, c, t))
                        .toArray(String[]::new));
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> values = table.rows().get(i);
            Row row = s.createRow(i + 1);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Integer n) row.createCell(c).setCellValue(n);
                else if (v instanceof BigDecimal d) row.createCell(c).setCellValue(d.doubleValue());
                else if (v != null)
                    text(row, c, SideTableText.value(table, table.columns().get(c), v, t), safe);
            }
        }
        int[] widths = new int[table.columns().size()];
        java.util.Arrays.fill(widths, 14);
        widths(s, widths);
        if (table.chart() == null) return;
        charts(wb, table, t, bold);
    }

    /** Rows per chart block on the charts sheet: a title row, the group's small table and its chart, one page. */
    static final int BLOCK_ROWS = 24;

    /**
     * The charts of a side table on a sheet of their own, one block per group of rows: the group's category and
     * series values as a small table and beside it (never over a cell in use) its line chart reading those cells;
     * a page break after each block, so each group prints on one A4 landscape page.
     */
    private static void charts(SXSSFWorkbook wb, SideTable table, Texts t, CellStyle bold) {
        SideTable.Chart spec = table.chart();
        String name = SideTableText.chartSheet(table, t);
        Sheet s = wb.createSheet(name);
        int category = table.column(spec.category());
        int[] widths = new int[spec.series().size() + 1];
        java.util.Arrays.fill(widths, 14);
        widths[0] = 10;
        widths(s, widths);
        List<List<Object>> rows = table.rows();
        int group = table.column(spec.group());
        int blocks = 0;
        int first = 0;
        java.util.List<int[]> placed = new java.util.ArrayList<>();
        while (first < rows.size() && blocks < MAX_CHARTS) {
            int last = first;
            while (last + 1 < rows.size()
                    && java.util.Objects.equals(
                            rows.get(last + 1).get(group), rows.get(first).get(group))) last++;
            int top = blocks * BLOCK_ROWS;
            List<Object> head = rows.get(first);
            Row title = s.createRow(top);
            title.createCell(0)
                    .setCellValue(t.format(
                            table.id() + ".chart.title", head.get(table.column(spec.groupName())), head.get(group)));
            title.getCell(0).setCellStyle(bold);
            String[] names = new String[spec.series().size() + 1];
            names[0] = t.get(table.id() + ".chart.category");
            for (int i = 0; i < spec.series().size(); i++)
                names[i + 1] = SideTableText.header(table, spec.series().get(i), t);
            Row h = s.createRow(top + 1);
            for (int i = 0; i < names.length; i++) {
                h.createCell(i).setCellValue(names[i]);
                h.getCell(i).setCellStyle(bold);
            }
            for (int i = first; i <= last; i++) {
                Row row = s.createRow(top + 2 + i - first);
                Object c = rows.get(i).get(category);
                if (c instanceof Number n) row.createCell(0).setCellValue(n.doubleValue());
                else row.createCell(0).setCellValue(String.valueOf(c));
                for (int k = 0; k < spec.series().size(); k++) {
                    Object v = rows.get(i).get(table.column(spec.series().get(k)));
                    if (v instanceof Number n) row.createCell(k + 1).setCellValue(n.doubleValue());
                }
            }
            placed.add(new int[] {first, last, top});
            s.setRowBreak(top + BLOCK_ROWS - 1);
            blocks++;
            first = last + 1;
        }
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        int lastColumn = spec.series().size() + 1 + CHART_COLUMNS;
        wb.setPrintArea(wb.getSheetIndex(s), 0, lastColumn, 0, Math.max(0, blocks * BLOCK_ROWS - 1));
        XSSFSheet sheet = wb.getXSSFWorkbook().getSheet(name);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int[] b : placed) chart(drawing, name, table, t, b[0], b[1], b[2]);
    }

    /** The chart's width in columns; it starts one empty column after the block's small table. */
    static final int CHART_COLUMNS = 10;

    private static final String[] COLOURS = {"1F4E79", "C00000", "548235", "7030A0"};

    private static void chart(
            XSSFDrawing drawing, String sheetName, SideTable table, Texts t, int first, int last, int top) {
        SideTable.Chart spec = table.chart();
        List<Object> head = table.rows().get(first);
        int firstFree = spec.series().size() + 2;
        XSSFClientAnchor anchor =
                drawing.createAnchor(0, 0, 0, 0, firstFree, top + 1, firstFree + CHART_COLUMNS, top + BLOCK_ROWS - 2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(t.format(
                table.id() + ".chart.title",
                head.get(table.column(spec.groupName())),
                head.get(table.column(spec.group()))));
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categories.setTitle(t.get(table.id() + ".chart.category"));
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle(t.get(table.id() + ".chart.value"));
        values.setMinimum(0);
        values.setCrossBetween(org.apache.poi.xddf.usermodel.chart.AxisCrossBetween.BETWEEN);
        values.setMajorTickMark(org.apache.poi.xddf.usermodel.chart.AxisTickMark.OUT);
        categories.setMajorTickMark(org.apache.poi.xddf.usermodel.chart.AxisTickMark.OUT);
        String ref = "'" + sheetName.replace("'", "''") + "'!";
        int firstRow = top + 3; // 1-based: title row, header row, then the values
        int lastRow = firstRow + last - first;
        int categoryColumn = table.column(spec.category());
        String[] xs = new String[last - first + 1];
        for (int i = first; i <= last; i++)
            xs[i - first] = String.valueOf(table.rows().get(i).get(categoryColumn));
        var x = XDDFDataSourcesFactory.fromArray(xs, ref + range(0, firstRow, lastRow));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
        data.setVaryColors(false);
        MarkerStyle[] markers = {MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE, MarkerStyle.DIAMOND};
        int n = 0;
        for (String seriesName : spec.series()) {
            int column = table.column(seriesName);
            Double[] ys = new Double[xs.length];
            for (int i = first; i <= last; i++) {
                Object v = table.rows().get(i).get(column);
                ys[i - first] = v instanceof Number num ? num.doubleValue() : null;
            }
            var y = XDDFDataSourcesFactory.fromArray(ys, ref + range(n + 1, firstRow, lastRow));
            var series = (XDDFLineChartData.Series) data.addSeries(x, y);
            series.setTitle(SideTableText.header(table, seriesName, t), null);
            series.setSmooth(false);
            // Explicit solid lines: without them LibreOffice draws a POI line series as loose markers.
            var colour = XDDFColor.from(java.util.HexFormat.of().parseHex(COLOURS[n % COLOURS.length]));
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(colour));
            line.setWidth(2.25);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
            series.setMarkerStyle(markers[n % markers.length]);
            n++;
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

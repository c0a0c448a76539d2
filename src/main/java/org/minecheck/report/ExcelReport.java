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
import org.apache.poi.ss.util.CellRangeAddress;
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
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            CellStyle link = wb.createCellStyle();
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
            link.setFont(blue);

            // the summary first: what a reader opens the file to see, with the check's inputs and digests
            summary(wb.createSheet(t.get("sheet.summary")), r, text, bold);
            String findingsName = t.get("sheet.findings");
            String evidenceName = t.get("sheet.evidence");
            Sheet findings = wb.createSheet(findingsName);
            String[] findingsHeader = {
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
                t.get("table.key"),
                t.get("table.evidenceRows")
            };
            header(findings, bold, findingsHeader);
            Sheet evidence = wb.createSheet(evidenceName);
            String[] evidenceHeader = {
                "#",
                text.ui("table.rule"),
                text.ui("table.subject"),
                t.get("table.name"),
                t.get("table.value"),
                t.get("table.file"),
                t.get("table.sheet"),
                t.get("table.row"),
                t.get("table.column")
            };
            header(evidence, bold, evidenceHeader);
            Widths fw = new Widths(findingsHeader.length);
            Widths ew = new Widths(evidenceHeader.length);
            for (int i = 0; i < findingsHeader.length; i++) fw.header(i, findingsHeader[i]);
            for (int i = 0; i < evidenceHeader.length; i++) ew.header(i, evidenceHeader[i]);
            int fr = 1;
            int er = 1;
            for (Finding x : r.findings()) {
                String enterprise =
                        x.subject().enterpriseName() == null ? "" : x.subject().enterpriseName();
                List<FindingText.EvidenceLine> lines = text.evidence(x);
                String[] values = {
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
                    x.key().toString(),
                    lines.isEmpty() ? "" : t.plural("table.evidenceLink", lines.size())
                };
                Row row = row(findings, fr, safe, values);
                for (int i = 0; i < values.length; i++) fw.see(i, values[i]);
                for (int i : new int[] {8, 9, 10}) {
                    if (row.getCell(i).getCellStyle() != safe) row.getCell(i).setCellStyle(wrap);
                }
                if (!lines.isEmpty()) {
                    // the finding to its evidence rows
                    link(row.getCell(values.length - 1), address(evidenceName, 0, er), link);
                }
                for (FindingText.EvidenceLine e : lines) {
                    var c = e.cell();
                    String[] ev = {
                        String.valueOf(fr),
                        x.ruleId(),
                        x.subject().id(),
                        e.label(),
                        e.value(),
                        c == null ? "" : c.file(),
                        c == null ? "" : c.sheet(),
                        c == null || c.row() <= 0 ? "" : String.valueOf(c.row()),
                        c == null ? "" : c.column()
                    };
                    Row erow = row(evidence, er++, safe, ev);
                    for (int i = 0; i < ev.length; i++) ew.see(i, ev[i]);
                    // each evidence row back to its finding
                    link(erow.getCell(0), address(findingsName, 0, fr), link);
                }
                fr++;
            }
            fw.apply(findings);
            ew.apply(evidence);
            ((SXSSFSheet) findings).createFreezePane(0, 1);
            ((SXSSFSheet) evidence).createFreezePane(0, 1);
            findings.setAutoFilter(new CellRangeAddress(0, Math.max(1, fr - 1), 0, findingsHeader.length - 1));
            evidence.setAutoFilter(new CellRangeAddress(0, Math.max(1, er - 1), 0, evidenceHeader.length - 1));
            maps(wb, r, text, bold);
            for (SideTable table : r.sideTables()) sideTable(wb, table, t, bold, safe);
            if (!r.problems().isEmpty() || !r.notices().isEmpty()) problemSheets(wb, r, t, bold, safe);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** A cell's address for a link inside the workbook: 'sheet'!A2 (column and row 0-based). */
    /**
     * Turns a text cell into a link to {@code address} in this workbook, keeping its text: a HYPERLINK formula with the
     * text as its cached result. SXSSF streams a formula like any cell, whereas a cell hyperlink stays in memory as an
     * XML object until the file is written — one per finding and one per evidence row, 450,000 of them at 50,000
     * enterprises did not fit in a 1.2 GB heap (docs/performance.md). Excel and LibreOffice follow "#Sheet!A1" links.
     */
    static void link(Cell c, String address, CellStyle style) {
        String shown = c.getStringCellValue();
        c.setCellFormula(
                "HYPERLINK(\"#" + address.replace("\"", "\"\"") + "\",\"" + shown.replace("\"", "\"\"") + "\")");
        c.setCellValue(shown);
        c.setCellStyle(style);
    }

    static String address(String sheet, int column, int row) {
        return "'" + sheet.replace("'", "''") + "'!" + CellReference.convertNumToColString(column) + (row + 1);
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
                if (s != null) s.setAutoFilter(new CellRangeAddress(0, row - 1, 0, header.length - 1));
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
        if (s != null) s.setAutoFilter(new CellRangeAddress(0, row - 1, 0, header.length - 1));
    }

    /**
     * The first sheet: how many findings as of when on what, what was read, then the counts by area and by department
     * against severity, then the inputs of the check (check date, rule pack, each input file) with their SHA-256.
     */
    private static void summary(Sheet s, CheckResult r, FindingText text, CellStyle bold) {
        Texts t = text.texts();
        Widths widths = new Widths(Severity.values().length + 2);
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
        var sev = Severity.values();
        java.util.Map<String, int[]> byArea = new java.util.TreeMap<>();
        java.util.Map<String, int[]> byDepartment = new java.util.TreeMap<>();
        for (Finding f : r.findings()) {
            byArea.computeIfAbsent(f.ruleId().substring(0, f.ruleId().indexOf('-')), k -> new int[sev.length])[
                    f.severity().ordinal()]++;
            byDepartment
                    .computeIfAbsent(f.department().text(t.locale()), k -> new int[sev.length])[
                    f.severity().ordinal()]++;
        }
        int row = countTable(s, 4, t.get("summary.title"), text.ui("table.area"), byArea, t, bold, widths);
        row = countTable(
                s, row + 1, t.get("summary.byDepartment"), text.ui("table.department"), byDepartment, t, bold, widths);
        // What was judged with what: the check date, the rule pack and every input, each with its SHA-256.
        row++;
        Row inputs = s.createRow(row++);
        inputs.createCell(0).setCellValue(t.get("summary.inputsTitle"));
        inputs.getCell(0).setCellStyle(bold);
        Row date = s.createRow(row++);
        date.createCell(0).setCellValue(t.get("summary.checkDateLabel"));
        date.createCell(1).setCellValue(String.valueOf(r.checkDate()));
        Row pack = s.createRow(row++);
        pack.createCell(0).setCellValue(t.get("summary.packLabel"));
        pack.createCell(1).setCellValue(r.rulePack());
        pack.createCell(2).setCellValue(r.rulePackDigest());
        widths.see(0, t.get("summary.checkDateLabel"));
        widths.see(0, t.get("summary.packLabel"));
        widths.see(1, r.rulePack());
        for (CheckResult.InputFile in : r.inputs()) {
            Row x = s.createRow(row++);
            x.createCell(0).setCellValue(t.get("summary.inputLabel"));
            x.createCell(1).setCellValue(in.name());
            x.createCell(2).setCellValue(in.sha256() == null ? "" : in.sha256());
            widths.see(0, t.get("summary.inputLabel"));
            widths.see(1, in.name());
        }
        widths.apply(s);
        // a digest is 64 characters: its column is as wide as one, whatever the counts beside it need
        s.setColumnWidth(2, Math.max(s.getColumnWidth(2), 66 * 256));
    }

    /** A small table of counts: a bold caption, a header of severities and a total, one row per key. */
    private static int countTable(
            Sheet s,
            int top,
            String caption,
            String keyHeader,
            java.util.Map<String, int[]> counts,
            Texts t,
            CellStyle bold,
            Widths widths) {
        var sev = Severity.values();
        Row c = s.createRow(top);
        c.createCell(0).setCellValue(caption);
        c.getCell(0).setCellStyle(bold);
        Row h = s.createRow(top + 1);
        h.createCell(0).setCellValue(keyHeader);
        widths.see(0, keyHeader);
        for (int i = 0; i < sev.length; i++) {
            h.createCell(i + 1).setCellValue(sev[i].text(t.locale()));
            widths.see(i + 1, sev[i].text(t.locale()));
        }
        h.createCell(sev.length + 1).setCellValue(t.get("table.count"));
        widths.see(sev.length + 1, t.get("table.count"));
        for (Cell cell : h) cell.setCellStyle(bold);
        int row = top + 2;
        for (var e : counts.entrySet()) {
            Row x = s.createRow(row++);
            x.createCell(0).setCellValue(e.getKey());
            widths.see(0, e.getKey());
            int total = 0;
            for (int i = 0; i < sev.length; i++) {
                x.createCell(i + 1).setCellValue(e.getValue()[i]);
                total += e.getValue()[i];
            }
            x.createCell(sev.length + 1).setCellValue(total);
        }
        return row;
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
        Widths widths = new Widths(table.columns().size());
        for (int c = 0; c < table.columns().size(); c++)
            widths.header(c, SideTableText.header(table, table.columns().get(c), t));
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> values = table.rows().get(i);
            Row row = s.createRow(i + 1);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Integer n) row.createCell(c).setCellValue(n);
                else if (v instanceof BigDecimal d) row.createCell(c).setCellValue(d.doubleValue());
                else if (v != null)
                    text(row, c, SideTableText.value(table, table.columns().get(c), v, t), safe);
                if (v != null)
                    widths.see(c, SideTableText.value(table, table.columns().get(c), v, t));
            }
        }
        widths.apply(s);
        ((SXSSFSheet) s).createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(
                0, Math.max(1, table.rows().size()), 0, table.columns().size() - 1));
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
        int[] widths = new int[spec.series().size() + 1 + markerColumns(spec)];
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
            java.time.LocalDate marker = marker(table, first, last);
            String[] names = new String[spec.series().size() + 1 + (marker == null ? 0 : 1)];
            names[0] = t.get(table.id() + ".chart.category");
            for (int i = 0; i < spec.series().size(); i++)
                names[i + 1] = SideTableText.header(table, spec.series().get(i), t);
            if (marker != null) names[names.length - 1] = t.format(table.id() + ".chart.marker", marker.toString());
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
                // the marked year: a bar to the top of the scale in the marker's column
                if (marker != null && markedCategory(c, marker))
                    row.createCell(spec.series().size() + 1).setCellValue(markerHeight(table, first, last));
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
        int lastColumn = spec.series().size() + 1 + markerColumns(spec) + CHART_COLUMNS;
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
        int firstFree = spec.series().size() + 2 + markerColumns(spec);
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
        java.time.LocalDate marker = marker(table, first, last);
        if (marker != null) {
            // drawn first, so the lines lie over it: a thin grey bar up the deadline's year, named in the legend
            Double[] heights = new Double[xs.length];
            for (int i = first; i <= last; i++) {
                heights[i - first] = markedCategory(table.rows().get(i).get(categoryColumn), marker)
                        ? markerHeight(table, first, last)
                        : null;
            }
            var bars = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData)
                    chart.createData(ChartTypes.BAR, categories, values);
            bars.setBarDirection(org.apache.poi.xddf.usermodel.chart.BarDirection.COL);
            bars.setGapWidth(400);
            bars.setVaryColors(false);
            var y = XDDFDataSourcesFactory.fromArray(
                    heights, ref + range(spec.series().size() + 1, firstRow, lastRow));
            var bar = bars.addSeries(x, y);
            bar.setTitle(t.format(table.id() + ".chart.marker", marker.toString()), null);
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(java.util.HexFormat.of().parseHex(MARKER_COLOUR))));
            bar.setShapeProperties(fill);
            chart.plot(bars);
        }
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

    /** The marker bar's colour: a mid grey that neither series uses. */
    static final String MARKER_COLOUR = "A6A6A6";

    private static int markerColumns(SideTable.Chart spec) {
        return spec.marker() == null ? 0 : 1;
    }

    /** The group's marker date (its first), or null when the chart has no marker or the group has none. */
    private static java.time.LocalDate marker(SideTable table, int first, int last) {
        if (table.chart().marker() == null) return null;
        int column = table.column(table.chart().marker());
        for (int i = first; i <= last; i++) {
            if (table.rows().get(i).get(column) instanceof java.time.LocalDate d) {
                // only where the chart has the year to mark
                int category = table.column(table.chart().category());
                for (int k = first; k <= last; k++) {
                    if (markedCategory(table.rows().get(k).get(category), d)) return d;
                }
                return null;
            }
        }
        return null;
    }

    private static boolean markedCategory(Object category, java.time.LocalDate marker) {
        return category instanceof Number n && n.intValue() == marker.getYear();
    }

    /** The top of the scale: 100 (a share), or the group's largest value where that is higher. */
    private static double markerHeight(SideTable table, int first, int last) {
        double top = 100;
        for (String series : table.chart().series()) {
            int column = table.column(series);
            for (int i = first; i <= last; i++) {
                if (table.rows().get(i).get(column) instanceof Number n) top = Math.max(top, n.doubleValue());
            }
        }
        return top;
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
    static Row row(Sheet s, int index, CellStyle safe, String... values) {
        Row row = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i);
            String v = values[i] == null ? "" : values[i];
            c.setCellValue(v);
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) c.setCellStyle(safe);
        }
        return row;
    }

    /**
     * Column widths that fit the content: the widest cell of each column in display columns (a Chinese character
     * counts two), the header's longest line included, plus a margin; long text is capped (and wraps).
     */
    static final class Widths {
        /** The widest a column is made, in characters; longer text wraps in its cell. */
        static final int CAP = 60;

        private final int[] max;

        Widths(int columns) {
            max = new int[columns];
        }

        void header(int column, String text) {
            see(column, text);
        }

        void see(int column, String text) {
            if (text == null || column >= max.length) return;
            for (String line : text.split("\n")) max[column] = Math.max(max[column], Table.width(line));
        }

        boolean capped(int column) {
            return max[column] + 2 > CAP;
        }

        void apply(Sheet s) {
            for (int c = 0; c < max.length; c++) s.setColumnWidth(c, Math.max(6, Math.min(CAP, max[c] + 2)) * 256);
        }
    }

    static void widths(Sheet s, int... chars) {
        for (int i = 0; i < chars.length; i++) s.setColumnWidth(i, chars[i] * 256);
    }
}

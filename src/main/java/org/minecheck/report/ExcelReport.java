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

/**
 * The findings as an Excel report, streamed with SXSSF: a findings sheet, an evidence sheet (one row per value with
 * its source cell) and a summary. Every text is written as a string cell, never as a formula, so text that starts with
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
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        var sev = org.minecheck.finding.Severity.values();
        for (Finding f : r.findings()) {
            counts.computeIfAbsent(f.ruleId().substring(0, f.ruleId().indexOf('-')), k -> new int[sev.length])[f.severity().ordinal()]++;
        }
        Row h = s.createRow(2);
        h.createCell(0).setCellValue(text.ui("table.area"));
        for (int i = 0; i < sev.length; i++) h.createCell(i + 1).setCellValue(sev[i].text(zh));
        int row = 3;
        for (var e : counts.entrySet()) {
            Row x = s.createRow(row++);
            x.createCell(0).setCellValue(e.getKey());
            for (int i = 0; i < sev.length; i++) x.createCell(i + 1).setCellValue(e.getValue()[i]);
        }
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

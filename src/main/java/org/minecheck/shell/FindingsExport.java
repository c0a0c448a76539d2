package org.minecheck.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecheck.i18n.Texts;
import org.minecheck.report.ReportFile;
import org.minecheck.store.RunRecord;
import org.minecheck.store.StoredFinding;
import org.minecheck.waiver.WaiverRules;

/**
 * {@code findings --format csv|json|xlsx --out FILE}: a run's findings as filtered, one row each (key, rule, severity,
 * department, area, region, enterprise, subject, status with its waiver, message, values with their cells), written
 * through {@link ReportFile} (beside the target, then moved over it).
 */
final class FindingsExport {
    private FindingsExport() {}

    static ReportFile.Format format(String format) {
        return switch (format) {
            case "csv" -> ReportFile.Format.CSV_REPORT;
            case "json" -> ReportFile.Format.JSON_REPORT;
            case "xlsx" -> ReportFile.Format.EXCEL_REPORT;
            default -> null;
        };
    }

    static void write(String format, RunRecord run, List<StoredFinding> findings, Locale locale, OutputStream out)
            throws IOException {
        switch (format) {
            case "csv" -> csv(findings, locale, out);
            case "json" -> json(run, findings, locale, out);
            default -> xlsx(findings, locale, out);
        }
    }

    private static List<String> header(Locale locale) {
        Texts t = Texts.of(locale);
        return List.of(
                t.get("store.col.finding"),
                t.get("table.rule"),
                t.get("table.severity"),
                t.get("export.col.department"),
                t.get("export.col.area"),
                t.get("export.col.region"),
                t.get("table.enterprise"),
                t.get("table.subject"),
                t.get("store.col.status"),
                t.get("table.message"),
                t.get("export.col.values"));
    }

    private static List<String> row(StoredFinding f, Locale locale) {
        return List.of(
                f.key(),
                f.ruleId(),
                f.severity().text(locale),
                f.department(),
                nn(f.area()),
                nn(f.regionCode()),
                nn(f.enterpriseName()),
                WorkspaceCommands.subject(f),
                WorkspaceCommands.status(f, locale),
                f.message(locale),
                values(f));
    }

    /** "name=value (cell)" for each value, joined by "; ". */
    private static String values(StoredFinding f) {
        List<String> out = new ArrayList<>();
        for (StoredFinding.StoredEvidence e : f.evidence()) {
            out.add(e.name() + "=" + nn(e.value()) + (e.cell() == null ? "" : " (" + e.cell() + ")"));
        }
        return String.join("; ", out);
    }

    private static void csv(List<StoredFinding> findings, Locale locale, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, header(locale));
        for (StoredFinding f : findings) line(w, row(f, locale));
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            String v = c == null ? "" : c;
            // a cell starting with = + - @ would be a formula in a spreadsheet: keep it text
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
            quoted.add(
                    v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        w.write(String.join(",", quoted));
        w.write("\r\n");
    }

    private static void json(RunRecord run, List<StoredFinding> findings, Locale locale, OutputStream out)
            throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("run", run.id());
        doc.put("datasetVersion", run.datasetId());
        doc.put("asOf", run.asOf().toString());
        doc.put("rulePack", run.rulePack());
        doc.put("rulePackDigest", run.rulePackDigest());
        doc.put("waivers", run.waiverIds().stream().map(WaiverRules::id).toList());
        List<Map<String, Object>> list = new ArrayList<>();
        for (StoredFinding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", f.key());
            m.put("rule", f.ruleId());
            m.put("severity", f.severity().code());
            m.put("department", f.department());
            m.put("area", f.area());
            m.put("region", f.regionCode());
            m.put("enterpriseId", f.enterpriseId());
            m.put("enterprise", f.enterpriseName());
            m.put("subjectType", f.subjectType());
            m.put("subjectId", f.subjectId());
            m.put("subject", f.subjectName());
            m.put("status", f.status());
            m.put("waiver", f.waiverId() == null ? null : WaiverRules.id(f.waiverId()));
            m.put("lapsedWaiver", f.lapsedWaiverId() == null ? null : WaiverRules.id(f.lapsedWaiverId()));
            m.put("message", f.message(locale));
            m.put("evidence", f.evidence());
            list.add(m);
        }
        doc.put("findings", list);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, doc);
    }

    private static void xlsx(List<StoredFinding> findings, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(Texts.of(locale).get("export.sheet"));
            int r = 0;
            cells(sheet.createRow(r++), header(locale));
            for (StoredFinding f : findings) cells(sheet.createRow(r++), row(f, locale));
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, 10));
            book.write(out);
        }
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) row.createCell(i).setCellValue(values.get(i));
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}

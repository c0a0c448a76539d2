package org.minecheck.inspection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecheck.finding.Department;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.InputProblem;
import org.minecheck.inspection.InspectorDirectory.Conflict;
import org.minecheck.inspection.InspectorDirectory.Inspector;
import org.minecheck.inspection.InspectorDirectory.Kind;
import org.minecheck.inspection.InspectorDirectory.RiskSignal;
import org.minecheck.model.CellRef;

/**
 * The inspector directory workbook: sheets 检查人员 Inspectors, 利益冲突 Conflicts and 企业风险 Risk signals, with Chinese
 * or English headers. Reading it gives the directory or every problem with its sheet, row and column, as the check's
 * ingest does; {@link #template} writes the blank workbook.
 */
public final class DirectoryWorkbook {
    /** Larger files are refused before POI opens them. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    static final String INSPECTORS = "检查人员 Inspectors";
    static final String CONFLICTS = "利益冲突 Conflicts";
    static final String RISKS = "企业风险 Risk signals";

    record Column(String key, String zh, String en, boolean required) {
        boolean matches(String header) {
            String h = header.strip();
            return h.equals(zh) || h.equalsIgnoreCase(en) || h.equals(zh + " " + en) || h.startsWith(zh);
        }
    }

    static final List<Column> INSPECTOR_COLUMNS = List.of(
            new Column("id", "人员编号", "Inspector ID", true),
            new Column("name", "姓名", "Name", true),
            new Column("department", "部门", "Department", true),
            new Column("region", "区域代码", "Region code", true),
            new Column("qualifications", "资格", "Qualifications", false),
            new Column("specialties", "专长", "Specialties", false));
    static final List<Column> CONFLICT_COLUMNS = List.of(
            new Column("inspector", "人员编号", "Inspector ID", true),
            new Column("enterprise", "企业编号", "Enterprise ID", true),
            new Column("kind", "类型", "Kind", true),
            new Column("note", "说明", "Note", false));
    static final List<Column> RISK_COLUMNS = List.of(
            new Column("enterprise", "企业编号", "Enterprise ID", true),
            new Column("abnormal", "经营异常名录", "Abnormal list", false),
            new Column("complaints", "投诉举报（件）", "Complaints", false));

    /** The directory read, or the problems that keep it out. */
    public record Read(InspectorDirectory directory, List<InputProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DirectoryWorkbook() {}

    public static Read read(String fileName, byte[] bytes, String sha256) {
        List<InputProblem> problems = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            problems.add(InputProblem.ofFile(fileName, "inspection.dir.tooLarge", MAX_BYTES / (1024 * 1024)));
            return new Read(null, problems);
        }
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Inspector> inspectors = new ArrayList<>();
            List<Conflict> conflicts = new ArrayList<>();
            List<RiskSignal> risks = new ArrayList<>();
            Sheet s = sheet(wb, INSPECTORS);
            if (s == null) problems.add(InputProblem.ofFile(fileName, "inspection.dir.noSheet", INSPECTORS));
            else readInspectors(fileName, s, inspectors, problems);
            Set<String> ids = new HashSet<>();
            for (Inspector i : inspectors) ids.add(i.id());
            Sheet c = sheet(wb, CONFLICTS);
            if (c != null) readConflicts(fileName, c, ids, conflicts, problems);
            Sheet r = sheet(wb, RISKS);
            if (r != null) readRisks(fileName, r, risks, problems);
            if (problems.isEmpty() && inspectors.isEmpty())
                problems.add(InputProblem.ofFile(fileName, "inspection.dir.empty"));
            return new Read(
                    problems.isEmpty() ? new InspectorDirectory(inspectors, conflicts, risks, sha256) : null, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(InputProblem.ofFile(fileName, "inspection.dir.unreadable"));
            return new Read(null, problems);
        }
    }

    private static Sheet sheet(Workbook wb, String title) {
        String zh = title.substring(0, title.indexOf(' '));
        String en = title.substring(title.indexOf(' ') + 1);
        for (Sheet s : wb) {
            String n = s.getSheetName().strip();
            if (n.equals(title) || n.equals(zh) || n.equalsIgnoreCase(en)) return s;
        }
        return null;
    }

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private static String text(Row row, Integer col) {
        if (row == null || col == null) return "";
        Cell c = row.getCell(col);
        return c == null ? "" : FORMAT.formatCellValue(c).strip();
    }

    /** Column index per key from the header row, or problems for a required column that is missing. */
    private static Map<String, Integer> header(
            String file, Sheet s, List<Column> columns, List<InputProblem> problems) {
        Map<String, Integer> at = new HashMap<>();
        Row h = s.getRow(s.getFirstRowNum());
        if (h != null) {
            for (Cell cell : h) {
                String v = FORMAT.formatCellValue(cell);
                for (Column col : columns)
                    if (!at.containsKey(col.key()) && col.matches(v)) at.put(col.key(), cell.getColumnIndex());
            }
        }
        for (Column col : columns) {
            if (col.required() && !at.containsKey(col.key())) {
                problems.add(InputProblem.at(
                        new CellRef(file, s.getSheetName(), 1, ""),
                        null,
                        "inspection.dir.noColumn",
                        col.zh() + " " + col.en()));
            }
        }
        return at;
    }

    private static CellRef cell(String file, Sheet s, Row row, Map<String, Integer> at, String key) {
        Integer c = at.get(key);
        return new CellRef(
                file, s.getSheetName(), row.getRowNum() + 1, c == null ? "" : CellReference.convertNumToColString(c));
    }

    private static boolean blank(Row row) {
        if (row == null) return true;
        for (Cell c : row) if (!FORMAT.formatCellValue(c).isBlank()) return false;
        return true;
    }

    private static Set<String> list(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : s.split("[;；,，、]")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    private static void readInspectors(String file, Sheet s, List<Inspector> out, List<InputProblem> problems) {
        Map<String, Integer> at = header(file, s, INSPECTOR_COLUMNS, problems);
        if (at.size() < 4) return;
        Set<String> seen = new HashSet<>();
        for (int r = s.getFirstRowNum() + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (blank(row)) continue;
            int before = problems.size();
            String id = text(row, at.get("id"));
            String name = text(row, at.get("name"));
            String dept = text(row, at.get("department"));
            String region = text(row, at.get("region"));
            if (id.isEmpty())
                problems.add(InputProblem.at(cell(file, s, row, at, "id"), "", "inspection.dir.required"));
            else if (!seen.add(id))
                problems.add(InputProblem.at(cell(file, s, row, at, "id"), id, "inspection.dir.duplicate"));
            if (name.isEmpty())
                problems.add(InputProblem.at(cell(file, s, row, at, "name"), "", "inspection.dir.required"));
            Department d = department(dept);
            if (d == null)
                problems.add(InputProblem.at(
                        cell(file, s, row, at, "department"), dept, "inspection.dir.department", departments()));
            if (!region.matches("\\d{6}"))
                problems.add(InputProblem.at(cell(file, s, row, at, "region"), region, "inspection.dir.region"));
            if (problems.size() == before) {
                out.add(new Inspector(
                        id,
                        name,
                        d,
                        region,
                        list(text(row, at.get("qualifications"))),
                        list(text(row, at.get("specialties")))));
            }
        }
    }

    static Department department(String s) {
        if (s == null || s.isBlank()) return null;
        for (Department d : Department.values()) {
            if (d == Department.DATA || d == Department.ISSUING_DEPARTMENT) continue;
            if (d.code().equalsIgnoreCase(s.strip())
                    || d.text(Texts.CHINESE).equals(s.strip())
                    || d.text(Texts.ENGLISH).equalsIgnoreCase(s.strip())) return d;
        }
        return null;
    }

    private static String departments() {
        return String.join(
                ", ",
                Arrays.stream(Department.values())
                        .filter(d -> d != Department.DATA && d != Department.ISSUING_DEPARTMENT)
                        .map(d -> d.code() + " / " + d.text(Texts.CHINESE))
                        .toList());
    }

    private static void readConflicts(
            String file, Sheet s, Set<String> inspectors, List<Conflict> out, List<InputProblem> problems) {
        Map<String, Integer> at = header(file, s, CONFLICT_COLUMNS, problems);
        if (at.size() < 3) return;
        for (int r = s.getFirstRowNum() + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (blank(row)) continue;
            int before = problems.size();
            String inspector = text(row, at.get("inspector"));
            String enterprise = text(row, at.get("enterprise"));
            String kind = text(row, at.get("kind"));
            if (!inspectors.contains(inspector))
                problems.add(InputProblem.at(
                        cell(file, s, row, at, "inspector"), inspector, "inspection.dir.unknownInspector"));
            if (enterprise.isEmpty())
                problems.add(InputProblem.at(cell(file, s, row, at, "enterprise"), "", "inspection.dir.required"));
            Kind k = Kind.parse(kind);
            if (k == null)
                problems.add(InputProblem.at(
                        cell(file, s, row, at, "kind"),
                        kind,
                        "inspection.dir.kind",
                        String.join(
                                ", ",
                                Arrays.stream(Kind.values())
                                        .map(x -> x.code() + " / " + x.text(Texts.CHINESE))
                                        .toList())));
            if (problems.size() == before) out.add(new Conflict(inspector, enterprise, k, text(row, at.get("note"))));
        }
    }

    private static void readRisks(String file, Sheet s, List<RiskSignal> out, List<InputProblem> problems) {
        Map<String, Integer> at = header(file, s, RISK_COLUMNS, problems);
        if (!at.containsKey("enterprise")) return;
        for (int r = s.getFirstRowNum() + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (blank(row)) continue;
            int before = problems.size();
            String enterprise = text(row, at.get("enterprise"));
            String abnormal = text(row, at.get("abnormal"));
            String complaints = text(row, at.get("complaints"));
            Boolean ab = abnormal.isEmpty() ? Boolean.FALSE : yesNo(abnormal);
            if (ab == null)
                problems.add(InputProblem.at(cell(file, s, row, at, "abnormal"), abnormal, "inspection.dir.yesNo"));
            int n = 0;
            if (!complaints.isEmpty()) {
                try {
                    n = Integer.parseInt(complaints.replaceAll("\\.0+$", ""));
                    if (n < 0) throw new NumberFormatException();
                } catch (NumberFormatException e) {
                    problems.add(
                            InputProblem.at(cell(file, s, row, at, "complaints"), complaints, "inspection.dir.count"));
                }
            }
            if (enterprise.isEmpty())
                problems.add(InputProblem.at(cell(file, s, row, at, "enterprise"), "", "inspection.dir.required"));
            if (problems.size() == before) out.add(new RiskSignal(enterprise, ab, n));
        }
    }

    private static Boolean yesNo(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "是", "yes", "y", "true", "1" -> Boolean.TRUE;
            case "否", "no", "n", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The blank workbook: the three sheets with both headers and one example row each. */
    public static byte[] template() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(wb, INSPECTORS, INSPECTOR_COLUMNS, List.of());
            write(wb, CONFLICTS, CONFLICT_COLUMNS, List.of());
            write(wb, RISKS, RISK_COLUMNS, List.of());
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A sheet with its header row ("中文 English") and these rows below it. */
    static void write(XSSFWorkbook wb, String title, List<Column> columns, List<List<Object>> rows) {
        Sheet s = wb.createSheet(title);
        Row h = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            h.createCell(i)
                    .setCellValue(columns.get(i).zh() + " " + columns.get(i).en());
            s.setColumnWidth(i, 24 * 256);
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = s.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Number n) row.createCell(i).setCellValue(n.doubleValue());
                else row.createCell(i).setCellValue(String.valueOf(v));
            }
        }
    }
}

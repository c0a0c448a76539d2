package org.minecheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.model.CellRef;

/**
 * An enterprise's own workbook returned annotated: every cell a finding names as evidence is filled yellow and carries
 * a comment with the rule id, what is wrong, the basis and the fix; a first sheet lists every finding of this workbook
 * with a link to its cell. Nothing else changes: no value, formula, other sheet or style of another cell (a cell that
 * already had a comment keeps it, with ours after it). A finding's evidence that names the whole row is marked on the
 * row's first cell. Formulas are never evaluated. The bytes must be a workbook the check has read (its limits passed).
 */
public final class AnnotatedWorkbook {
    private AnnotatedWorkbook() {}

    /** The findings that name a cell of this input (by the name the check gave it), in the check's order. */
    public static List<Finding> findingsOf(CheckResult result, String inputName) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.evidence().stream()
                    .anyMatch(e -> e.cell() != null && inputName.equals(e.cell().file()))) out.add(f);
        }
        return out;
    }

    /** Writes {@code original} with the findings of {@code result} that point into it (input {@code inputName}). */
    public static void write(byte[] original, String inputName, CheckResult result, FindingText text, OutputStream out)
            throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(original);
                Workbook wb = WorkbookFactory.create(in)) {
            List<Finding> findings = findingsOf(result, inputName);
            Map<String, List<Finding>> byCell = new LinkedHashMap<>();
            Map<Finding, CellRef> firstCell = new HashMap<>();
            for (Finding f : findings) {
                for (var e : f.evidence()) {
                    CellRef c = e.cell();
                    if (c == null || !inputName.equals(c.file()) || c.row() < 1 || wb.getSheet(c.sheet()) == null)
                        continue;
                    CellRef at = c.column().isEmpty() ? new CellRef(c.file(), c.sheet(), c.row(), "A") : c;
                    List<Finding> on = byCell.computeIfAbsent(key(at), k -> new ArrayList<>());
                    if (!on.contains(f)) on.add(f);
                    firstCell.putIfAbsent(f, at);
                }
            }
            Map<Short, CellStyle> marked = new HashMap<>();
            CreationHelper helper = wb.getCreationHelper();
            Map<String, Drawing<?>> drawings = new HashMap<>();
            for (var entry : byCell.entrySet()) {
                CellRef at = parse(entry.getKey());
                Sheet s = wb.getSheet(at.sheet());
                Row row = s.getRow(at.row() - 1);
                if (row == null) row = s.createRow(at.row() - 1);
                int col = CellReference.convertColStringToIndex(at.column());
                Cell cell = row.getCell(col);
                if (cell == null) cell = row.createCell(col);
                CellStyle original1 = cell.getCellStyle();
                CellStyle yellow = marked.computeIfAbsent(original1.getIndex(), i -> {
                    CellStyle st = wb.createCellStyle();
                    st.cloneStyleFrom(original1);
                    st.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
                    st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return st;
                });
                cell.setCellStyle(yellow);
                String note = note(entry.getValue(), text);
                // a comment may exist at an address whose cell does not (a template's note on an empty cell)
                Comment existing = s.getCellComment(new org.apache.poi.ss.util.CellAddress(at.row() - 1, col));
                if (existing != null) {
                    if (cell.getCellComment() == null) cell.setCellComment(existing);
                    existing.setString(
                            helper.createRichTextString(existing.getString().getString() + "\n\n" + note));
                } else {
                    Drawing<?> d = drawings.computeIfAbsent(s.getSheetName(), n -> s.createDrawingPatriarch());
                    // POI (XSSF) files a new comment under its anchor's first cell: the anchor starts at the cell
                    // itself
                    ClientAnchor anchor = helper.createClientAnchor();
                    anchor.setCol1(col);
                    anchor.setCol2(col + 5);
                    anchor.setRow1(at.row() - 1);
                    anchor.setRow2(at.row() + 9);
                    Comment c = d.createCellComment(anchor);
                    c.setString(helper.createRichTextString(note));
                    c.setAuthor("minecheck");
                    cell.setCellComment(c);
                }
            }
            listSheet(wb, findings, firstCell, text);
            wb.write(out);
        }
    }

    private static String note(List<Finding> findings, FindingText text) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            if (!b.isEmpty()) b.append("\n\n");
            b.append('[')
                    .append(f.ruleId())
                    .append("] ")
                    .append(f.severity().text(text.locale()))
                    .append('\n')
                    .append(text.message(f));
            String basis = text.basisLine(f);
            if (!basis.isEmpty())
                b.append('\n').append(text.ui("table.basis")).append(": ").append(basis);
            String fix = text.fix(f);
            if (!fix.isEmpty())
                b.append('\n').append(text.ui("table.fix")).append(": ").append(fix);
        }
        return b.toString();
    }

    /** The first sheet: one row per finding of this workbook, its cell a link to the first cell it names. */
    private static void listSheet(Workbook wb, List<Finding> findings, Map<Finding, CellRef> firstCell, FindingText t) {
        String name = WorkbookUtil.createSafeSheetName(t.texts().get("annotated.sheet"));
        String unique = name;
        for (int i = 2; wb.getSheet(unique) != null; i++) unique = name + " " + i;
        Sheet s = wb.createSheet(unique);
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        CellStyle bold = wb.createCellStyle();
        bold.setFont(boldFont);
        Font linkFont = wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        CellStyle link = wb.createCellStyle();
        link.setFont(linkFont);
        String[] headers = {
            "#",
            t.ui("table.rule"),
            t.ui("table.severity"),
            t.ui("table.subject"),
            t.ui("table.message"),
            t.ui("table.basis"),
            t.ui("table.fix"),
            t.texts().get("annotated.cell")
        };
        Row h = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
            h.getCell(i).setCellStyle(bold);
        }
        int[] widths = {5, 10, 8, 24, 60, 40, 40, 18};
        for (int i = 0; i < widths.length; i++) s.setColumnWidth(i, widths[i] * 256);
        int r = 1;
        for (Finding f : findings) {
            Row x = s.createRow(r);
            x.createCell(0).setCellValue(r);
            x.createCell(1).setCellValue(f.ruleId());
            x.createCell(2).setCellValue(f.severity().text(t.locale()));
            x.createCell(3).setCellValue(t.subjectName(f));
            x.createCell(4).setCellValue(t.message(f));
            x.createCell(5).setCellValue(t.basisLine(f));
            x.createCell(6).setCellValue(t.fix(f));
            CellRef at = firstCell.get(f);
            if (at != null) {
                Cell c = x.createCell(7);
                c.setCellValue(at.toString());
                Hyperlink l = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                l.setAddress("'" + at.sheet().replace("'", "''") + "'!" + at.column() + at.row());
                c.setHyperlink(l);
                c.setCellStyle(link);
            }
            r++;
        }
        if (findings.isEmpty())
            s.createRow(1).createCell(0).setCellValue(t.texts().get("annotated.none"));
        s.createFreezePane(0, 1);
        wb.setSheetOrder(unique, 0);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) wb.getSheetAt(i).setSelected(i == 0);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
    }

    private static String key(CellRef c) {
        return c.sheet() + "\u0000" + c.row() + "\u0000" + c.column();
    }

    private static CellRef parse(String key) {
        String[] p = key.split("\u0000", -1);
        return new CellRef("", p[0], Integer.parseInt(p[1]), p[2]);
    }
}

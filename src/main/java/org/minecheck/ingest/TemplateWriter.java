package org.minecheck.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecheck.i18n.Texts;
import org.minecheck.model.Coded;
import org.minecheck.model.MineralVocabulary;

/**
 * Writes the blank workbook template from {@link WorkbookSchema}: an instructions sheet explaining every column, one
 * sheet per entity with bilingual headers (unit in every numeric header) and drop-down lists for enumerations.
 */
public final class TemplateWriter {
    /** Drop-down lists cover every row a sheet allows (the header row aside): row 2 to row 1,048,576. */
    static final int LAST_VALIDATED_ROW = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private TemplateWriter() {}

    public static void write(MineralVocabulary minerals, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            instructions(wb, header, wrap);
            Sheet lists = wb.createSheet(WorkbookSchema.LISTS_SHEET);
            List<String> listNames = new ArrayList<>();
            for (SheetSpec spec : WorkbookSchema.SHEETS) {
                Sheet s = wb.createSheet(spec.zh() + " " + spec.en());
                Row r = s.createRow(0);
                r.setHeightInPoints(32);
                for (int c = 0; c < spec.columns().size(); c++) {
                    ColumnSpec col = spec.columns().get(c);
                    Cell cell = r.createCell(c);
                    cell.setCellValue(col.header(org.minecheck.i18n.Texts.CHINESE) + "\n"
                            + col.header(org.minecheck.i18n.Texts.ENGLISH));
                    cell.setCellStyle(header);
                    s.setColumnWidth(c, 22 * 256);
                    String[] options = options(col, minerals);
                    if (options != null) dropDown(wb, s, lists, listNames, col, c, options);
                }
                s.createFreezePane(0, 1);
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.write(out);
        }
    }

    private static String[] options(ColumnSpec col, MineralVocabulary minerals) {
        return switch (col.type()) {
            case ENUM ->
                java.util.Arrays.stream(col.enumType().getEnumConstants())
                        .map(e -> ((Coded) e).zh())
                        .toArray(String[]::new);
            case BOOLEAN -> new String[] {"是", "否"};
            case MINERAL ->
                minerals.all().stream().map(MineralVocabulary.Mineral::zh).toArray(String[]::new);
            default -> null;
        };
    }

    /** A list validation whose values live on the hidden lists sheet (inline lists are capped at 255 characters). */
    private static void dropDown(
            Workbook wb, Sheet s, Sheet lists, List<String> listNames, ColumnSpec col, int c, String[] options) {
        String key = col.type() == ColumnType.ENUM
                ? col.enumType().getSimpleName()
                : col.type().name();
        int listCol = listNames.indexOf(key);
        if (listCol < 0) {
            listCol = listNames.size();
            listNames.add(key);
            for (int i = 0; i < options.length; i++) {
                Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                row.createCell(listCol).setCellValue(options[i]);
            }
            Name name = wb.createName();
            name.setNameName("list_" + key);
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listCol);
            name.setRefersToFormula(
                    WorkbookSchema.LISTS_SHEET + "!$" + letter + "$1:$" + letter + "$" + options.length);
        }
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidation v = helper.createValidation(
                helper.createFormulaListConstraint("list_" + key),
                new CellRangeAddressList(1, LAST_VALIDATED_ROW, c, c));
        // Warn rather than refuse: the reader also accepts the English labels and codes.
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        s.addValidationData(v);
    }

    private static void instructions(Workbook wb, CellStyle header, CellStyle wrap) {
        Sheet s = wb.createSheet(WorkbookSchema.INSTRUCTIONS_ZH + " " + WorkbookSchema.INSTRUCTIONS_EN);
        int r = 0;
        s.createRow(r++).createCell(0).setCellValue(Texts.of(Texts.CHINESE).get("template.instructions.intro"));
        s.createRow(r++).createCell(0).setCellValue(Texts.of(Texts.ENGLISH).get("template.instructions.intro"));
        r++;
        Row h = s.createRow(r++);
        String[] keys = {
            "template.col.sheet",
            "template.col.column",
            "template.col.unit",
            "template.col.required",
            "template.col.help"
        };
        for (int i = 0; i < keys.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(Texts.of(Texts.CHINESE).get(keys[i]) + " "
                    + Texts.of(Texts.ENGLISH).get(keys[i]));
            c.setCellStyle(header);
        }
        for (SheetSpec spec : WorkbookSchema.SHEETS) {
            for (ColumnSpec col : spec.columns()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(spec.zh() + " " + spec.en());
                row.createCell(1).setCellValue(col.zh() + " / " + col.en());
                row.createCell(2).setCellValue(col.unit());
                row.createCell(3).setCellValue(col.required() ? "是 yes" : "否 no");
                String help = join(col.helpZh(), col.helpEn());
                if (col.type() == ColumnType.ENUM) help = join(help, allowed(col));
                if (col.range() != null)
                    help = join(help, "范围 range " + col.range().text());
                Cell c = row.createCell(4);
                c.setCellValue(help);
                c.setCellStyle(wrap);
            }
        }
        s.setColumnWidth(0, 26 * 256);
        s.setColumnWidth(1, 40 * 256);
        s.setColumnWidth(2, 8 * 256);
        s.setColumnWidth(3, 10 * 256);
        s.setColumnWidth(4, 90 * 256);
    }

    private static String allowed(ColumnSpec col) {
        List<String> out = new ArrayList<>();
        for (var e : col.enumType().getEnumConstants()) out.add(((Coded) e).zh() + "/" + ((Coded) e).code());
        return String.join(", ", out);
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) return b == null ? "" : b;
        if (b == null || b.isEmpty()) return a;
        return a + " — " + b;
    }
}

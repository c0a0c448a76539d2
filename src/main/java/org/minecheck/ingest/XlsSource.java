package org.minecheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Legacy .xls through POI's HSSF (at most 65,536 rows a sheet, so holding it whole is bounded). */
final class XlsSource implements WorkbookSource {
    private final HSSFWorkbook workbook;

    private XlsSource(HSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static XlsSource open(Path file) throws IOException, UnreadableWorkbookException {
        try {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                fs.close();
                throw new UnreadableWorkbookException("ingest.encrypted");
            }
            if (!fs.getRoot().hasEntry("Workbook")
                    && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                fs.close();
                throw new UnreadableWorkbookException("ingest.notExcel");
            }
            return new XlsSource(new HSSFWorkbook(fs.getRoot(), false));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("ingest.encrypted", e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableWorkbookException("ingest.oldExcelFormat", e);
        } catch (RuntimeException e) {
            throw new UnreadableWorkbookException("ingest.corruptXls", e);
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        List<SheetInfo> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            out.add(new SheetInfo(
                    i, workbook.getSheetName(i), workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
        }
        return out;
    }

    @Override
    public boolean date1904() {
        return workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public SheetScan.Layout walk(SheetInfo info, SheetVisitor visitor) {
        Sheet sheet = workbook.getSheetAt(info.index());
        int hiddenRows = 0;
        int firstHiddenRow = 0;
        for (Row row : sheet) {
            List<RawCell> cells = new ArrayList<>();
            for (Cell c : row) {
                RawCell raw = convert(
                        c, c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType());
                if (raw != null) cells.add(raw);
            }
            if (row.getZeroHeight() && hiddenRows++ == 0) firstHiddenRow = row.getRowNum() + 1;
            visitor.row(row.getRowNum() + 1, cells);
        }
        Set<Integer> hiddenColumns = new TreeSet<>();
        for (int i = 0; i < 256; i++) if (sheet.isColumnHidden(i)) hiddenColumns.add(i);
        return new SheetScan.Layout(hiddenColumns, hiddenRows, firstHiddenRow);
    }

    /** A number shown as a percentage (0.85 as 85%): the format has a % outside quoted text. */
    private static boolean isPercent(Cell c) {
        String fmt = c.getCellStyle() == null ? null : c.getCellStyle().getDataFormatString();
        return fmt != null && fmt.replaceAll("\"[^\"]*\"", "").contains("%");
    }

    /** A formula is never evaluated: its cached value is used, with the formula text kept to spot external links. */
    private static RawCell convert(Cell c, CellType type) {
        int i = c.getColumnIndex();
        String f = null;
        if (c.getCellType() == CellType.FORMULA) {
            try {
                f = c.getCellFormula();
            } catch (RuntimeException e) {
                f = "[?]"; // a formula POI cannot render (an external or add-in reference): treat it as linking out
            }
        }
        return switch (type) {
            case NUMERIC ->
                isPercent(c)
                        ? RawCell.percent(i, numberText(c.getNumericCellValue()), f)
                        : new RawCell(i, RawCell.Kind.NUMBER, numberText(c.getNumericCellValue()), f);
            case STRING ->
                new RawCell(i, RawCell.Kind.STRING, c.getRichStringCellValue().getString(), f);
            case BOOLEAN -> new RawCell(i, RawCell.Kind.BOOLEAN, String.valueOf(c.getBooleanCellValue()), f);
            case ERROR -> new RawCell(i, RawCell.Kind.ERROR, "#ERROR", f);
            default -> f == null ? null : new RawCell(i, RawCell.Kind.FORMULA_WITHOUT_VALUE, "=" + f, f);
        };
    }

    /** Shortest text that reads back as the same double, as Excel itself would show it. */
    private static String numberText(double d) {
        return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}

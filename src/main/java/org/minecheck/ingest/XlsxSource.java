package org.minecheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** .xlsx through fastexcel-reader: a streaming StAX parse, several times faster than POI's SAX API here. */
final class XlsxSource implements WorkbookSource {
    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;

    private XlsxSource(ReadableWorkbook workbook) {
        this.workbook = workbook;
        this.sheets = workbook.getSheets().toList();
    }

    static XlsxSource open(Path file) throws IOException, UnreadableWorkbookException {
        try {
            return new XlsxSource(new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false)));
        } catch (IOException | RuntimeException e) {
            // a zip that cannot be opened (cut short, damaged) is a damaged workbook, not a technical message
            throw new UnreadableWorkbookException("ingest.corruptXlsx", e);
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        List<SheetInfo> out = new ArrayList<>();
        for (Sheet s : sheets) {
            out.add(new SheetInfo(s.getIndex(), s.getName(), s.getVisibility() != SheetVisibility.VISIBLE));
        }
        return out;
    }

    @Override
    public void walk(SheetInfo info, SheetVisitor visitor) throws IOException {
        Sheet sheet = sheets.get(info.index());
        try (Stream<Row> rows = sheet.openStream()) {
            rows.forEach(row -> visitor.row(row.getRowNum(), cells(row)));
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<RawCell> cells(Row row) {
        List<RawCell> out = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            if (c == null) continue;
            RawCell raw = switch (c.getType()) {
                case NUMBER -> new RawCell(i, RawCell.Kind.NUMBER, numberText(c.getRawValue()));
                case STRING -> new RawCell(i, RawCell.Kind.STRING, c.asString());
                case BOOLEAN -> new RawCell(i, RawCell.Kind.BOOLEAN, String.valueOf(c.asBoolean()));
                case ERROR -> new RawCell(i, RawCell.Kind.ERROR, c.getRawValue());
                case FORMULA -> formula(i, c);
                case EMPTY -> null;
            };
            if (raw != null) out.add(raw);
        }
        return out;
    }

    /** A formula is never evaluated here: the value its office program cached is used, or the cell is refused. */
    private static RawCell formula(int i, Cell c) {
        Object v = c.getValue();
        String raw = c.getRawValue();
        if (raw == null || raw.isEmpty()) return new RawCell(i, RawCell.Kind.FORMULA_WITHOUT_VALUE, "=" + c.getFormula());
        if (v instanceof java.math.BigDecimal) return new RawCell(i, RawCell.Kind.NUMBER, numberText(raw));
        return new RawCell(i, RawCell.Kind.STRING, raw);
    }

    /**
     * The stored number as Excel shows it: POI and some other writers store 80 as "80.0"; the digits are kept exactly
     * (no trip through a double), only trailing zeros go, so a .xlsx and a .xls of the same data read the same.
     */
    private static String numberText(String raw) {
        try {
            return new java.math.BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}

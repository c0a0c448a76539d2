package org.minecheck.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minecheck.model.Coded;
import org.minecheck.model.Dataset;
import org.minecheck.model.MineralVocabulary;

/**
 * Writes a {@link Dataset} as a workbook in the template's format (the same headers the reader matches), streamed with
 * SXSSF. Used for the demo region, the synthetic provinces and tests that build their facts in code: what it writes
 * is read back by the real reader.
 */
public final class DatasetWriter {
    private DatasetWriter() {}

    public static List<?> rowsOf(Dataset d, SheetSpec spec) {
        return switch (spec.key()) {
            case "enterprises" -> d.enterprises;
            case "mines" -> d.mines;
            case "licences" -> d.licences;
            case "licenceEvents" -> d.licenceEvents;
            case "blocks" -> d.blocks;
            case "cornerPoints" -> d.cornerPoints;
            case "sites" -> d.sites;
            case "zones" -> d.zones;
            case "production" -> d.production;
            case "funds" -> d.funds;
            case "approvals" -> d.approvals;
            case "progress" -> d.progress;
            case "historical" -> d.historicalMines;
            case "regions" -> d.regions;
            case "targets" -> d.targets;
            default -> throw new IllegalArgumentException(spec.key());
        };
    }

    /** Writes every sheet that has rows; with {@code allSheets} also the empty ones (headers only). */
    public static void write(Dataset d, MineralVocabulary minerals, boolean allSheets, OutputStream out)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (SheetSpec spec : WorkbookSchema.SHEETS) {
                List<?> rows = rowsOf(d, spec);
                if (rows.isEmpty() && !allSheets) continue;
                Sheet s = wb.createSheet(spec.zh() + " " + spec.en());
                Row h = s.createRow(0);
                for (int c = 0; c < spec.columns().size(); c++) {
                    ColumnSpec col = spec.columns().get(c);
                    h.createCell(c)
                            .setCellValue(col.header(org.minecheck.i18n.Texts.CHINESE) + "\n"
                                    + col.header(org.minecheck.i18n.Texts.ENGLISH));
                }
                int r = 1;
                for (Object fact : rows) {
                    Row row = s.createRow(r++);
                    Map<String, Object> values = values(fact);
                    for (int c = 0; c < spec.columns().size(); c++) {
                        Object v = values.get(spec.columns().get(c).key());
                        if (v == null) continue;
                        if (spec.columns().get(c).type() == ColumnType.MINERAL) {
                            v = minerals.find(v.toString())
                                    .map(MineralVocabulary.Mineral::zh)
                                    .orElse(v.toString());
                        }
                        set(row.createCell(c), v, minerals, dateStyle);
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static Map<String, Object> values(Object fact) {
        Map<String, Object> out = new java.util.HashMap<>();
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            try {
                out.put(c.getName(), c.getAccessor().invoke(fact));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static void set(Cell cell, Object v, MineralVocabulary minerals, CellStyle dateStyle) {
        if (v instanceof BigDecimal b) cell.setCellValue(b.doubleValue());
        else if (v instanceof Number n) cell.setCellValue(n.doubleValue());
        else if (v instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (v instanceof Boolean b) cell.setCellValue(b ? "是" : "否");
        else if (v instanceof Coded c) cell.setCellValue(c.zh());
        else if (v instanceof List<?> list) {
            cell.setCellValue(String.join(
                    "、",
                    list.stream()
                            .map(x -> minerals.find(x.toString())
                                    .map(MineralVocabulary.Mineral::zh)
                                    .orElse(x.toString()))
                            .toList()));
        } else cell.setCellValue(v.toString());
    }
}

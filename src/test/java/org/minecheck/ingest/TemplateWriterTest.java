package org.minecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.model.Coded;
import org.minecheck.model.Dataset;
import org.minecheck.model.LicenceKind;
import org.minecheck.model.ShapeOwner;
import org.minecheck.testing.TestRules;

/** The blank template as a user downloads it, opened with POI, read back by the real reader, filled in and read again. */
class TemplateWriterTest {

    @TempDir
    Path dir;

    private Path template;

    @BeforeEach
    void writeTemplate() throws IOException {
        template = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            TemplateWriter.write(TestRules.book().minerals(), out);
        }
    }

    private XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String sheetName(SheetSpec spec) {
        return spec.zh() + " " + spec.en();
    }

    @Test
    void hasTheInstructionsSheetFirstThenOneSheetPerEntityAndAHiddenListsSheet() throws IOException {
        try (XSSFWorkbook wb = open(template)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));

            List<String> expected = new ArrayList<>(List.of("填表说明 Instructions", WorkbookSchema.LISTS_SHEET));
            WorkbookSchema.SHEETS.forEach(s -> expected.add(sheetName(s)));
            assertThat(names).containsExactlyElementsOf(expected);
            assertThat(wb.isSheetHidden(wb.getSheetIndex(WorkbookSchema.LISTS_SHEET)))
                    .isTrue();
            assertThat(wb.isSheetHidden(0)).isFalse();
        }
    }

    @Test
    void theInstructionsExplainEveryColumnOfEverySheetInBothLanguages() throws IOException {
        try (XSSFWorkbook wb = open(template)) {
            XSSFSheet instructions = wb.getSheetAt(0);
            List<String> explained = new ArrayList<>();
            for (Row r : instructions) {
                if (r.getCell(1) != null)
                    explained.add(r.getCell(0).getStringCellValue() + " | "
                            + r.getCell(1).getStringCellValue());
            }

            for (SheetSpec spec : WorkbookSchema.SHEETS) {
                for (ColumnSpec col : spec.columns()) {
                    assertThat(explained).contains(sheetName(spec) + " | " + col.zh() + " / " + col.en());
                }
            }
        }
    }

    @Test
    void everyHeaderIsInChineseAndEnglishAndEveryNumericColumnNamesItsUnitInBoth() throws IOException {
        try (XSSFWorkbook wb = open(template)) {
            for (SheetSpec spec : WorkbookSchema.SHEETS) {
                Row header = wb.getSheet(sheetName(spec)).getRow(0);
                assertThat(header.getLastCellNum()).as(spec.key()).isEqualTo((short)
                        spec.columns().size());
                for (int c = 0; c < spec.columns().size(); c++) {
                    ColumnSpec col = spec.columns().get(c);
                    String[] lines = header.getCell(c).getStringCellValue().split("\n");

                    assertThat(lines).as(spec.key() + "." + col.key()).hasSize(2);
                    assertThat(lines[0]).startsWith(col.zh()).matches(".*\\p{IsHan}.*");
                    assertThat(lines[1]).startsWith(col.en()).matches("[\\x20-\\x7E–²]+");
                    if (col.type() == ColumnType.DECIMAL || col.type() == ColumnType.COORDINATE) {
                        assertThat(col.unit())
                                .as(spec.key() + "." + col.key() + " unit")
                                .isNotBlank();
                        assertThat(lines[0]).endsWith("（" + col.unit() + "）");
                        if (!col.unit().equals("个")) assertThat(lines[1]).endsWith("(" + col.unitEn() + ")");
                    }
                }
            }
        }
    }

    @Test
    void everyEnumYesNoAndMineralColumnHasADropDownListOfTheValuesTheReaderAccepts() throws IOException {
        try (XSSFWorkbook wb = open(template)) {
            for (SheetSpec spec : WorkbookSchema.SHEETS) {
                XSSFSheet sheet = wb.getSheet(sheetName(spec));
                for (int c = 0; c < spec.columns().size(); c++) {
                    ColumnSpec col = spec.columns().get(c);
                    Optional<List<String>> options = dropDown(wb, sheet, c);
                    switch (col.type()) {
                        case ENUM ->
                            assertThat(options)
                                    .as(spec.key() + "." + col.key())
                                    .hasValue(Arrays.stream(col.enumType().getEnumConstants())
                                            .map(e -> ((Coded) e).zh())
                                            .toList());
                        case BOOLEAN ->
                            assertThat(options).as(spec.key() + "." + col.key()).hasValue(List.of("是", "否"));
                        case MINERAL ->
                            assertThat(options)
                                    .as(spec.key() + "." + col.key())
                                    .hasValue(TestRules.book().minerals().all().stream()
                                            .map(org.minecheck.model.MineralVocabulary.Mineral::zh)
                                            .toList());
                        default ->
                            assertThat(options).as(spec.key() + "." + col.key()).isEmpty();
                    }
                }
            }
        }
    }

    /** The values of the list validation on column {@code c} from row 2 down, if there is one. */
    private static Optional<List<String>> dropDown(XSSFWorkbook wb, XSSFSheet sheet, int c) {
        for (var v : sheet.getDataValidations()) {
            boolean coversColumn = false;
            for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                coversColumn |= range.getFirstColumn() == c
                        && range.getLastColumn() == c
                        && range.getFirstRow() == 1
                        // every row the sheet allows, not the first 5,000
                        && range.getLastRow() == SpreadsheetVersion.EXCEL2007.getLastRowIndex();
            }
            if (!coversColumn) continue;
            assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            var name = wb.getName(v.getValidationConstraint().getFormula1());
            List<String> values = new ArrayList<>();
            for (CellReference ref : new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007)
                    .getAllReferencedCells()) {
                values.add(wb.getSheet(ref.getSheetName())
                        .getRow(ref.getRow())
                        .getCell(ref.getCol())
                        .getStringCellValue());
            }
            return Optional.of(values);
        }
        return Optional.empty();
    }

    @Test
    void theBlankTemplateReadsWithoutAnyProblemOrNoticeAndGivesNoFacts() {
        var result = new WorkbookReader(TestRules.book().minerals()).read(List.of(template));

        assertThat(result.problems()).isEmpty();
        assertThat(result.notices()).isEmpty();
        assertThat(result.dataset().rowCount()).isZero();
    }

    /** Values for a filled-in template: one row per sheet that refers to the rows of the other sheets. */
    private static final Map<String, Object> FILLED = Map.ofEntries(
            Map.entry("enterprises.id", "E1"),
            Map.entry("mines.id", "M1"),
            Map.entry("mines.operatorId", "E1"),
            Map.entry("licences.number", "C1"),
            Map.entry("licences.holderId", "E1"),
            Map.entry("licences.validFrom", LocalDate.of(2020, 1, 1)),
            Map.entry("licences.validUntil", "2030-12-31"),
            Map.entry("licenceEvents.licenceNumber", "C1"),
            Map.entry("blocks.licenceNumber", "C1"),
            Map.entry("blocks.blockNo", 1),
            Map.entry("blocks.topElevation", "+363"),
            Map.entry("blocks.bottomElevation", "+10 m"),
            Map.entry("sites.id", "W1"),
            Map.entry("sites.x", 4_200_500),
            Map.entry("sites.y", 38_500_500),
            Map.entry("zones.id", "Z1"),
            Map.entry("cornerPoints.ownerId", "Z1"),
            Map.entry("cornerPoints.ringNo", 1),
            Map.entry("historical.id", "H1"),
            Map.entry("historical.x", 4_210_000),
            Map.entry("historical.y", 38_510_000),
            Map.entry("regions.code", "140100"),
            Map.entry("targets.regionCode", "140100"));

    /** Fills a column the way a user would from the template: the first drop-down entry, a date cell, a number. */
    private static Object fill(SheetSpec spec, ColumnSpec col, List<String> dropDown) {
        Object v = FILLED.get(spec.key() + "." + col.key());
        if (v != null) return v;
        if (col.key().equals("mineId")) return "M1";
        if (col.key().equals("regionCode")) return "140100";
        if (dropDown != null) return dropDown.get(0);
        return switch (col.type()) {
            case TEXT -> col.zh() + "示例";
            case INTEGER -> 2024;
            case DECIMAL -> 12.5;
            case COORDINATE -> 4_200_000;
            case DATE -> LocalDate.of(2024, 6, 30);
            case MINERAL_LIST -> "煤、高岭土";
            default -> throw new IllegalStateException(spec.key() + "." + col.key());
        };
    }

    @Test
    void aTemplateFilledInWithOneRowPerSheetReadsBack() throws IOException {
        Path filled = dir.resolve("filled.xlsx");
        try (XSSFWorkbook wb = open(template)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            for (SheetSpec spec : WorkbookSchema.SHEETS) {
                XSSFSheet sheet = wb.getSheet(sheetName(spec));
                // a ring needs three points: the corner-points sheet gets a triangle for zone Z1
                int rows = spec == WorkbookSchema.CORNER_POINTS ? 3 : 1;
                for (int r = 1; r <= rows; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < spec.columns().size(); c++) {
                        ColumnSpec col = spec.columns().get(c);
                        Object v = fill(spec, col, dropDown(wb, sheet, c).orElse(null));
                        if (spec == WorkbookSchema.CORNER_POINTS) {
                            if (col.key().equals("ownerType")) v = ShapeOwner.ZONE.zh();
                            if (col.key().equals("pointNo")) v = r;
                            if (col.key().equals("x")) v = 4_200_000 + (r == 2 ? 100 : 0);
                            if (col.key().equals("y")) v = 38_500_000 + (r == 3 ? 100 : 0);
                        }
                        var cell = row.createCell(c);
                        if (v instanceof Number n) cell.setCellValue(n.doubleValue());
                        else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(dateStyle);
                        } else cell.setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }

        var result = new WorkbookReader(TestRules.book().minerals()).read(List.of(filled));

        assertThat(result.problems()).isEmpty();
        assertThat(result.notices()).isEmpty();
        Dataset d = result.dataset();
        for (SheetSpec spec : WorkbookSchema.SHEETS) {
            assertThat(DatasetWriter.rowsOf(d, spec))
                    .as(spec.key())
                    .hasSize(spec == WorkbookSchema.CORNER_POINTS ? 3 : 1);
        }
        assertThat(d.licences.get(0).kind()).isEqualTo(LicenceKind.MINING);
        assertThat(d.licences.get(0).minerals()).containsExactly("coal", "kaolin");
        assertThat(d.licences.get(0).validUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(d.blocks.get(0).topElevation()).isEqualByComparingTo("363");
        assertThat(d.blocks.get(0).bottomElevation()).isEqualByComparingTo("10");
        assertThat(d.mines.get(0).mineral()).isEqualTo("coal");
        assertThat(d.mines.get(0).occupiesForestLand()).isTrue();
        assertThat(d.sites.get(0).observedOn()).isEqualTo(LocalDate.of(2024, 6, 30));
    }
}

package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.WorkbookInput;
import org.minecheck.testing.TestRules;

/**
 * The demo county's workbook returned annotated: every evidence cell of every finding is yellow with a comment naming
 * the rule, the message, the basis and the fix; a first sheet lists the findings with links to their cells; every
 * other cell — value, formula, style and comment — and every other sheet is exactly as uploaded.
 */
class AnnotatedWorkbookTest {
    static final Path DEMO = Path.of("test-data/demo-region.xlsx");
    static byte[] original;
    static CheckResult result;
    static byte[] annotated;

    @BeforeAll
    static void annotate() throws Exception {
        original = Files.readAllBytes(DEMO);
        result = TestRules.runner()
                .checkInputs(List.of(WorkbookInput.of("demo-region.xlsx", original)), LocalDate.of(2025, 12, 31));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotatedWorkbook.write(
                original,
                "demo-region.xlsx",
                result,
                new FindingText(TestRules.book(), Texts.CHINESE, LocalDate.of(2025, 12, 31)),
                out);
        annotated = out.toByteArray();
    }

    /** The cells the findings name (a whole-row reference marks the row's first cell). */
    static Set<String> marked() {
        Set<String> cells = new HashSet<>();
        for (Finding f : result.findings())
            for (var e : f.evidence())
                if (e.cell() != null
                        && "demo-region.xlsx".equals(e.cell().file())
                        && e.cell().row() > 0)
                    cells.add(e.cell().sheet() + "!"
                            + (e.cell().column().isEmpty() ? "A" : e.cell().column())
                            + e.cell().row());
        return cells;
    }

    @Test
    void everyOtherCellIsUnchangedAndEveryEvidenceCellIsMarked() throws Exception {
        assertThat(result.findings()).hasSize(66);
        Set<String> marked = marked();
        assertThat(marked).isNotEmpty();
        try (Workbook before = WorkbookFactory.create(new ByteArrayInputStream(original));
                Workbook after = WorkbookFactory.create(new ByteArrayInputStream(annotated))) {
            assertThat(after.getNumberOfSheets()).isEqualTo(before.getNumberOfSheets() + 1);
            int compared = 0;
            for (int i = 0; i < before.getNumberOfSheets(); i++) {
                Sheet b = before.getSheetAt(i);
                Sheet a = after.getSheetAt(i + 1);
                assertThat(a.getSheetName()).isEqualTo(b.getSheetName());
                assertThat(a.getLastRowNum()).isEqualTo(b.getLastRowNum());
                for (Row rb : b) {
                    Row ra = a.getRow(rb.getRowNum());
                    for (Cell cb : rb) {
                        Cell ca = ra.getCell(cb.getColumnIndex());
                        String where = b.getSheetName() + "!" + cb.getAddress();
                        assertThat(value(ca)).as(where).isEqualTo(value(cb));
                        if (!marked.contains(where)) {
                            assertThat(ca.getCellStyle().getIndex())
                                    .as(where)
                                    .isEqualTo(cb.getCellStyle().getIndex());
                            assertThat(text(ca.getCellComment())).as(where).isEqualTo(text(cb.getCellComment()));
                        }
                        compared++;
                    }
                }
                // no cell appears where there was none, except a marked empty cell
                for (Row ra : a) {
                    for (Cell ca : ra) {
                        Row rb = b.getRow(ra.getRowNum());
                        boolean existed = rb != null && rb.getCell(ca.getColumnIndex()) != null;
                        if (!existed) assertThat(marked).contains(a.getSheetName() + "!" + ca.getAddress());
                    }
                }
            }
            assertThat(compared).isGreaterThan(1000);
            for (String where : marked) {
                String sheet = where.substring(0, where.lastIndexOf('!'));
                CellAddress at = new CellAddress(where.substring(where.lastIndexOf('!') + 1));
                Cell c = after.getSheet(sheet).getRow(at.getRow()).getCell(at.getColumn());
                assertThat(c.getCellStyle().getFillPattern()).as(where).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(c.getCellStyle().getFillForegroundColor())
                        .as(where)
                        .isEqualTo(IndexedColors.YELLOW.getIndex());
                assertThat(text(after.getSheet(sheet).getCellComment(at)))
                        .as(where)
                        .matches("(?s).*\\[[A-Z]+-\\d+].*");
            }
            // the first sheet: a row per finding that names a cell, each linked to a marked cell
            Sheet list = after.getSheetAt(0);
            assertThat(list.getSheetName()).isEqualTo("核查问题");
            List<Finding> listed = AnnotatedWorkbook.findingsOf(result, "demo-region.xlsx");
            assertThat(list.getLastRowNum()).isEqualTo(listed.size());
            for (int r = 1; r <= listed.size(); r++) {
                Row row = list.getRow(r);
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(listed.get(r - 1).ruleId());
                String address = row.getCell(7).getHyperlink().getAddress();
                String sheet = address.substring(1, address.lastIndexOf("'!")).replace("''", "'");
                assertThat(marked).contains(sheet + "!" + address.substring(address.lastIndexOf('!') + 1));
            }
            assertThat(after.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void aFindingsCommentCarriesTheRuleTheMessageTheBasisAndTheFix() throws Exception {
        try (Workbook after = WorkbookFactory.create(new ByteArrayInputStream(annotated))) {
            String note = text(after.getSheet("证照 Licences").getCellComment(new CellAddress("G18")));
            assertThat(note).contains("[LIC-001]").contains("依据: ").contains("整改建议: ");
        }
    }

    private static String text(Comment c) {
        return c == null ? null : c.getString().getString();
    }

    private static Object value(Cell c) {
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> c.getNumericCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            case FORMULA -> "=" + c.getCellFormula();
            case ERROR -> "#" + c.getErrorCellValue();
            case BLANK -> "";
            default -> c.getCellType().name();
        };
    }
}

package org.minecheck.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minecheck.i18n.Texts;
import org.minecheck.report.ProblemText;

/** The directory workbook: the demo reads, the template reads back empty, bad cells are named by sheet, row, column. */
class DirectoryWorkbookTest {

    @Test
    void theDemoDirectoryReadsWithItsInspectorsConflictsAndRisks() throws Exception {
        var read = DirectoryWorkbook.read("demo.xlsx", DemoDirectory.workbook(), "d");
        assertThat(read.problems()).isEmpty();
        assertThat(read.directory().inspectors()).hasSize(18);
        assertThat(read.directory().conflicts())
                .extracting(c -> c.kind())
                .containsExactlyInAnyOrder(InspectorDirectory.Kind.values());
        assertThat(read.directory().risk("E05").abnormalList()).isTrue();
        assertThat(read.directory().risk("E17").complaints()).isEqualTo(3);
    }

    @Test
    void theBlankTemplateHasBothHeadersAndSaysItListsNobody() throws Exception {
        var read = DirectoryWorkbook.read("t.xlsx", DirectoryWorkbook.template(), "t");
        assertThat(read.problems()).extracting(p -> p.key()).containsExactly("inspection.dir.empty");
        try (var wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(DirectoryWorkbook.template()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("人员编号 Inspector ID");
        }
    }

    @Test
    void badCellsAreReportedWithSheetRowAndColumn() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DirectoryWorkbook.write(
                    wb,
                    DirectoryWorkbook.INSPECTORS,
                    DirectoryWorkbook.INSPECTOR_COLUMNS,
                    List.of(
                            List.of("I01", "王一", "自然资源", "140603", "law-enforcement", "surveying"),
                            List.of("I01", "王二", "公安", "1406", "", ""),
                            List.of("I03", "", "水利", "140603", "", "")));
            DirectoryWorkbook.write(
                    wb,
                    DirectoryWorkbook.CONFLICTS,
                    DirectoryWorkbook.CONFLICT_COLUMNS,
                    List.of(List.of("I09", "E01", "relative", ""), List.of("I01", "E02", "friend", "")));
            DirectoryWorkbook.write(
                    wb, DirectoryWorkbook.RISKS, DirectoryWorkbook.RISK_COLUMNS, List.of(List.of("E01", "maybe", -1)));
            wb.write(out);
            bytes = out.toByteArray();
        }
        var read = DirectoryWorkbook.read("bad.xlsx", bytes, "b");
        assertThat(read.ok()).isFalse();
        List<String> lines = read.problems().stream()
                .map(p -> ProblemText.line(p, Texts.ENGLISH))
                .toList();
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("file bad.xlsx, sheet \"检查人员 Inspectors\", row 3, column A")
                        .contains("listed twice"))
                .anySatisfy(l -> assertThat(l).contains("row 3, column C").contains("expected a department"))
                .anySatisfy(l -> assertThat(l).contains("row 3, column D").contains("six-digit region"))
                .anySatisfy(l -> assertThat(l).contains("row 4, column B").contains("required"))
                .anySatisfy(l -> assertThat(l)
                        .contains("利益冲突 Conflicts")
                        .contains("row 2, column A")
                        .contains("no inspector"))
                .anySatisfy(l -> assertThat(l).contains("row 3, column C").contains("kind of conflict"))
                .anySatisfy(l -> assertThat(l)
                        .contains("企业风险 Risk signals")
                        .contains("row 2, column B")
                        .contains("yes or no"))
                .anySatisfy(l -> assertThat(l).contains("row 2, column C").contains("whole number"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneProblem() {
        var read = DirectoryWorkbook.read("x.xlsx", "not a workbook".getBytes(), "x");
        assertThat(read.problems()).extracting(p -> p.key()).containsExactly("inspection.dir.unreadable");
    }
}

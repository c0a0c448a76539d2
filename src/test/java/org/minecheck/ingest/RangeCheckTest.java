package org.minecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.i18n.Texts;
import org.minecheck.report.ProblemText;
import org.minecheck.testing.TestRules;
import org.minecheck.testing.TestWorkbook;

/**
 * Impossible numbers are refused at ingest, by cell, like every other bad value (issue 8): negative quantities, areas
 * and amounts, percentages outside 0–100, magnitudes no real mine has. The ranges live in {@link WorkbookSchema}.
 */
class RangeCheckTest {

    @TempDir
    Path dir;

    private IngestResult read(TestWorkbook book) throws IOException {
        return new WorkbookReader(TestRules.book().minerals()).read(List.of(book.write(dir.resolve("in.xlsx"))));
    }

    private static Tuple where(InputProblem p) {
        return tuple(p.key(), p.cell().sheet(), p.cell().row(), p.cell().column(), p.value());
    }

    @Test
    void everyNumericColumnDeclaresItsRangeAndOnlyElevationsAreSigned() {
        for (SheetSpec sheet : WorkbookSchema.SHEETS) {
            for (ColumnSpec c : sheet.columns()) {
                boolean numeric = c.type() == ColumnType.DECIMAL || c.type() == ColumnType.INTEGER;
                assertThat(c.range() != null).as(sheet.key() + "." + c.key()).isEqualTo(numeric);
                if (numeric && c.range().signed())
                    assertThat(c.key()).as(sheet.key()).containsIgnoringCase("elevation");
                if ("%".equals(c.unit())) assertThat(c.range()).isEqualTo(Range.of(0, 100));
            }
        }
    }

    @Test
    void negativeOutputAndRecoveryRatesOfMinus5And250PercentAreCellProblems() throws IOException {
        TestWorkbook book = TestWorkbook.licencedMine();
        book.sheet("生产情况", "矿山编号", "年度", "矿石产量", "开采回采率", "选矿回收率", "综合利用率").row("M1", 2024, -800000, -5, 250, 80);

        var result = read(book);

        assertThat(result.problems())
                .extracting(RangeCheckTest::where)
                .containsExactly(
                        tuple("ingest.negative", "生产情况", 2, "C", "-800000"),
                        tuple("ingest.negative", "生产情况", 2, "D", "-5"),
                        tuple("ingest.outOfRange", "生产情况", 2, "E", "250"));
        assertThat(result.dataset().production).isEmpty();
        assertThat(ProblemText.line(result.problems().get(2), Texts.ENGLISH))
                .isEqualTo(
                        "file in.xlsx, sheet \"生产情况\", row 2, column E: a number from 0 to 100 % expected (found \"250\")");
        assertThat(ProblemText.what(result.problems().get(0), Texts.CHINESE)).startsWith("应为不小于 0 的数：此列不能为负数");
    }

    @Test
    void magnitudesBeyondAnyRealMineAreRefusedWhetherTypedAsNumbersOrAsText() throws IOException {
        TestWorkbook book = TestWorkbook.licencedMine();
        book.sheet("审批与方案", "矿山编号", "类型", "文号", "批准日期", "批准规模", "方案估算治理费用")
                .row("M1", "环评批复", "EIA-M1", java.time.LocalDate.of(2014, 6, 1), 1e308, null)
                .row("M1", "竣工环保验收", "A-M1", java.time.LocalDate.of(2015, 6, 1), "1e308", "2e12");

        var result = read(book);

        assertThat(result.problems())
                .extracting(p -> tuple(p.key(), p.cell().row(), p.cell().column()))
                .containsExactly(
                        tuple("ingest.outOfRange", 2, "E"),
                        tuple("ingest.outOfRange", 3, "E"),
                        tuple("ingest.outOfRange", 3, "F"));
        assertThat(ProblemText.what(result.problems().get(0), Texts.ENGLISH))
                .startsWith("a number from 0 to 1,000,000,000 t/a expected");
    }

    @Test
    void negativeAreasAndFundAmountsAreRefusedAndYearsOutsideTheWindowToo() throws IOException {
        TestWorkbook book = TestWorkbook.licencedMine();
        book.sheet("治理恢复基金", "矿山编号", "年度", "基金账户", "已报送计提使用计划", "本年计提金额", "本年使用金额", "年末余额")
                .row("M1", 2024, "FA-M1", "是", -1600000, 1000000, -600000);
        book.sheet("治理恢复进度", "矿山编号", "年度", "计划治理面积", "完成治理面积").row("M1", 1900, -10, 10);

        var result = read(book);

        assertThat(result.problems())
                .extracting(RangeCheckTest::where)
                .containsExactlyInAnyOrder(
                        tuple("ingest.negative", "治理恢复基金", 2, "E", "-1600000"),
                        tuple("ingest.negative", "治理恢复基金", 2, "G", "-600000"),
                        tuple("ingest.outOfRange", "治理恢复进度", 2, "B", "1900"),
                        tuple("ingest.negative", "治理恢复进度", 2, "C", "-10"));
        assertThat(result.problems())
                .filteredOn(p -> p.cell().column().equals("B"))
                .singleElement()
                .satisfies(p -> assertThat(ProblemText.what(p, Texts.ENGLISH))
                        .startsWith("a number from 1949 to 2100 expected"));
    }

    @Test
    void elevationsBelowSeaLevelAreFine() throws IOException {
        TestWorkbook book = TestWorkbook.licencedMine();
        book.sheet("作业点", "作业点编号", "矿山编号", "作业点类型", "最低开采标高").row("W1", "M1", "采场", -1200);

        var result = read(book);

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().sites).singleElement().satisfies(s -> assertThat(s.lowestElevation())
                .isEqualByComparingTo("-1200"));
    }
}

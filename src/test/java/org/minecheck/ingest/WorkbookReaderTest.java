package org.minecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecheck.model.*;
import org.minecheck.testing.Facts;
import org.minecheck.testing.TestRules;
import org.minecheck.testing.TestWorkbook;

/** Real workbooks written with POI (or DatasetWriter) to a temporary folder and read back by the real reader. */
class WorkbookReaderTest {

    @TempDir
    Path dir;

    private IngestResult read(Path... files) {
        return new WorkbookReader(TestRules.book().minerals()).read(List.of(files));
    }

    /** Key, sheet, row, column letter and the value found: everything a user needs to find and fix a problem. */
    private static Tuple where(InputProblem p) {
        return tuple(p.key(), p.cell().sheet(), p.cell().row(), p.cell().column(), p.value());
    }

    private static Licence licence(Dataset d, String number) {
        return d.licences.stream()
                .filter(l -> l.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void readsTheCompliantMineWorkbookIntoFactsThatKnowTheirCells() throws IOException {
        var result = read(TestWorkbook.licencedMine().write(dir.resolve("mine.xlsx")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.notices()).isEmpty();
        Licence c1 = licence(result.dataset(), "C1");
        assertThat(c1.kind()).isEqualTo(LicenceKind.MINING);
        assertThat(c1.minerals()).containsExactly("coal");
        assertThat(c1.validUntil()).isEqualTo(Facts.UNTIL);
        assertThat(c1.cell("validUntil")).isEqualTo(new CellRef("mine.xlsx", "证照", 2, "G"));
        assertThat(result.dataset().cornerPoints).hasSize(4);
        assertThat(result.dataset().blocks).singleElement().satisfies(b -> assertThat(b.bottomElevation())
                .isEqualByComparingTo("100"));
    }

    @Nested
    class Headers {

        enum Style {
            CHINESE,
            ENGLISH,
            BOTH
        }

        private String header(ColumnSpec c, Style style) {
            return switch (style) {
                case CHINESE -> c.zh();
                case ENGLISH -> c.en();
                case BOTH ->
                    c.header(org.minecheck.i18n.Texts.CHINESE) + "\n" + c.header(org.minecheck.i18n.Texts.ENGLISH);
            };
        }

        /** The licences and blocks sheets with every column, in reverse order of the template, headed in one style. */
        private Path shuffledBook(Style style) throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("证照").without("矿区范围");
            List<ColumnSpec> lic = new ArrayList<>(WorkbookSchema.LICENCES.columns());
            java.util.Collections.reverse(lic);
            Object[] c1 = lic.stream()
                    .map(c -> switch (c.key()) {
                        case "number" -> "C1";
                        case "kind" -> "采矿许可证";
                        case "mineId" -> "M1";
                        case "holderId" -> "E1";
                        case "minerals" -> "煤、铁矿";
                        case "validFrom" -> Facts.FROM;
                        case "validUntil" -> Facts.UNTIL;
                        case "status" -> "有效";
                        case "capacity" -> 900000;
                        case "issuer" -> "自然资源厅";
                        default -> throw new IllegalStateException(c.key());
                    })
                    .toArray();
            book.sheet(
                            style == Style.ENGLISH ? "Licences" : "证照",
                            lic.stream().map(c -> header(c, style)).toArray(String[]::new))
                    .row(c1);
            List<ColumnSpec> blocks = new ArrayList<>(WorkbookSchema.BLOCKS.columns());
            java.util.Collections.reverse(blocks);
            book.sheet(
                            style == Style.ENGLISH ? "Licensed blocks" : "矿区范围 Licensed blocks",
                            blocks.stream().map(c -> header(c, style)).toArray(String[]::new))
                    .row(100, 300, 1, "C1");
            return book.write(dir.resolve("shuffled-" + style + ".xlsx"));
        }

        @ParameterizedTest
        @EnumSource(Style.class)
        void matchesHeadersInChineseEnglishOrBothInAnyColumnOrder(Style style) throws IOException {
            var result = read(shuffledBook(style));

            assertThat(result.problems()).isEmpty();
            assertThat(result.notices()).isEmpty();
            Licence c1 = licence(result.dataset(), "C1");
            assertThat(c1.minerals()).containsExactly("coal", "iron");
            assertThat(c1.capacity()).isEqualByComparingTo("900000");
            assertThat(c1.issuer()).isEqualTo("自然资源厅");
            // reversed: issuer is column A, number is column J
            assertThat(c1.cell("number").column()).isEqualTo("J");
            assertThat(c1.cell("issuer").column()).isEqualTo("A");
            LicenceBlock block = result.dataset().blocks.get(0);
            assertThat(block.topElevation()).isEqualByComparingTo("300");
            assertThat(block.bottomElevation()).isEqualByComparingTo("100");
            assertThat(block.cell("bottomElevation").column()).isEqualTo("A");
        }

        @Test
        void anExtraUnknownColumnGivesANoticeAndTheRowIsStillRead() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("企业");
            book.sheet("企业", "企业编号", "企业名称", "备注", "所在区县代码").row("E1", "企业E1", "老矿", "140100");

            var result = read(book.write(dir.resolve("extra.xlsx")));

            assertThat(result.problems()).isEmpty();
            assertThat(result.notices())
                    .extracting(WorkbookReaderTest::where)
                    .containsExactly(tuple("ingest.columnIgnored", "企业", 1, "C", "备注"));
            assertThat(result.dataset().enterprises).singleElement().satisfies(e -> assertThat(e.regionCode())
                    .isEqualTo("140100"));
        }

        @Test
        void aMissingRequiredColumnIsAProblemAtTheHeaderRowAndTheSheetAddsNoFact() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("证照");
            book.sheet("证照", "证号", "证照类型", "矿山编号", "持证企业编号", "许可矿种", "有效期起", "证照状态")
                    .row("C1", "采矿许可证", "M1", "E1", "煤", Facts.FROM, "有效");

            var result = read(book.write(dir.resolve("missing.xlsx")));

            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("ingest.missingColumn");
                assertThat(p.cell().sheet()).isEqualTo("证照");
                assertThat(p.cell().row()).isEqualTo(1);
                assertThat(p.args()).containsExactly("有效期止 / Valid until");
            });
            assertThat(result.dataset().licences).isEmpty();
        }
    }

    @Nested
    class Values {

        /** The compliant mine with C1's valid-until cell (证照!G2) holding {@code validUntil}. */
        private IngestResult withValidUntil(Object validUntil) throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("证照");
            book.sheet("证照", "证号", "证照类型", "矿山编号", "持证企业编号", "许可矿种", "有效期起", "有效期止", "证照状态")
                    .row("C1", "采矿许可证", "M1", "E1", "煤", Facts.FROM, validUntil, "有效")
                    .row("S1", "安全生产许可证", "M1", "E1", null, Facts.FROM, Facts.UNTIL, "有效");
            return read(book.write(dir.resolve("dates.xlsx")));
        }

        static Stream<Object> datesMeaningTheLastDayOf2030() {
            return Stream.of(
                    LocalDate.of(2030, 12, 31),
                    "2030-12-31",
                    "2030年12月31日",
                    "2030/12/31",
                    " 2030/12/31 ",
                    "２０３０－１２－３１",
                    47848 /* Excel serial number typed as a number */);
        }

        @ParameterizedTest
        @MethodSource("datesMeaningTheLastDayOf2030")
        void readsDatesAsExcelDatesIsoTextChineseTextAndSlashes(Object cell) throws IOException {
            var result = withValidUntil(cell);

            assertThat(result.problems()).isEmpty();
            assertThat(licence(result.dataset(), "C1").validUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
        }

        @ParameterizedTest
        @ValueSource(strings = {"31/12/2030", "2030-02-30", "明年", "2030-13-01"})
        void refusesTextThatIsNotAnUnambiguousDate(String cell) throws IOException {
            var result = withValidUntil(cell);

            assertThat(result.problems())
                    .extracting(WorkbookReaderTest::where)
                    .containsExactly(tuple("ingest.expectedDate", "证照", 2, "G", cell));
            assertThat(result.dataset().licences).extracting(Licence::number).containsExactly("S1");
        }

        /** The compliant mine with one production row whose output cell (生产情况!C2, unit t) holds {@code output}. */
        private IngestResult withOutput(Object output) throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine();
            book.sheet("生产情况", "矿山编号", "年度", "矿石产量（t）\nOre output (t)").row("M1", 2024, output);
            return read(book.write(dir.resolve("numbers.xlsx")));
        }

        static Stream<Arguments> numbersWrittenAsText() {
            return Stream.of(
                    Arguments.of(1200, "1200"),
                    Arguments.of("1200", "1200"),
                    Arguments.of("1,200", "1200"),
                    Arguments.of("1,200,000.5", "1200000.5"),
                    Arguments.of("１２００", "1200"),
                    Arguments.of("１，２００", "1200"),
                    Arguments.of("120 t", "120"),
                    Arguments.of("120t", "120"),
                    Arguments.of("120 吨", "120"),
                    Arguments.of(" 120 ", "120"));
        }

        @ParameterizedTest
        @MethodSource("numbersWrittenAsText")
        void readsNumbersStoredAsTextWithSeparatorsFullWidthDigitsOrTheColumnsUnit(Object cell, String expected)
                throws IOException {
            var result = withOutput(cell);

            assertThat(result.problems()).isEmpty();
            assertThat(result.dataset().production).singleElement().satisfies(p -> assertThat(p.output())
                    .isEqualByComparingTo(expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1,2", "1.200,5", "12,00", "120 m", "120 kg", "about 120", "1 200"})
        void refusesANumberWhoseReadingIsAmbiguousOrWhoseUnitIsNotTheColumns(String cell) throws IOException {
            var result = withOutput(cell);

            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(where(p)).isEqualTo(tuple("ingest.expectedNumber", "生产情况", 2, "C", cell));
                assertThat(p.args()).containsExactly("t");
            });
            assertThat(result.dataset().production).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"采矿许可证", "Mining licence", "mining licence", "mining", "MINING"})
        void readsEnumValuesInChineseEnglishOrCode(String kind) throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("证照");
            book.sheet("证照", "证号", "证照类型", "矿山编号", "持证企业编号", "许可矿种", "有效期起", "有效期止", "证照状态")
                    .row("C1", kind, "M1", "E1", "coal", Facts.FROM, Facts.UNTIL, "valid");

            var result = read(book.write(dir.resolve("enum.xlsx")));

            assertThat(result.problems()).isEmpty();
            assertThat(licence(result.dataset(), "C1").kind()).isEqualTo(LicenceKind.MINING);
            assertThat(licence(result.dataset(), "C1").status()).isEqualTo(LicenceStatus.VALID);
        }

        @Test
        void refusesAnEnumValueOutsideTheListAndNamesTheAllowedValues() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("证照");
            book.sheet("证照", "证号", "证照类型", "矿山编号", "持证企业编号", "许可矿种", "有效期起", "有效期止", "证照状态")
                    .row("C1", "采矿证", "M1", "E1", "煤", Facts.FROM, Facts.UNTIL, "有效");

            var result = read(book.write(dir.resolve("enum-bad.xlsx")));

            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(where(p)).isEqualTo(tuple("ingest.expectedOneOf", "证照", 2, "B", "采矿证"));
                assertThat(p.args().get(0).toString()).contains("采矿许可证/mining", "安全生产许可证/safety");
            });
        }

        static Stream<Arguments> yesAndNo() {
            return Stream.of(
                    Arguments.of("是", true),
                    Arguments.of("否", false),
                    Arguments.of("yes", true),
                    Arguments.of("no", false),
                    Arguments.of("Yes", true),
                    Arguments.of("NO", false),
                    Arguments.of(Boolean.TRUE, true),
                    Arguments.of(Boolean.FALSE, false));
        }

        @ParameterizedTest
        @MethodSource("yesAndNo")
        void readsYesNoInChineseOrEnglishOrAsABooleanCell(Object cell, boolean expected) throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("矿山");
            book.sheet("矿山", "矿山编号", "矿山名称", "实际经营企业编号", "所在区县代码", "开采矿种", "开采方式", "生产状态", "矿山规模", "占用林地")
                    .row("M1", "矿山M1", "E1", "140100", "煤", "露天开采", "生产", "中型", cell);

            var result = read(book.write(dir.resolve("bool.xlsx")));

            assertThat(result.problems()).isEmpty();
            assertThat(result.dataset().mines).singleElement().satisfies(m -> assertThat(m.occupiesForestLand())
                    .isEqualTo(expected));
        }

        @Test
        void refusesAYesNoCellThatIsNeither() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("矿山");
            book.sheet("矿山", "矿山编号", "矿山名称", "实际经营企业编号", "所在区县代码", "开采矿种", "开采方式", "生产状态", "矿山规模", "占用林地")
                    .row("M1", "矿山M1", "E1", "140100", "煤", "露天开采", "生产", "中型", "部分");

            var result = read(book.write(dir.resolve("bool-bad.xlsx")));

            assertThat(result.problems())
                    .extracting(WorkbookReaderTest::where)
                    .containsExactly(tuple("ingest.expectedYesNo", "矿山", 2, "I", "部分"));
        }
    }

    @Nested
    class Problems {

        @Test
        void reportsEveryProblemOfTheWorkbookEachWithSheetRowColumnAndTheValueFound() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine();
            book.sheetNamed("证照")
                    .row("W1", "取水许可证", "M9", "E1", null, Facts.FROM, Facts.UNTIL, "有效") // row 4: unknown mine
                    .row("C1", "采矿许可证", "M1", "E1", "煤", Facts.FROM, Facts.UNTIL, "有效") // row 5: duplicate number
                    .row(
                            "P1",
                            "排污许可证",
                            "M1",
                            "E1",
                            null,
                            "2025-01-01",
                            "2024-12-31",
                            "有效") // row 6: ends before it starts
                    .row("C2", "采矿许可证", "M1", "E1", "钻石", Facts.FROM, Facts.UNTIL, "有效"); // row 7: unknown mineral
            book.sheetNamed("矿区范围")
                    .row("C1", 2, 50, 80) // row 3: bottom above top
                    .row("C1", 3, 300, 100); // row 4
            book.sheetNamed("拐点坐标")
                    .row("采矿许可证", "C1", 2, 1, Facts.X0, Facts.Y0 + 2000) // rows 6-7: ring of 2 points
                    .row("采矿许可证", "C1", 2, 2, Facts.X0 + 500, Facts.Y0 + 2000)
                    .row("采矿许可证", "C1", 3, 1, Facts.X0, Facts.Y0 + 3000) // rows 8-11: point 3 missing
                    .row("采矿许可证", "C1", 3, 2, Facts.X0 + 500, Facts.Y0 + 3000)
                    .row("采矿许可证", "C1", 3, 4, Facts.X0 + 500, Facts.Y0 + 3500)
                    .row("采矿许可证", "C1", 3, 5, Facts.X0, Facts.Y0 + 3500);

            var result = read(book.write(dir.resolve("broken.xlsx")));

            assertThat(result.problems())
                    .extracting(WorkbookReaderTest::where)
                    .containsExactlyInAnyOrder(
                            tuple("ingest.unknownMine", "证照", 4, "C", "M9"),
                            tuple("ingest.duplicateKey", "证照", 5, "A", "C1"),
                            tuple("ingest.endBeforeStart", "证照", 6, "G", "2024-12-31"),
                            tuple("ingest.unknownMineral", "证照", 7, "E", "钻石"),
                            tuple("ingest.bottomAboveTop", "矿区范围", 3, "D", "80"),
                            tuple("ingest.ringTooSmall", "拐点坐标", 7, "D", "2"),
                            tuple("ingest.pointGap", "拐点坐标", 10, "D", "4"));
            assertThat(result.problems())
                    .allSatisfy(p -> assertThat(p.cell().file()).isEqualTo("broken.xlsx"));
        }

        @Test
        void threeDifferentKindsOfErrorInThreeSheetsAreAllReportedTogether() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine();
            book.sheetNamed("企业").row("E2", null, "140100"); // row 3: name missing
            book.sheetNamed("证照").row("S2", "安全生产许可证", "M1", "E1", null, Facts.FROM, "下个月", "有效"); // row 4: not a date
            book.sheetNamed("矿区范围").row("C9", 1, 300, 100); // row 3: no such licence

            var result = read(book.write(dir.resolve("three.xlsx")));

            assertThat(result.problems())
                    .extracting(WorkbookReaderTest::where)
                    .containsExactlyInAnyOrder(
                            tuple("ingest.required", "企业", 3, "B", null),
                            tuple("ingest.expectedDate", "证照", 4, "G", "下个月"),
                            tuple("ingest.unknownMiningLicence", "矿区范围", 3, "A", "C9"));
        }

        @Test
        void aRowWithAnErrorAddsNoFactWhileTheOtherRowsAreRead() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine();
            book.sheetNamed("证照").row("S2", "安全生产许可证", "M1", "E1", null, Facts.FROM, "2030-02-30", "有效");

            var result = read(book.write(dir.resolve("one-bad-row.xlsx")));

            assertThat(result.problems()).hasSize(1);
            assertThat(result.dataset().licences).extracting(Licence::number).containsExactly("C1", "S1");
        }

        @Test
        void aMineRowWithABadCellDoesNotAlsoMakeTheLicencesThatReferToItUnknown() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("矿山");
            book.sheet("矿山", "矿山编号", "矿山名称", "实际经营企业编号", "所在区县代码", "开采矿种", "开采方式", "生产状态", "矿山规模")
                    .row("M1", "矿山M1", "E1", "140100", "钻石", "露天开采", "生产", "中型");

            var result = read(book.write(dir.resolve("bad-mine.xlsx")));

            // one mistake, one problem: C1 and S1 refer to M1, whose row is refused for its mineral
            assertThat(result.problems())
                    .extracting(WorkbookReaderTest::where)
                    .containsExactly(tuple("ingest.unknownMineral", "矿山", 2, "E", "钻石"));
        }

        @Test
        void aCornerPointRowWithABadCoordinateDoesNotAlsoReportAGapInItsRing() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine().without("拐点坐标");
            book.sheet("拐点坐标", "对象类型", "对象编号", "采区/环编号", "点号", "X坐标", "Y坐标")
                    .row("采矿许可证", "C1", 1, 1, Facts.X0, Facts.Y0)
                    .row("采矿许可证", "C1", 1, 2, "4201000,5", Facts.Y0)
                    .row("采矿许可证", "C1", 1, 3, Facts.X0 + 1000, Facts.Y0 + 1000)
                    .row("采矿许可证", "C1", 1, 4, Facts.X0, Facts.Y0 + 1000);

            var result = read(book.write(dir.resolve("bad-point.xlsx")));

            assertThat(result.problems())
                    .extracting(WorkbookReaderTest::where)
                    .containsExactly(tuple("ingest.expectedNumber", "拐点坐标", 3, "E", "4201000,5"));
        }
    }

    @Nested
    class WholeFiles {

        @Test
        void anXlsFileGivesTheSameDatasetAsTheSameDataInXlsx() throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine();
            book.sheet("生产情况", "矿山编号", "年度", "矿石产量（t）", "开采回采率（%）", "销售收入（元）")
                    .row("M1", 2024, "1,200", 92.5, 3456789.12);
            book.sheet("作业点", "作业点编号", "矿山编号", "作业点类型", "X坐标", "Y坐标", "最低开采标高", "位于林地", "核查日期")
                    .row("W1", "M1", "井口", 4200500.25, 38500500.75, -12.5, "否", LocalDate.of(2025, 3, 1));

            var xlsx = read(book.write(dir.resolve("same.xlsx")));
            var xls = read(book.write(dir.resolve("same.xls")));

            assertThat(xlsx.problems()).isEmpty();
            assertThat(xls.problems()).isEmpty();
            assertSameFacts(xls.dataset(), xlsx.dataset(), "sheet.file");
            assertThat(xls.dataset().licences.get(0).cell("validUntil"))
                    .isEqualTo(new CellRef("same.xls", "证照", 2, "G"));
        }

        /**
         * Files saved by LibreOffice rather than POI (test-data/ingest/make-libreoffice-fixtures.py): its own shared
         * strings and date styles, and formulas (C1's expiry, block 1's bottom, a corner's X) read by their cached value.
         */
        @ParameterizedTest
        @ValueSource(strings = {"libreoffice-saved.xlsx", "libreoffice-saved.xls"})
        void aWorkbookSavedByLibreOfficeGivesTheSameFactsAsTheSameDataWrittenByPoi(String fixture) throws IOException {
            TestWorkbook book = TestWorkbook.licencedMine();
            book.sheet("生产情况", "矿山编号", "年度", "矿石产量（t）").row("M1", 2024, "1,200");
            var poi = read(book.write(dir.resolve("poi.xlsx")));

            var libre = read(Path.of("test-data/ingest", fixture));

            assertThat(libre.problems()).isEmpty();
            assertThat(libre.notices()).isEmpty();
            assertSameFacts(libre.dataset(), poi.dataset(), "sheet.file");
            assertThat(licence(libre.dataset(), "C1").validUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
            assertThat(libre.dataset().blocks.get(0).bottomElevation()).isEqualByComparingTo("100");
        }

        @Test
        void readsSeveralWorkbooksAtOnceWithReferencesAcrossThem() throws IOException {
            Path enterprise = TestWorkbook.licencedMine().without("拐点坐标").write(dir.resolve("enterprise.xlsx"));
            Path reference = TestWorkbook.create()
                    .sheet("禁止开采区", "区域编号", "区域名称", "区域类型")
                    .row("Z1", "某自然保护区", "自然保护区")
                    .sheet("历史遗留矿山", "图斑编号", "所在区县代码", "面积（ha）", "治理状态")
                    .row("H1", "140100", 2.5, "未治理")
                    .sheet("拐点坐标", "对象类型", "对象编号", "点号", "X坐标", "Y坐标")
                    .row("禁止开采区", "Z1", 1, Facts.X0 + 900, Facts.Y0 + 900)
                    .row("禁止开采区", "Z1", 2, Facts.X0 + 1500, Facts.Y0 + 900)
                    .row("禁止开采区", "Z1", 3, Facts.X0 + 1500, Facts.Y0 + 1500)
                    // a regulator's copy of licence C1's block, held in the other file
                    .row("采矿许可证", "C1", 1, Facts.X0, Facts.Y0)
                    .row("采矿许可证", "C1", 2, Facts.X0 + 1000, Facts.Y0)
                    .row("采矿许可证", "C1", 3, Facts.X0 + 1000, Facts.Y0 + 1000)
                    .row("采矿许可证", "C1", 4, Facts.X0, Facts.Y0 + 1000)
                    .write(dir.resolve("reference.xls"));

            var result = read(enterprise, reference);

            assertThat(result.problems()).isEmpty();
            assertThat(result.dataset().zones)
                    .singleElement()
                    .satisfies(z -> assertThat(z.cell("name").file()).isEqualTo("reference.xls"));
            assertThat(result.dataset().historicalMines)
                    .extracting(HistoricalMine::id)
                    .containsExactly("H1");
            assertThat(result.dataset().cornerPoints)
                    .extracting(p -> p.cell("x").file())
                    .containsOnly("reference.xls")
                    .hasSize(7);
            assertThat(result.dataset().licences)
                    .extracting(l -> l.cell("number").file())
                    .containsOnly("enterprise.xlsx");
        }

        @Test
        void aDuplicateAcrossTwoWorkbooksNamesTheOtherFile() throws IOException {
            Path first = TestWorkbook.licencedMine().write(dir.resolve("first.xlsx"));
            Path second = TestWorkbook.create()
                    .sheet("企业", "企业编号", "企业名称", "所在区县代码")
                    .row("E2", "乙", "140100")
                    .row("E1", "甲", "140100")
                    .write(dir.resolve("second.xlsx"));

            var result = read(first, second);

            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.cell()).isEqualTo(new CellRef("second.xlsx", "企业", 3, "A"));
                assertThat(p.value()).isEqualTo("E1");
                assertThat(p.args()).containsExactly("first.xlsx 企业!A2");
            });
        }

        @Test
        void aProblemInTheSecondWorkbookNamesThatFile() throws IOException {
            Path enterprise = TestWorkbook.licencedMine().write(dir.resolve("enterprise.xlsx"));
            Path more = TestWorkbook.create()
                    .sheet("生产情况", "矿山编号", "年度", "矿石产量（t）")
                    .row("M1", 2024, 1000)
                    .row("M2", 2024, 1000)
                    .write(dir.resolve("production.xlsx"));

            var result = read(enterprise, more);

            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.cell()).isEqualTo(new CellRef("production.xlsx", "生产情况", 3, "A"));
                assertThat(p.key()).isEqualTo("ingest.unknownMine");
            });
        }

        @Test
        void aTextFileRenamedXlsxGivesOneClearProblem() throws IOException {
            Path file = Files.writeString(dir.resolve("notes.xlsx"), "企业编号,企业名称\nE1,甲\n", StandardCharsets.UTF_8);

            var result = read(file);

            assertThat(result.problems())
                    .extracting(WorkbookReaderTest::where)
                    .containsExactly(tuple("ingest.notExcel", "", 0, "", null));
            assertThat(result.problems().get(0).cell().file()).isEqualTo("notes.xlsx");
        }

        @Test
        void anEmptyFileGivesOneClearProblem() throws IOException {
            Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

            assertThat(read(file).problems()).extracting(InputProblem::key).containsExactly("ingest.notExcel");
        }

        @Test
        void aDamagedXlsxGivesOneClearProblem() throws IOException {
            byte[] whole = Files.readAllBytes(TestWorkbook.licencedMine().write(dir.resolve("whole.xlsx")));
            Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));

            assertThat(read(cut).problems()).extracting(InputProblem::key).containsExactly("ingest.corruptXlsx");
        }

        @Test
        void aMissingFileGivesOneClearProblemAndTheOtherFilesAreStillRead() throws IOException {
            Path good = TestWorkbook.licencedMine().write(dir.resolve("good.xlsx"));

            var result = read(dir.resolve("nowhere.xlsx"), good);

            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("ingest.noSuchFile");
                assertThat(p.cell().file()).isEqualTo("nowhere.xlsx");
            });
            assertThat(result.dataset().licences).hasSize(2);
        }
    }

    @Test
    void whatDatasetWriterWritesReadsBackAsEqualFacts() throws IOException {
        Dataset original = everySheetFilled();
        Path file = dir.resolve("roundtrip.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            DatasetWriter.write(original, TestRules.book().minerals(), false, out);
        }

        var result = read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.notices()).isEmpty();
        assertSameFacts(result.dataset(), original, "sheet", "row"); // where a fact was read from
        assertThat(result.dataset().rowCount()).isEqualTo(original.rowCount());
    }

    @Test
    void whatDatasetWriterWritesWithAllSheetsIncludingEmptyOnesReadsBackWithoutProblems() throws IOException {
        var bytes = new ByteArrayOutputStream();
        DatasetWriter.write(Facts.compliantMine(), TestRules.book().minerals(), true, bytes);
        Path file = Files.write(dir.resolve("all-sheets.xlsx"), bytes.toByteArray());

        var result = read(file);

        assertThat(result.problems()).isEmpty();
        assertSameFacts(result.dataset(), Facts.compliantMine(), "sheet", "row");
    }

    /** One fact of every kind with every field filled (decimals with fractions, negative elevations, dates). */
    static Dataset everySheetFilled() {
        Dataset d = Facts.licencedMine();
        d.mines.set(
                0,
                new Mine(
                        "M1",
                        "一号矿",
                        "E1",
                        "140100",
                        "coal",
                        MiningMethod.UNDERGROUND,
                        MiningTechnique.BACKFILL,
                        new BigDecimal("60.5"),
                        MineStatus.PRODUCING,
                        MineScale.LARGE,
                        LocalDate.of(2015, 7, 1),
                        new BigDecimal("900000"),
                        new BigDecimal("4.25"),
                        LandType.FOREST,
                        true,
                        false,
                        true,
                        null));
        d.licences.add(new Licence(
                "W1",
                LicenceKind.WATER_ABSTRACTION,
                "M1",
                "E1",
                List.of(),
                Facts.FROM,
                LocalDate.of(2026, 2, 28),
                LicenceStatus.SUSPENDED,
                null,
                "水利局",
                null));
        d.licences.set(
                0,
                new Licence(
                        "C1",
                        LicenceKind.MINING,
                        "M1",
                        "E1",
                        List.of("coal", "kaolin"),
                        Facts.FROM,
                        Facts.UNTIL,
                        LicenceStatus.VALID,
                        new BigDecimal("1200000"),
                        "自然资源厅",
                        null));
        d.blocks.add(new LicenceBlock("C1", 2, new BigDecimal("50.5"), new BigDecimal("-120"), null));
        d.cornerPoints.addAll(
                Facts.rectangle(ShapeOwner.LICENCE, "C1", 2, Facts.X0 + 2000.125, Facts.Y0 + 0.5, 300, 300));
        d.sites.add(new WorkingSite(
                "W1",
                "M1",
                "主井",
                SiteType.SHAFT,
                4200500.25,
                38500500.75,
                new BigDecimal("-12.5"),
                false,
                LocalDate.of(2025, 3, 1),
                null));
        d.sites.add(new WorkingSite("P1", "M1", "采场", SiteType.PIT, null, null, null, null, null, null));
        d.cornerPoints.addAll(Facts.rectangle(ShapeOwner.SITE, "P1", 1, Facts.X0 + 100, Facts.Y0 + 100, 50, 50));
        d.zones.add(new ForbiddenZone("Z1", "某自然保护区", ZoneType.NATURE_RESERVE, "省级", "省政府", null));
        d.cornerPoints.addAll(Facts.rectangle(ShapeOwner.ZONE, "Z1", 1, Facts.X0 + 5000, Facts.Y0, 100, 100));
        d.production.add(new Production(
                "M1",
                2024,
                new BigDecimal("850000"),
                new BigDecimal("92.5"),
                new BigDecimal("88"),
                new BigDecimal("61.25"),
                new BigDecimal("34567890.12"),
                null));
        d.funds.add(new FundRecord(
                "M1",
                2024,
                "6222 0000 1234",
                true,
                new BigDecimal("500000"),
                new BigDecimal("120000.5"),
                new BigDecimal("379999.5"),
                null));
        d.approvals.add(new Approval(
                "M1",
                ApprovalKind.EIA,
                "晋环审〔2019〕12号",
                LocalDate.of(2019, 5, 6),
                null,
                EiaForm.REPORT,
                new BigDecimal("900000"),
                null,
                null,
                null,
                null,
                null));
        d.approvals.add(new Approval(
                "M1",
                ApprovalKind.RECLAMATION_PLAN,
                "复垦-01",
                LocalDate.of(2020, 1, 2),
                LocalDate.of(2025, 1, 1),
                null,
                null,
                new BigDecimal("2500000"),
                new BigDecimal("9000000"),
                new BigDecimal("35.5"),
                MiningMethod.UNDERGROUND,
                null));
        d.progress.add(new RestorationProgress("M1", 2024, new BigDecimal("5"), new BigDecimal("3.75"), null));
        d.historicalMines.add(new HistoricalMine(
                "H1",
                "老采坑",
                "140100",
                new BigDecimal("2.5"),
                2020,
                TreatmentStatus.TREATED,
                LocalDate.of(2024, 10, 1),
                true,
                new BigDecimal("45"),
                4210000.0,
                38510000.0,
                null));
        d.cornerPoints.addAll(Facts.rectangle(ShapeOwner.HISTORICAL, "H1", 1, Facts.X0 - 3000, Facts.Y0, 100, 100));
        d.regions.add(new Region("140100", "某县", RegionLevel.COUNTY, "140000", null));
        d.targets.add(new RegionalTarget(
                "140100",
                TargetType.HISTORICAL_TREATMENT,
                TargetMeasure.AREA,
                2021,
                new BigDecimal("12"),
                new BigDecimal("150.5"),
                new BigDecimal("30"),
                LocalDate.of(2030, 12, 31),
                null,
                "某县方案",
                null));
        return d;
    }

    /** Every list of facts equal field by field (decimals by value, so 92.50 equals 92.5), ignoring the given fields. */
    static void assertSameFacts(Dataset actual, Dataset expected, String... ignoredFields) {
        var config = RecursiveComparisonConfiguration.builder()
                .withIgnoredFields(ignoredFields)
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build();
        List<Function<Dataset, List<?>>> lists = List.of(
                x -> x.enterprises,
                x -> x.mines,
                x -> x.licences,
                x -> x.blocks,
                x -> x.cornerPoints,
                x -> x.sites,
                x -> x.zones,
                x -> x.production,
                x -> x.funds,
                x -> x.approvals,
                x -> x.progress,
                x -> x.historicalMines,
                x -> x.regions,
                x -> x.targets);
        for (var list : lists) {
            @SuppressWarnings("unchecked")
            List<Object> facts = (List<Object>) list.apply(actual);
            assertThat(facts)
                    .usingRecursiveFieldByFieldElementComparator(config)
                    .containsExactlyInAnyOrderElementsOf(list.apply(expected));
        }
    }
}

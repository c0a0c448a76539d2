package org.minecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.minecheck.ingest.HostileCorpus.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.Finding;
import org.minecheck.model.Licence;
import org.minecheck.model.Mine;
import org.minecheck.testing.TestRules;

/**
 * The hostile and broken workbook corpus of {@code test-data/hostile/} (see its README) through the real reader: each
 * file either gives a clear problem that names file, sheet, row and column, or is read exactly right, within a bounded
 * time. {@code office/} was written by LibreOffice, {@code crafted/} by {@link HostileCorpus}; a few cases are made here
 * because they need POI (encryption, an Excel 95 file) or a live socket, or are too large to commit.
 */
class HostileWorkbookTest {
    private static final Path OFFICE = Path.of("test-data/hostile/office");
    private static final Path CRAFTED = Path.of("test-data/hostile/crafted");
    private static final LocalDate CHECK_DATE = LocalDate.of(2025, 6, 30);
    private static final String ENTERPRISES = "企业 Enterprises";
    private static final String MINES = "矿山 Mines";
    private static final String LICENCES = "证照 Licences";
    private static final String CORNERS = "拐点坐标 Corner points";

    @TempDir
    Path tmp;

    /** Reads with the real reader, failing the test if it takes longer than the bound (a hang guard, not a benchmark). */
    private static IngestResult read(int seconds, Path... files) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(seconds),
                () -> new WorkbookReader(TestRules.book().minerals()).read(List.of(files)));
    }

    private static IngestResult read(Path file) {
        return read(10, file);
    }

    /** key, sheet, row, column of each problem or notice, in the order the reader reported them. */
    private static final Function<InputProblem, Tuple> WHERE =
            p -> tuple(p.key(), p.cell().sheet(), p.cell().row(), p.cell().column());

    private static Tuple at(String key, String sheet, int row, String column) {
        return tuple(key, sheet, row, column);
    }

    private static Tuple atFile(String key) {
        return tuple(key, "", 0, "");
    }

    private static List<String> keys(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::key).toList();
    }

    /** The workbook holds exactly the compliant enterprise of the corpus, read without a problem. */
    private static void assertCompliantEnterprise(IngestResult r) {
        assertThat(r.problems()).isEmpty();
        var d = r.dataset();
        assertThat(d.enterprises).extracting(e -> e.id(), e -> e.name()).containsExactly(tuple("E1", "示范矿业有限公司"));
        assertThat(d.mines)
                .extracting(Mine::id, Mine::designCapacity, Mine::operatorId)
                .containsExactly(tuple("M1", new BigDecimal("900000"), "E1"));
        assertThat(d.licences)
                .extracting(Licence::number, Licence::validFrom, Licence::validUntil)
                .containsExactly(
                        tuple("C1", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)),
                        tuple("S1", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));
        assertThat(d.blocks).hasSize(1);
        assertThat(d.cornerPoints)
                .extracting(p -> p.x(), p -> p.y())
                .containsExactly(
                        tuple(X0, Y0), tuple(X0 + 1000, Y0), tuple(X0 + 1000, Y0 + 1000), tuple(X0, Y0 + 1000));
    }

    /**
     * The licence, boundary and geometry-data findings: the corpus's workbooks hold licence and boundary data only (no
     * approvals, production, fund or regional sheets), so the other areas would only report those records missing.
     */
    private static List<Finding> check(IngestResult r) {
        assertThat(r.problems()).isEmpty();
        return TestRules.runner().check(r.dataset(), CHECK_DATE).stream()
                .filter(f -> f.ruleId().startsWith("LIC-")
                        || f.ruleId().startsWith("BND-")
                        || f.ruleId().matches("DATA-00\\d"))
                .toList();
    }

    private static Object evidence(Finding f, String name) {
        return f.evidence().stream()
                .filter(e -> e.name().equals(name))
                .map(Evidence::value)
                .findFirst()
                .orElse(null);
    }

    // ---------------------------------------------------------------- not a workbook at all
    @Test
    void aTextFileRenamedXlsxIsRefusedAsNotAnExcelWorkbook() {
        var r = read(CRAFTED.resolve("text-renamed.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.notExcel"));
        assertThat(r.problems().get(0).cell().file()).isEqualTo("text-renamed.xlsx");
    }

    @Test
    void aWorkbookCutShortIsRefusedAsDamaged() {
        var r = read(CRAFTED.resolve("truncated.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.corruptXlsx"));
    }

    @Test
    void anOpenDocumentSpreadsheetIsRefusedWithAskToSaveAsXlsx() {
        var r = read(OFFICE.resolve("compliant.ods"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.openDocument"));
    }

    @Test
    void anExcel95WorkbookIsRefusedAsTooOldRatherThanDamaged() throws IOException {
        // LibreOffice no longer writes Excel 5.0/95; its container is an OLE2 file with a "Book" stream
        Path file = tmp.resolve("excel95.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(
                    new java.io.ByteArrayInputStream(new byte[] {0x09, 0x08, 0x08, 0, 0, 0x05, 0x05, 0}), "Book");
            fs.writeFilesystem(out);
        }

        var r = read(file);

        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.oldExcelFormat"));
    }

    @Test
    void aPasswordProtectedXlsxIsRefusedWithAskToRemoveThePassword() throws Exception {
        Path file = tmp.resolve("protected.xlsx");
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("秘密");
        try (OutputStream os = enc.getDataStream(fs)) {
            Files.copy(OFFICE.resolve("compliant.xlsx"), os);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            fs.writeFilesystem(out);
        }
        fs.close();

        var r = read(file);

        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.encrypted"));
    }

    @Test
    void aPasswordProtectedXlsIsRefusedWithAskToRemoveThePassword() throws IOException {
        Path file = tmp.resolve("protected.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(OFFICE.resolve("compliant.xls")))) {
            Biff8EncryptionKey.setCurrentUserPassword("秘密");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        var r = read(file);

        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.encrypted"));
    }

    @Test
    void anEmptyWorkbookIsRefusedRatherThanReadAsHavingNothingToCheck() {
        for (String name : List.of("empty-workbook.xlsx", "empty-workbook.xls")) {
            var r = read(OFFICE.resolve(name));

            assertThat(r.problems()).as(name).extracting(WHERE).containsExactly(atFile("ingest.noTemplateSheet"));
            assertThat(r.notices())
                    .as(name)
                    .extracting(WHERE)
                    .containsExactly(at("ingest.sheetIgnored", "Sheet1", 0, ""));
        }
    }

    // ---------------------------------------------------------------- compression and size
    @Test
    void aZipBombIsRefusedFromTheSizesItsDirectoryDeclaresWithoutUnpacking() throws IOException {
        // the bomb's packed data is overwritten with garbage: unpacking any of it would fail as damaged, so
        // "zipBomb" proves the refusal came from the directory alone
        byte[] bytes = Files.readAllBytes(CRAFTED.resolve("zip-bomb.xlsx"));
        int header = indexOf(bytes, "xl/worksheets/sheet5.xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        java.util.Arrays.fill(bytes, header + 200, header + 20_000, (byte) 0xFF);
        Path spoiled = Files.write(tmp.resolve("zip-bomb.xlsx"), bytes);

        var original = read(5, CRAFTED.resolve("zip-bomb.xlsx"));
        var r = read(5, spoiled);

        assertThat(original.problems()).extracting(WHERE).containsExactly(atFile("ingest.zipBomb"));
        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.zipBomb"));
        assertThat(r.problems().get(0).args()).containsExactly(512L);
    }

    @Test
    void aZipBombWhoseDirectoryUnderstatesItsSizeIsStoppedWhileCountingTheUnpackedBytes() {
        var r = read(5, CRAFTED.resolve("zip-bomb-lying-sizes.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.zipBomb"));
    }

    @Test
    void aWorkbookLargerThanTheConfiguredLimitIsRefusedAsTooLarge() {
        var small = IngestLimits.DEFAULT.withMaxUnpackedBytes(16 * 1024);

        var r = new WorkbookReader(TestRules.book().minerals(), small).read(List.of(OFFICE.resolve("compliant.xlsx")));

        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.zipBomb"));
    }

    @Test
    void aSheetClaimingAMillionRowsIsReadByItsRealRowsIncludingOneOnTheLastRowOfTheGrid() {
        var r = read(CRAFTED.resolve("million-rows-claimed.xlsx"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().mines)
                .extracting(Mine::id, m -> m.origin().row())
                .containsExactly(tuple("M1", 2), tuple("M2", 1_048_576));
    }

    @Test
    void aRowNumberedPastTheLastRowOfTheGridIsRefusedNamingSheetAndRow() {
        var r = read(CRAFTED.resolve("row-beyond-grid.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(at("ingest.outsideGrid", MINES, 1_048_577, ""));
        assertThat(r.problems().get(0).value()).isEqualTo("1048577");
        assertThat(r.problems().get(0).args()).containsExactly(1_048_576, "XFD");
        assertThat(r.dataset().mines).isEmpty();
    }

    @Test
    void aCellFarPastTheLastColumnIsRefusedBeforeAnyRowIsSizedByIt() {
        var r = read(CRAFTED.resolve("column-beyond-grid.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(at("ingest.outsideGrid", MINES, 2, ""));
        assertThat(r.problems().get(0).value()).isEqualTo("ZZZZZZ2");
    }

    @Test
    void aCellLongerThanASpreadsheetCellCanHoldIsRefusedNamingItsCell() throws IOException {
        Path file = tmp.resolve("long-cell.xlsx");
        var ent = new Table(
                ENTERPRISES,
                List.of(
                        enterprises().rows().get(0),
                        row(s("E1"), s("矿".repeat(40_000)), s("91140000MA0E1"), s("140100"))));
        new Xlsx().tables(replace(compliant(), ent)).write(file);

        var r = read(file);

        assertThat(r.problems()).extracting(WHERE).containsExactly(at("ingest.cellTooLong", ENTERPRISES, 2, "B"));
    }

    @Test
    void aPolygonOfOneHundredThousandCornersIsReadAndCheckedInBoundedTime() throws IOException {
        Path file = tmp.resolve("polygon-100k.xlsx");
        bigPolygon(file, 100_000);

        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(read(20, file)));

        assertThat(findings).extracting(Finding::ruleId).doesNotContain("BND-004");
    }

    // ---------------------------------------------------------------- formulas and macros
    @Test
    void formulasAreReadByTheValuesLibreOfficeCalculatedAndCachedInXlsxAndXls() {
        for (String name : List.of("formulas.xlsx", "formulas.xls")) {
            var r = read(OFFICE.resolve(name));

            assertCompliantEnterprise(r);
            assertThat(r.notices())
                    .as(name)
                    .extracting(InputProblem::key)
                    .doesNotContain("ingest.externalLinkValueUsed");
        }
    }

    @Test
    void aFormulaThatFailedToCalculateIsRefusedAtItsCell() {
        var r = read(OFFICE.resolve("formula-error.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(at("ingest.errorCell", LICENCES, 2, "I"));
        assertThat(r.problems().get(0).value()).isEqualTo("#DIV/0!");
    }

    @Test
    void aFormulaNoOfficeProgramCalculatedIsRefusedNotEvaluated() {
        var r = read(CRAFTED.resolve("formula-without-value.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(at("ingest.formulaNoValue", LICENCES, 2, "I"));
        assertThat(r.problems().get(0).value()).isEqualTo("=300000*3");
    }

    @Test
    void anExternalLinkFormulaUsesItsCachedValueWithANoticeAndNeverOpensTheOtherFile() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            Path other = tmp.resolve("capacity.xlsx");
            Path viaUrl = tmp.resolve("link-url.xlsx");
            Path viaFile = tmp.resolve("link-file.xlsx");
            externalLink(viaUrl, "http://127.0.0.1:" + server.getLocalPort() + "/capacity.xlsx");
            externalLink(viaFile, other.toUri().toString());

            for (Path file : List.of(viaUrl, viaFile, CRAFTED.resolve("external-link.xlsx"))) {
                var r = read(file);

                assertCompliantEnterprise(r);
                assertThat(r.notices()).extracting(WHERE).contains(at("ingest.externalLinkValueUsed", MINES, 2, "I"));
            }
            assertThatThrownBy(server::accept)
                    .as("nobody connected to the linked URL")
                    .isInstanceOf(SocketTimeoutException.class);
            assertThat(other).doesNotExist();
        }
    }

    @Test
    void aMacroEnabledWorkbookIsReadForItsDataWithANoticeThatTheMacrosWereNotRun() {
        for (Path file : List.of(OFFICE.resolve("compliant.xlsm"), CRAFTED.resolve("macro.xlsm"))) {
            var r = read(file);

            assertCompliantEnterprise(r);
            assertThat(r.notices())
                    .as(file.toString())
                    .extracting(WHERE)
                    .containsExactly(atFile("ingest.macrosIgnored"));
        }
    }

    @Test
    void anXmlExternalEntityIsRefusedAndNeverResolved() {
        var r = read(CRAFTED.resolve("external-entity.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(atFile("ingest.corruptXlsx"));
        assertThat(r.dataset().enterprises).isEmpty();
    }

    // ---------------------------------------------------------------- layout of sheets
    @Test
    void theCompliantWorkbookWrittenByLibreOfficeIsReadExactlyAndItsUnclosedRingClosedImplicitly() {
        var r = read(OFFICE.resolve("compliant.xlsx"));

        assertCompliantEnterprise(r);
        assertThat(r.notices()).isEmpty();
        assertThat(check(r)).isEmpty();
    }

    @Test
    void anOldOfficeXlsIsReadExactlyLikeItsXlsx() {
        var r = read(OFFICE.resolve("compliant.xls"));

        assertCompliantEnterprise(r);
        assertThat(r.notices()).isEmpty();
        assertThat(check(r)).isEmpty();
    }

    @Test
    void aHiddenSheetIsReadWithANotice() {
        var r = read(OFFICE.resolve("hidden-sheet.xlsx"));

        assertCompliantEnterprise(r);
        assertThat(r.notices()).extracting(WHERE).containsExactly(at("ingest.hiddenSheetRead", LICENCES, 0, ""));
    }

    @Test
    void hiddenColumnsAndRowsAreReadLikeTheOthersWithNoticesNamingThem() {
        for (String name : List.of("hidden-header-cells.xlsx", "hidden-header-cells.xls")) {
            var r = read(OFFICE.resolve(name));

            assertThat(r.problems()).as(name).isEmpty();
            assertThat(r.dataset().mines)
                    .as(name)
                    .extracting(Mine::id, m -> m.scale().code())
                    .containsExactly(tuple("M1", "medium"), tuple("M2", "medium"));
            assertThat(r.notices())
                    .as(name)
                    .extracting(WHERE)
                    .containsExactly(
                            at("ingest.hiddenColumnRead", MINES, 1, "H"), at("ingest.hiddenRowsRead", MINES, 3, ""));
        }
    }

    @Test
    void aHeaderMergedOverTwoColumnsBelongsToItsFirstColumnAndValuesUnderTheOtherAreIgnoredWithANotice() {
        var r = read(OFFICE.resolve("merged-header-cell.xlsx"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().enterprises)
                .extracting(e -> e.name(), e -> e.creditCode())
                .containsExactly(tuple("示范矿业有限公司", "91140000MA0E1"));
        assertThat(r.notices())
                .extracting(WHERE)
                .containsExactly(at("ingest.unheadedColumnIgnored", ENTERPRISES, 2, "C"));
    }

    @Test
    void aMergedGroupHeaderAboveTheRealHeaderIsRefusedAsMissingColumnsInItsRow() {
        var r = read(OFFICE.resolve("merged-group-header.xlsx"));

        assertThat(r.problems())
                .extracting(WHERE)
                .containsExactly(
                        at("ingest.missingColumn", CORNERS, 1, ""), at("ingest.missingColumn", CORNERS, 1, ""));
        assertThat(r.problems())
                .extracting(p -> p.args().get(0))
                .containsExactly("X坐标（m） / X (northing) (m)", "Y坐标（m） / Y (easting) (m)");
        assertThat(r.dataset().cornerPoints).isEmpty();
    }

    @Test
    void missingSheetsAreReadAsEmptyWithANoticeSoTheResultingFindingsAreExplained() {
        var r = read(OFFICE.resolve("missing-sheets.xlsx"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.notices())
                .extracting(InputProblem::key, p -> p.args().get(0))
                .containsExactly(
                        tuple("ingest.sheetMissing", "证照 Licences"),
                        tuple("ingest.sheetMissing", "矿区范围 Licensed blocks"),
                        tuple("ingest.sheetMissing", "拐点坐标 Corner points"));
        assertThat(check(r)).extracting(Finding::ruleId).contains("LIC-001");
    }

    @Test
    void theSameFieldUnderTwoHeadersIsRefusedNamingTheSecondColumnAndTheFirst() {
        var r = read(OFFICE.resolve("duplicate-headers.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(at("ingest.duplicateColumn", MINES, 1, "B"));
        assertThat(r.problems().get(0).args()).containsExactly("A");
        assertThat(r.dataset().mines).isEmpty();
    }

    // ---------------------------------------------------------------- values written as text
    @Test
    void datesWrittenAsTextInChineseAndIsoFormsAreReadAndAmbiguousOnesRefusedAtTheirCells() {
        var r = read(OFFICE.resolve("dates-as-text.xlsx"));

        assertThat(r.problems())
                .extracting(WHERE)
                .containsExactly(
                        at("ingest.expectedDate", LICENCES, 11, "F"), at("ingest.expectedDate", LICENCES, 11, "G"),
                        at("ingest.expectedDate", LICENCES, 12, "F"), at("ingest.expectedDate", LICENCES, 12, "G"));
        assertThat(r.problems())
                .extracting(InputProblem::value)
                .containsExactly("12/31/2030", "2030年12月", "30-12-31", "2030-02-30");
        var readable = r.dataset().licences.stream()
                .filter(l -> l.number().startsWith("S"))
                .toList();
        assertThat(readable).hasSize(TEXT_DATES.size() - 2).allSatisfy(l -> assertThat(
                        List.of(l.validFrom(), l.validUntil()))
                .as(l.number())
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));
    }

    @Test
    void aWorkbookCountingDatesFrom1904ReadsTheSameCalendarDates() {
        var r = read(OFFICE.resolve("date-1904.xlsx"));

        assertCompliantEnterprise(r);
    }

    @Test
    void numbersWithSeparatorsFullWidthDigitsAndTheirUnitAreReadAndOtherFormsRefusedAtTheirCells() {
        var r = read(OFFICE.resolve("numbers-as-text.xlsx"));

        assertThat(r.problems())
                .extracting(WHERE)
                .containsExactly(
                        at("ingest.expectedNumber", MINES, 8, "I"), at("ingest.expectedNumber", MINES, 9, "I"),
                        at("ingest.expectedNumber", MINES, 10, "I"), at("ingest.expectedNumber", MINES, 11, "I"));
        assertThat(r.problems())
                .extracting(InputProblem::value)
                .containsExactly("90万", "900.000,0", "9,00,000", "900000 m");
        assertThat(r.dataset().mines)
                .extracting(Mine::id, Mine::designCapacity)
                .containsExactly(
                        tuple("M1", new BigDecimal("900000")), tuple("M2", new BigDecimal("9000000")),
                        tuple("M3", new BigDecimal("900000")), tuple("M4", new BigDecimal("900000")),
                        tuple("M5", new BigDecimal("900000")), tuple("M6", new BigDecimal("900000")));
    }

    @Test
    void idsThatDifferOnlyByWidthOrInvisibleCharactersOrSpacesAroundThemAreTheSameId() {
        var r = read(OFFICE.resolve("odd-unicode-ids.xlsx"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().licences)
                .filteredOn(l -> l.number().startsWith("S"))
                .hasSize(ODD_IDS.size())
                .extracting(Licence::mineId)
                .containsOnly("M1");
    }

    @Test
    void twoMineIdsThatDifferOnlyByDigitWidthAreADuplicate() {
        var r = read(OFFICE.resolve("odd-unicode-duplicate-ids.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(at("ingest.duplicateKey", MINES, 3, "A"));
        assertThat(r.problems().get(0).args()).containsExactly(MINES + "!A2");
    }

    // ---------------------------------------------------------------- geometry
    @Test
    void swappedXAndYAreReadAsGivenAndTheLicenceShapeReportedOutOfRange() {
        var findings = check(read(OFFICE.resolve("swapped-xy.xlsx")));

        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals("BND-004"))
                .singleElement()
                .satisfies(f -> assertThat(f.subject().id()).isEqualTo("C1"))
                .satisfies(f -> assertThat(evidence(f, "problem")).isEqualTo("out-of-range"));
    }

    @Test
    void aSelfIntersectingRingIsReadAndTheLicenceShapeReportedAsSelfIntersecting() {
        var findings = check(read(OFFICE.resolve("self-intersecting-polygon.xlsx")));

        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals("BND-004"))
                .singleElement()
                .satisfies(f -> assertThat(f.subject().id()).isEqualTo("C1"))
                .satisfies(f -> assertThat(evidence(f, "problem")).isEqualTo("self-intersection"));
    }

    @Test
    void aRingOfFewerThanThreeDistinctPointsIsRefusedAtItsLastPoint() {
        var r = read(OFFICE.resolve("ring-too-small.xlsx"));

        assertThat(r.problems()).extracting(WHERE).containsExactly(at("ingest.ringTooSmall", CORNERS, 4, "D"));
        assertThat(r.problems().get(0).args()).containsExactly("C1", 2);
    }

    // ---------------------------------------------------------------- from hostile input to the Excel report

    @Test
    void textThatLooksLikeAFormulaInTheInputIsWrittenToTheExcelReportAsTextNeverAsAFormula() throws IOException {
        String name = "=HYPERLINK(\"http://127.0.0.1/x\",\"点击\")";
        String mineName = "@SUM(1+1)*cmd|' /C calc'!A0";
        Path file = tmp.resolve("formula-text.xlsx");
        var ent = new Table(
                ENTERPRISES,
                List.of(enterprises().rows().get(0), row(s("E1"), s(name), s("91140000MA0E1"), s("140100"))));
        var mines = new Table(
                MINES,
                List.of(
                        MINE_HEADER,
                        row(
                                s("-M1"),
                                s(mineName),
                                s("E1"),
                                s("140100"),
                                s("煤"),
                                s("露天开采"),
                                s("生产"),
                                s("中型"),
                                n(900000))));
        var lic = new Table(
                LICENCES,
                List.of(
                        LICENCE_HEADER,
                        row(
                                s("C1"),
                                s("采矿许可证"),
                                s("-M1"),
                                s("E1"),
                                s("煤"),
                                d("2020-01-01"),
                                d("2024-12-31"),
                                s("有效"),
                                n(900000))));
        new Xlsx()
                .tables(replace(replace(replace(compliant(), ent), mines), lic))
                .write(file);
        var service = TestRules.runner();
        var result = service.check(List.of(file), CHECK_DATE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.subject().id()).contains("-M1");
        Path report = tmp.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(report)) {
            new org.minecheck.report.ExcelReport()
                    .write(
                            result,
                            new org.minecheck.report.FindingText(
                                    TestRules.book(), org.minecheck.i18n.Texts.CHINESE, CHECK_DATE),
                            out);
        }

        var texts = new java.util.ArrayList<String>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(report))) {
            for (var sheet : wb)
                for (var r : sheet)
                    for (var c : r) {
                        // the only formulas are the report's own links between findings and evidence (a finding
                        // number or an evidence count as their text), never a text from the workbook
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                            assertThat(c.getCellFormula())
                                    .as(c.getAddress().formatAsString())
                                    .matches("HYPERLINK\\(\"#'(问题清单|证据)'!A[0-9]+\",\"([0-9]+|查看证据（[0-9]+ 行）)\"\\)");
                            continue;
                        }
                        if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
                        String v = c.getStringCellValue();
                        texts.add(v);
                        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                            assertThat(c.getCellStyle().getQuotePrefixed())
                                    .as(v)
                                    .isTrue();
                        }
                    }
        }
        assertThat(texts).contains(name, mineName, "-M1");
    }

    // ---------------------------------------------------------------- messages

    @Test
    void everyProblemAndNoticeKeyTheReaderCanReportHasAChineseAndAnEnglishMessage() throws IOException {
        var keys = new java.util.TreeSet<String>();
        try (var sources = Files.list(Path.of("src/main/java/org/minecheck/ingest"))) {
            for (Path source : sources.toList()) {
                var m = java.util.regex.Pattern.compile("\"(ingest\\.[a-zA-Z]+)\"")
                        .matcher(Files.readString(source));
                while (m.find()) keys.add(m.group(1));
            }
        }
        for (String lang : List.of("zh", "en")) {
            var messages = new java.util.Properties();
            try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/ui_" + lang + ".properties"))) {
                messages.load(in);
            }
            assertThat(keys).as(lang).isNotEmpty().allSatisfy(k -> assertThat(messages.getProperty(k))
                    .as(lang + " " + k)
                    .isNotBlank());
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new IllegalStateException("not found");
    }
}

package org.minecheck.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.MinecheckApplication;
import org.minecheck.ingest.WorkbookReader;
import org.minecheck.testing.Facts;
import org.minecheck.testing.TestRules;
import org.minecheck.testing.TestWorkbook;

/**
 * The command line end to end: the real Spring Boot application started in-process with the arguments a user types,
 * its standard output captured and its exit code returned, exactly as {@code java -jar minecheck.jar ...} would run.
 */
class CheckCommandLineTest {

    @TempDir
    Path dir;

    /** The exit code, standard output (the requested output) and standard error (problems and errors). */
    record Run(int exitCode, String out, String err) {}

    /** Runs the application as main does (minus System.exit) and captures what it printed. */
    static Run run(String... args) {
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        var bytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            int code = MinecheckApplication.run(args);
            System.out.flush();
            System.err.flush();
            return new Run(code, bytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
    }

    private static String path(Path p) {
        return p.toAbsolutePath().toString();
    }

    /** M1's mining licence C1 expired on 2024-12-31: on 2025-06-30 a critical LIC-001. */
    private Path expiredLicence() throws IOException {
        return TestWorkbook.oneMine("甲公司", LocalDate.of(2024, 12, 31)).write(dir.resolve("expired.xlsx"));
    }

    /** C1 expires on 2025-08-31: on 2025-06-30 only the LIC-002 warning. */
    private Path licenceAboutToExpire() throws IOException {
        return TestWorkbook.oneMine("甲公司", LocalDate.of(2025, 8, 31)).write(dir.resolve("expiring.xlsx"));
    }

    private Path brokenWorkbook() throws IOException {
        TestWorkbook book = TestWorkbook.compliantMine();
        book.sheetNamed("证照").row("S2", "安全生产许可证", "M1", "E1", null, "2020-01-01", "2030-13-01", "有效");
        return book.write(dir.resolve("broken.xlsx"));
    }

    @Nested
    class Check {

        @Test
        void printsATableWithTheRuleIdAndTheSummaryAndExits1OnACriticalFinding() throws IOException {
            var run = run("check", path(expiredLicence()), "--as-of", "2025-06-30");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out())
                    .contains("规则", "严重程度", "LIC-001", "严重", "M1")
                    .contains("发现问题 1 项，检查日期 2025-06-30，数据文件：expired.xlsx")
                    .contains("汇总：按领域和严重程度", "LIC");
        }

        @Test
        void exits0WhenEveryFindingIsBelowFailOnAnd1WhenFailOnReachesIt() throws IOException {
            Path file = licenceAboutToExpire();

            var byDefault = run("check", path(file), "--as-of", "2025-06-30");
            var onWarning = run("check", path(file), "--as-of", "2025-06-30", "--fail-on", "warning");

            assertThat(byDefault.out()).contains("LIC-002").doesNotContain("LIC-001");
            assertThat(byDefault.exitCode()).isZero();
            assertThat(onWarning.exitCode()).isEqualTo(1);
        }

        @Test
        void exits0WithFailOnAboveTheMostSeriousFindingPresent() throws IOException {
            var run = run("check", path(licenceAboutToExpire()), "--as-of", "2025-06-30", "--fail-on", "major");

            assertThat(run.out()).contains("LIC-002");
            assertThat(run.exitCode()).isZero();
        }

        @Test
        void exits2ForAnUnreadableWorkbookAndPrintsWhereAndWhy() throws IOException {
            var run = run("check", path(brokenWorkbook()), "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err())
                    .contains("The input has 1 problem(s); nothing was checked")
                    .contains(
                            "file broken.xlsx, sheet \"证照\", row 4, column G: a date expected (e.g. 2025-06-30) (found \"2030-13-01\")")
                    .doesNotContain("Exception");
        }

        @Test
        void exits2ForAFileThatIsNotAWorkbook() throws IOException {
            Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");

            var run = run("check", path(text), "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("file notes.xlsx: not an Excel workbook");
        }

        @Test
        void writesParseableJsonToTheOutFile() throws IOException {
            Path json = dir.resolve("f.json");

            var run = run(
                    "check", path(expiredLicence()), "--as-of", "2025-06-30", "--format", "json", "--out", path(json));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("f.json");
            JsonNode report = new ObjectMapper().readTree(json.toFile());
            assertThat(report.get("checkDate").asText()).isEqualTo("2025-06-30");
            assertThat(report.get("findings"))
                    .extracting(f -> f.get("ruleId").asText())
                    .contains("LIC-001");
        }

        @Test
        void jsonWithoutAnOutFileIsTheOnlyThingOnStandardOutput() throws IOException {
            var run = run("check", path(expiredLicence()), "--as-of", "2025-06-30", "--format", "json", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(1);
            JsonNode report = new ObjectMapper().readTree(run.out());
            assertThat(report.get("language").asText()).isEqualTo("en");
            assertThat(report.get("findings")).isNotEmpty();
        }

        @Test
        void writesAnExcelReport() throws IOException {
            Path xlsx = dir.resolve("r.xlsx");

            var run = run(
                    "check", path(expiredLicence()), "--as-of", "2025-06-30", "--format", "xlsx", "--out", path(xlsx));

            assertThat(run.exitCode()).isEqualTo(1);
            try (InputStream in = Files.newInputStream(xlsx);
                    var wb = new XSSFWorkbook(in)) {
                // the summary sheet comes first, the findings second
                assertThat(wb.getSheet("问题清单").getRow(1).getCell(0).getStringCellValue())
                        .isEqualTo("LIC-001");
            }
        }

        @Test
        void langEnPrintsEnglishHeadersAndMessages() throws IOException {
            var run = run("check", path(expiredLicence()), "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.out())
                    .contains("Rule", "Severity", "Subject", "What is wrong", "Critical")
                    .contains("1 finding as of 2025-06-30, data: expired.xlsx", "Summary by area and severity")
                    .doesNotContain("规则", "严重程度");
        }

        @Test
        void widthFitsEveryLineAndDetailsAddTheBasisEvidenceAndFix() throws IOException {
            String file = path(expiredLicence());
            var compact = run("check", file, "--as-of", "2025-06-30", "--lang", "en", "--width", "60");
            var details = run("check", file, "--as-of", "2025-06-30", "--lang", "en", "--width", "60", "--details");
            var tooNarrow = run("check", file, "--as-of", "2025-06-30", "--width", "12");

            assertThat(compact.out().lines())
                    .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
            assertThat(compact.out()).doesNotContain("Basis: ");
            assertThat(details.out().lines()).allSatisfy(l -> assertThat(org.minecheck.report.Table.width(l))
                    .isLessThanOrEqualTo(60));
            assertThat(details.out()).contains("    Basis: ", "    Evidence: ", "    Rectification: ");
            assertThat(tooNarrow.exitCode()).isEqualTo(2);
            assertThat(tooNarrow.err()).contains("--width");
        }

        @Test
        void checksSeveralWorkbooksAtOnceWithFactsFromBothMeetingInOneRule() throws IOException {
            Path enterprise = TestWorkbook.compliantMine().write(dir.resolve("enterprise.xlsx"));
            Path reference = TestWorkbook.create()
                    .sheet("禁止开采区", "区域编号", "区域名称", "区域类型")
                    .row("Z1", "某自然保护区", "自然保护区")
                    .sheet("拐点坐标", "对象类型", "对象编号", "点号", "X坐标", "Y坐标")
                    .row("禁止开采区", "Z1", 1, Facts.X0 + 900, Facts.Y0 + 900)
                    .row("禁止开采区", "Z1", 2, Facts.X0 + 1500, Facts.Y0 + 900)
                    .row("禁止开采区", "Z1", 3, Facts.X0 + 1500, Facts.Y0 + 1500)
                    .row("禁止开采区", "Z1", 4, Facts.X0 + 900, Facts.Y0 + 1500)
                    .write(dir.resolve("zones.xlsx"));

            var run = run("check", path(enterprise), path(reference), "--as-of", "2025-12-31");
            var optionsFirst = run("check", "--as-of", "2025-12-31", path(enterprise), path(reference));

            // the licensed area of C1 (enterprise.xlsx) overlaps nature reserve Z1 (zones.xlsx) by 100 m × 100 m
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("BND-003", "10000", "enterprise.xlsx, zones.xlsx");
            assertThat(optionsFirst.out()).isEqualTo(run.out());
        }

        @Test
        void aFileNameWithSpacesStaysOneFile() throws IOException {
            Path spaced = Files.createDirectories(dir.resolve("my data")).resolve("mine 2025.xlsx");
            TestWorkbook.oneMine("甲公司", LocalDate.of(2024, 12, 31)).write(spaced);

            var run = run("check", path(spaced), "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("LIC-001", "data: mine 2025.xlsx");
        }
    }

    @Nested
    class UsageMistakes {

        @Test
        void anOptionWithoutItsValueIsRefusedWithExitCode2() throws IOException {
            var run = run("check", path(expiredLicence()), "--as-of");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--as-of");
        }

        @Test
        void anUnknownOptionIsRefusedRatherThanIgnored() throws IOException {
            var run = run("check", path(licenceAboutToExpire()), "--as-of", "2025-06-30", "--failon", "warning");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("unknown option --failon", "--fail-on");
        }

        @Test
        void anUnknownCommandNamesTheCommandsThereAreWithoutAStackTrace() {
            var run = run("chek", "a.xlsx");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err())
                    .contains("unknown command: chek", "check", "template", "rules")
                    .doesNotContain("Exception", "\tat ");
        }

        @Test
        void aDateThatIsNotADateIsRefused() throws IOException {
            var run = run("check", path(expiredLicence()), "--as-of", "2025-13-01", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--as-of expects YYYY-MM-DD: 2025-13-01");
        }

        @Test
        void checkWithoutAWorkbookIsRefused() {
            var run = run("check", "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("name at least one workbook");
        }

        @Test
        void helpForACommandListsItsOptions() {
            var run = run("check", "--help", "--lang", "en");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out())
                    .contains("check FILE [FILE ...] --as-of YYYY-MM-DD", "--as-of", "--fail-on", "--format", "--lang");
            // one option a line: the synopsis is not run together with the options
            assertThat(run.out().lines().filter(l -> l.strip().startsWith("--")))
                    .hasSizeGreaterThanOrEqualTo(6);
        }

        @Test
        void helpAtTheTopLevelListsTheCommandsInEitherLanguage() {
            for (String flag : List.of("--help", "-h", "help")) {
                var run = run(flag);
                assertThat(run.exitCode()).as(flag).isZero();
                assertThat(run.out()).as(flag).contains("用法", "check", "template", "rules", "version");
            }
            var en = run("help", "--lang", "en");
            assertThat(en.out()).contains("Usage: minecheck COMMAND", "check", "Check one or more workbooks");
            var one = run("help", "rules", "--lang", "en");
            assertThat(one.out()).contains("rules [--lang zh|en]", "--as-of");
        }

        @Test
        void checkHelpInChineseByDefault() {
            var run = run("check", "-h");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("check 文件 [文件 ...]", "检查日期");
        }

        @Test
        void versionPrintsTheVersion() {
            var run = run("version");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("minecheck ");
        }

        @Test
        void anUnknownLanguageIsAUsageError() throws IOException {
            var run = run("check", path(expiredLicence()), "--as-of", "2025-06-30", "--lang", "fr");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--lang", "fr");
        }

        @Test
        void theExitCodeOfOneRunDoesNotLeakIntoTheNext() throws IOException {
            assertThat(run("check", path(brokenWorkbook()), "--as-of", "2025-06-30")
                            .exitCode())
                    .isEqualTo(2);
            assertThat(run("rules").exitCode()).isZero();
        }
    }

    @Test
    void templateWritesAWorkbookTheReaderAccepts() {
        Path out = dir.resolve("x.xlsx");

        var run = run("template", "--out", path(out));

        assertThat(run.exitCode()).isZero();
        assertThat(out).isRegularFile();
        var read = new WorkbookReader(TestRules.book().minerals()).read(List.of(out));
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void rulesListsTheRuleIdsWithTheirTitles() {
        var run = run("rules", "--lang", "en", "--as-of", "2025-06-30");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("LIC-001  Producing mine without a valid mining licence")
                .contains("BND-004  Licensed area missing or invalid")
                .contains("basis as of 2025-06-30");
    }
}

package org.minecheck.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.MinecheckApplication;
import org.minecheck.testing.TestWorkbook;

/**
 * Issue 8 on the command line: nothing lost (outputs never over an input or an existing file), nothing falsely clean
 * (exit status 3 when no mine was read, impossible values refused), usage mistakes refused. Standard output and
 * standard error are read together: where a message goes is the shell's business, what it says is asserted here.
 */
class SafeCommandLineTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out) {}

    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int code = MinecheckApplication.run(args);
            both.flush();
            return new Run(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static String path(Path p) {
        return p.toString();
    }

    /** M1's mining licence C1 expired on 2024-12-31: on 2025-06-30 a critical LIC-001 (exit 1). */
    private Path expired() throws IOException {
        return TestWorkbook.oneMine("甲公司", LocalDate.of(2024, 12, 31)).write(dir.resolve("x.xlsx"));
    }

    @Nested
    class NothingLost {

        @Test
        void checkRefusesToWriteItsReportOverTheInputHoweverItIsSpelled() throws IOException {
            Path input = expired();
            byte[] before = Files.readAllBytes(input);
            Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), input);
            Files.createDirectories(dir.resolve("sub"));
            String dotted = dir.resolve("sub")
                    .resolve(".")
                    .resolve("..")
                    .resolve("x.xlsx")
                    .toString();

            for (String out : new String[] {path(input), path(link), dotted}) {
                var run = run(
                        "check",
                        path(input),
                        "--as-of",
                        "2025-06-30",
                        "--format",
                        "xlsx",
                        "--out",
                        out,
                        "--force",
                        "--lang",
                        "en");
                assertThat(run.exitCode()).as(out).isEqualTo(2);
                assertThat(run.out()).contains("cannot write the report to " + out + ": it is the input");
            }
            var json = run(
                    "check",
                    path(input),
                    "--as-of",
                    "2025-06-30",
                    "--format",
                    "json",
                    "--out",
                    path(input),
                    "--lang",
                    "en");
            assertThat(json.exitCode()).isEqualTo(2);
            assertThat(json.out()).contains("the file name must end in .json");
            assertThat(Files.readAllBytes(input)).isEqualTo(before);
        }

        @Test
        void anExistingReportIsReplacedOnlyWithForce() throws IOException {
            Path input = expired();
            Path report = Files.writeString(dir.resolve("r.json"), "last month's report");

            var refused = run(
                    "check",
                    path(input),
                    "--as-of",
                    "2025-06-30",
                    "--format",
                    "json",
                    "--out",
                    path(report),
                    "--lang",
                    "en");
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.out())
                    .contains("cannot write the report to " + report
                            + ": the file already exists; give --force to replace it");
            assertThat(Files.readString(report)).isEqualTo("last month's report");

            var forced = run(
                    "check",
                    path(input),
                    "--as-of",
                    "2025-06-30",
                    "--format",
                    "json",
                    "--out",
                    path(report),
                    "--force");
            assertThat(forced.exitCode()).isEqualTo(1);
            assertThat(new ObjectMapper().readTree(report.toFile()).get("findings"))
                    .isNotEmpty();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("x.xlsx", "r.json");
            }
        }

        @Test
        void aBadInputDoesNotWriteItsErrorsOverAnExistingFileButDoesIntoANewOne() throws IOException {
            TestWorkbook book = TestWorkbook.compliantMine();
            book.sheetNamed("证照").row("S2", "安全生产许可证", "M1", "E1", null, "2020-01-01", "2030-13-01", "有效");
            Path broken = book.write(dir.resolve("broken.xlsx"));
            Path old = Files.writeString(dir.resolve("old.json"), "keep me");
            Path fresh = dir.resolve("errors.json");

            var refused = run("check", path(broken), "--as-of", "2025-06-30", "--format", "json", "--out", path(old));
            var written = run("check", path(broken), "--as-of", "2025-06-30", "--format", "json", "--out", path(fresh));

            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(Files.readString(old)).isEqualTo("keep me");
            assertThat(written.exitCode()).isEqualTo(2);
            var json = new ObjectMapper().readTree(fresh.toFile());
            assertThat(json.get("errors")).hasSize(1);
            assertThat(json.get("checked").get("nothingChecked").asBoolean()).isTrue();
        }

        @Test
        void aMissingFolderIsSaidInWordsBeforeAnythingIsChecked() throws IOException {
            Path out = dir.resolve("reports").resolve("r.xlsx");

            var run = run(
                    "check",
                    path(expired()),
                    "--as-of",
                    "2025-06-30",
                    "--format",
                    "xlsx",
                    "--out",
                    path(out),
                    "--lang",
                    "en");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out())
                    .contains("cannot write the report to " + out + ": folder " + dir.resolve("reports")
                            + " does not exist")
                    .doesNotContain("Exception", "LIC-001");
        }

        @Test
        void templateDemoAndGenerateNeverOverwriteAFilledWorkbookWithoutForce() throws IOException {
            Path filled = expired();
            byte[] before = Files.readAllBytes(filled);

            for (String command : new String[] {"template", "demo", "generate"}) {
                var run = run(command, "--out", path(filled));
                assertThat(run.exitCode()).as(command).isEqualTo(2);
                assertThat(run.out()).as(command).contains(path(filled), "--force");
                assertThat(Files.readAllBytes(filled)).as(command).isEqualTo(before);
            }
            var wrongName = run("template", "--out", path(dir.resolve("my.json")));
            assertThat(wrongName.exitCode()).isEqualTo(2);
            assertThat(wrongName.out()).contains(".xlsx");

            var forced = run("template", "--out", path(filled), "--force");
            assertThat(forced.exitCode()).isZero();
            assertThat(Files.readAllBytes(filled)).isNotEqualTo(before);
        }
    }

    @Nested
    class NothingFalselyClean {

        @Test
        void theBlankTemplateIsNothingToCheckNotClean() throws IOException {
            Path template = dir.resolve("blank.xlsx");
            assertThat(run("template", "--out", path(template)).exitCode()).isZero();

            var run = run("check", path(template), "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out())
                    .contains(
                            "Read and checked: 0 enterprise(s), 0 mine(s), 0 licence(s)",
                            "No mine was read: nothing was checked")
                    .doesNotContain("No findings.");
        }

        @Test
        void aWorkbookWithOnlyAnEnterpriseRowIsNothingToCheckInEveryFormat() throws IOException {
            Path file = TestWorkbook.create()
                    .sheet("企业", "企业编号", "企业名称", "所在区县代码")
                    .row("E1", "甲矿业", "140100")
                    .write(dir.resolve("e.xlsx"));

            var table = run("check", path(file), "--as-of", "2025-06-30");
            var json = run("check", path(file), "--as-of", "2025-06-30", "--format", "json");

            assertThat(table.exitCode()).isEqualTo(3);
            assertThat(table.out()).contains("已读取并检查：企业 1 家，矿山 0 座", "未读到任何矿山").doesNotContain("未发现问题");
            assertThat(json.exitCode()).isEqualTo(3);
            var checked = new ObjectMapper().readTree(json.out()).get("checked");
            assertThat(checked.get("enterprises").asInt()).isEqualTo(1);
            assertThat(checked.get("nothingChecked").asBoolean()).isTrue();
        }

        @Test
        void twentyThousandRandomEnterpriseIdsAreNothingToCheck() throws IOException {
            Path file = dir.resolve("ids.xlsx");
            Random random = new Random(8);
            SXSSFWorkbook wb = new SXSSFWorkbook(100);
            try (OutputStream out = Files.newOutputStream(file)) {
                var s = wb.createSheet("企业");
                var h = s.createRow(0);
                h.createCell(0).setCellValue("企业编号");
                h.createCell(1).setCellValue("企业名称");
                h.createCell(2).setCellValue("所在区县代码");
                for (int r = 1; r <= 20_000; r++) {
                    var row = s.createRow(r);
                    row.createCell(0).setCellValue(Long.toHexString(random.nextLong()));
                    row.createCell(1).setCellValue("企业" + r);
                    row.createCell(2).setCellValue("140100");
                }
                wb.write(out);
            } finally {
                wb.dispose();
                wb.close();
            }

            var run = run("check", path(file), "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out()).contains("20,000 enterprise(s), 0 mine(s)");
        }

        @Test
        void aCheckedMineSaysWhatWasRead() throws IOException {
            var run = run("check", path(expired()), "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(1);
            // the line wraps at the output's width (100 columns when not a terminal): read it joined
            assertThat(run.out().replace("\n  ", " "))
                    .contains("Read and checked: 1 enterprise(s), 1 mine(s), 2 licence(s), "
                            + "0 working site(s), 0 historical-mine patch(es); yearly records: 2024");
        }

        /** Plan cost 12,000,000 over 6,000,000 t, 800,000 t mined: 1,600,000 yuan required, 1,000,000 provisioned. */
        private Path underProvisioned(Object output) throws IOException {
            TestWorkbook full = TestWorkbook.compliantMine();
            full.without("生产情况").without("治理恢复基金");
            full.sheet("生产情况", "矿山编号", "年度", "矿石产量", "开采回采率", "选矿回收率", "综合利用率").row("M1", 2024, output, 92, 80, 80);
            full.sheet("治理恢复基金", "矿山编号", "年度", "基金账户", "已报送计提使用计划", "本年计提金额", "本年使用金额", "年末余额")
                    .row("M1", 2024, "FA-M1", "是", 1000000, 1000000, 0);
            return full.write(dir.resolve("fund-" + output + ".xlsx"));
        }

        @Test
        void negativeOutputCanNoLongerTurnFnd001Quiet() throws IOException {
            var honest = run(
                    "check",
                    path(underProvisioned(800000)),
                    "--as-of",
                    "2025-06-30",
                    "--fail-on",
                    "major",
                    "--lang",
                    "en");
            var negative = run(
                    "check",
                    path(underProvisioned(-800000)),
                    "--as-of",
                    "2025-06-30",
                    "--fail-on",
                    "major",
                    "--lang",
                    "en");

            assertThat(honest.exitCode()).isEqualTo(1);
            assertThat(honest.out()).contains("FND-001");
            // before: the required provision came out negative, FND-001 stayed quiet and the exit status was 0
            assertThat(negative.exitCode()).isEqualTo(2);
            assertThat(negative.out())
                    .contains("sheet \"生产情况\", row 2, column C: a number of 0 or more expected")
                    .doesNotContain("FND-001");
        }
    }

    @Nested
    class UsageMistakes {

        @Test
        void anEmptyAsOfOrOneOutside1949To2100IsAUsageError() throws IOException {
            Path file = expired();

            for (String date : new String[] {"", " ", "1948-12-31", "2101-01-01"}) {
                var run = run("check", path(file), "--as-of", date, "--lang", "en");
                assertThat(run.exitCode()).as("[" + date + "]").isEqualTo(2);
                assertThat(run.out()).as(date).contains("--as-of");
            }
            // a date inside the window is a check (what it finds on that date is the rules' business)
            assertThat(run("check", path(file), "--as-of", "1949-10-01").exitCode())
                    .isIn(0, 1);
        }

        @Test
        void outWithTheTableFormatIsAUsageError() throws IOException {
            Path out = dir.resolve("r.json");

            var run = run("check", path(expired()), "--as-of", "2025-06-30", "--out", path(out), "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).contains("--out", "--format json", "--format xlsx");
            assertThat(out).doesNotExist();
        }

        @Test
        void aFolderAsInputIsNamedAsAFolder() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("inbox"));

            var run = run("check", path(folder), "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).contains("is a folder, not a workbook").doesNotContain("no such file");
        }

        @Test
        void theSameFileTwiceIsReadOnceWithANotice() throws IOException {
            Path file = expired();

            var run = run("check", path(file), path(file), "--as-of", "2025-06-30", "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("named twice: it was read once").doesNotContain("duplicate id");
        }
    }
}

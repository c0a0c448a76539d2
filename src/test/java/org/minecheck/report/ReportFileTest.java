package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.i18n.Texts;
import org.minecheck.report.ReportFile.Format;

/** The safe writer: never over an input, never over a file without force, never a half-written file. */
class ReportFileTest {

    @TempDir
    Path dir;

    private static ReportFile.Body text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("x.xlsx"), "the enterprise's workbook");
    }

    @Test
    void writesANewFileAndLeavesNothingElseBesideIt() throws IOException {
        ReportFile.prepare(dir.resolve("r.json").toString(), Format.JSON_REPORT, List.of(), false)
                .write(text("{}"));

        assertThat(Files.readString(dir.resolve("r.json"))).isEqualTo("{}");
        assertThat(names()).containsExactly("r.json");
    }

    @Test
    void refusesAnExistingFileWithoutForceAndReplacesItWithForce() throws IOException {
        Path r = Files.writeString(dir.resolve("r.json"), "previous");

        assertThatThrownBy(() -> ReportFile.prepare(r.toString(), Format.JSON_REPORT, List.of(), false))
                .isInstanceOfSatisfying(ReportFileException.class, e -> {
                    assertThat(e.message(Texts.ENGLISH))
                            .isEqualTo("cannot write the report to " + r
                                    + ": the file already exists; give --force to replace it");
                    assertThat(e.message(Texts.CHINESE)).isEqualTo("无法将报告写入 " + r + "：文件已存在；如需覆盖请加 --force");
                });
        assertThat(Files.readString(r)).isEqualTo("previous");

        ReportFile.prepare(r.toString(), Format.JSON_REPORT, List.of(), true).write(text("new"));
        assertThat(Files.readString(r)).isEqualTo("new");
        assertThat(names()).containsExactly("r.json");
    }

    @Test
    void neverWritesOverAnInputEvenWithForceHoweverItIsSpelled() throws IOException {
        Path x = input();
        Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), x);
        Path hard = Files.createLink(dir.resolve("hard.xlsx"), x);
        String dotted =
                dir.resolve("sub").resolve(".").resolve("..").resolve("x.xlsx").toString();

        for (String out : List.of(x.toString(), link.toString(), hard.toString(), dotted)) {
            assertThatThrownBy(() -> ReportFile.prepare(out, Format.EXCEL_REPORT, List.of(x), true))
                    .as(out)
                    .isInstanceOfSatisfying(ReportFileException.class, e -> assertThat(e.message(Texts.ENGLISH))
                            .contains("it is the input " + x));
        }
        // the input given through a link is caught the other way round too
        assertThatThrownBy(() -> ReportFile.prepare(x.toString(), Format.EXCEL_REPORT, List.of(link), true))
                .isInstanceOf(ReportFileException.class);
        assertThat(Files.readString(x)).isEqualTo("the enterprise's workbook");
    }

    @Test
    void writesThroughASymlinkToAnEarlierReportAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "previous");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        ReportFile.prepare(link.toString(), Format.JSON_REPORT, List.of(), true).write(text("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void refusesAnExtensionThatDoesNotMatchTheFormat() {
        assertThatThrownBy(
                        () -> ReportFile.prepare(dir.resolve("r.xlsx").toString(), Format.JSON_REPORT, List.of(), true))
                .isInstanceOfSatisfying(ReportFileException.class, e -> assertThat(e.message(Texts.ENGLISH))
                        .endsWith("the file name must end in .json for this format"));
        assertThatThrownBy(() ->
                        ReportFile.prepare(dir.resolve("r.json").toString(), Format.EXCEL_REPORT, List.of(), true))
                .isInstanceOf(ReportFileException.class);
        assertThatThrownBy(() -> ReportFile.prepare(dir.resolve("my").toString(), Format.WORKBOOK, List.of(), true))
                .isInstanceOfSatisfying(ReportFileException.class, e -> assertThat(e.message(Texts.ENGLISH))
                        .startsWith("cannot write the workbook to"));
        assertThatThrownBy(() -> ReportFile.prepare(dir.resolve(".xlsx").toString(), Format.WORKBOOK, List.of(), true))
                .isInstanceOf(ReportFileException.class);
    }

    @Test
    void saysWhichFolderDoesNotExistOrIsNotAFolder() throws IOException {
        Path out = dir.resolve("missing").resolve("r.xlsx");
        assertThatThrownBy(() -> ReportFile.prepare(out.toString(), Format.EXCEL_REPORT, List.of(), false))
                .isInstanceOfSatisfying(ReportFileException.class, e -> {
                    assertThat(e.message(Texts.ENGLISH))
                            .isEqualTo("cannot write the report to " + out + ": folder " + dir.resolve("missing")
                                    + " does not exist");
                    assertThat(e.message(Texts.CHINESE))
                            .isEqualTo("无法将报告写入 " + out + "：目录 " + dir.resolve("missing") + " 不存在");
                });
        Path file = Files.writeString(dir.resolve("plain"), "");
        assertThatThrownBy(() ->
                        ReportFile.prepare(file.resolve("r.xlsx").toString(), Format.EXCEL_REPORT, List.of(), false))
                .isInstanceOfSatisfying(ReportFileException.class, e -> assertThat(e.message(Texts.ENGLISH))
                        .endsWith(file + " is not a folder"));
    }

    @Test
    void refusesAFolderOrAFifoAsTarget() throws Exception {
        Files.createDirectories(dir.resolve("d.xlsx"));
        assertThatThrownBy(() ->
                        ReportFile.prepare(dir.resolve("d.xlsx").toString(), Format.EXCEL_REPORT, List.of(), true))
                .isInstanceOfSatisfying(ReportFileException.class, e -> assertThat(e.message(Texts.ENGLISH))
                        .endsWith(": it is a folder"));
        Path fifo = dir.resolve("p.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        assertThatThrownBy(() -> ReportFile.prepare(fifo.toString(), Format.JSON_REPORT, List.of(), true))
                .isInstanceOfSatisfying(ReportFileException.class, e -> assertThat(e.message(Texts.ENGLISH))
                        .contains("not a regular file"));
    }

    @Test
    void aFailingWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path r = Files.writeString(dir.resolve("r.json"), "previous");
        ReportFile file = ReportFile.prepare(r.toString(), Format.JSON_REPORT, List.of(), true);

        assertThatThrownBy(() -> file.write(out -> {
                    out.write("half a rep".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }))
                .isInstanceOfSatisfying(ReportFileException.class, e -> assertThat(e.message(Texts.ENGLISH))
                        .isEqualTo(
                                "cannot write the report to " + r + ": No space left on device; nothing was replaced"));
        assertThatThrownBy(() -> file.write(out -> {
                    out.write(1);
                    throw new IllegalStateException("a bug of ours");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(r)).isEqualTo("previous");
        assertThat(names()).containsExactly("r.json");
    }

    @Test
    void withoutForceAFileThatAppearsMeanwhileIsNotReplaced() throws IOException {
        Path r = dir.resolve("r.json");
        ReportFile file = ReportFile.prepare(r.toString(), Format.JSON_REPORT, List.of(), false);

        assertThatThrownBy(() -> file.write(out -> {
                    Files.writeString(r, "another run's report");
                    out.write('x');
                }))
                .isInstanceOfSatisfying(
                        ReportFileException.class, e -> assertThat(e.key()).isEqualTo("report.file.appeared"));

        assertThat(Files.readString(r)).isEqualTo("another run's report");
        assertThat(names()).containsExactly("r.json");
    }

    @Test
    void removesTemporaryFilesOfDeadProcessesButNotOfLiveOnes() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            Path dead = Files.writeString(dir.resolve(".r.json." + done.pid() + ".1a" + ReportFile.TEMP_SUFFIX), "x");
            Path live =
                    Files.writeString(dir.resolve(".r.json." + running.pid() + ".2b" + ReportFile.TEMP_SUFFIX), "x");
            Path other = Files.writeString(dir.resolve(".s.json." + done.pid() + ".3c" + ReportFile.TEMP_SUFFIX), "x");

            ReportFile.prepare(dir.resolve("r.json").toString(), Format.JSON_REPORT, List.of(), false)
                    .write(text("{}"));

            assertThat(dead).doesNotExist();
            assertThat(live).exists();
            assertThat(other)
                    .as("another target's leftovers go when that target is written")
                    .exists();
        } finally {
            running.destroyForcibly();
        }
    }

    @Test
    void poiKeepsItsTemporarySheetsInThisProcesssFolderAndDisposeEmptiesIt() throws Exception {
        Path folder = PoiTempFiles.install();
        assertThat(folder.getFileName().toString())
                .startsWith("minecheck-poi-" + ProcessHandle.current().pid() + "-");
        SXSSFWorkbook wb = new SXSSFWorkbook(10);
        try {
            var s = wb.createSheet("a");
            for (int i = 0; i < 100; i++) s.createRow(i).createCell(0).setCellValue("row " + i);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.count()).isPositive();
            }
        } finally {
            wb.dispose();
            wb.close();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.count()).isZero();
        }
    }

    @Test
    void removesPoiFoldersOfDeadProcesses() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        Path stale = Files.createDirectories(dir.resolve(PoiTempFiles.PREFIX + done.pid() + "-123"));
        Files.writeString(stale.resolve("poi-sxssf-sheet1.xml"), "x".repeat(1000));
        Path mine = Files.createDirectories(
                dir.resolve(PoiTempFiles.PREFIX + ProcessHandle.current().pid() + "-9"));

        PoiTempFiles.cleanStale(dir);

        assertThat(stale).doesNotExist();
        assertThat(mine).exists();
    }
}

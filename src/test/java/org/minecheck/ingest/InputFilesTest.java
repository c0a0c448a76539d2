package org.minecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.i18n.Texts;
import org.minecheck.report.ProblemText;
import org.minecheck.testing.TestRules;
import org.minecheck.testing.TestWorkbook;

/**
 * What the reader is given before any cell (issue 8): folders, FIFOs and devices named as such, a file named twice,
 * region codes against the Regions sheet, and inputs in which nothing can be checked.
 */
class InputFilesTest {

    @TempDir
    Path dir;

    private IngestResult read(Path... files) {
        return new WorkbookReader(TestRules.book().minerals()).read(List.of(files));
    }

    private static String line(InputProblem p) {
        return ProblemText.line(p, Texts.ENGLISH);
    }

    @Test
    void aFolderIsNamedAsAFolderNotAsAMissingFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("submissions"));

        var result = read(folder);

        assertThat(result.problems())
                .extracting(InputFilesTest::line)
                .containsExactly("file submissions: " + folder
                        + " is a folder, not a workbook; name the .xlsx or .xls files in it");
    }

    @Test
    @Timeout(20)
    void aFifoIsNamedAsSuchAndNeverOpened() throws Exception {
        Path fifo = dir.resolve("pipe.xlsx");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");

        var result = read(fifo);

        assertThat(result.problems()).extracting(InputProblem::key).containsExactly("ingest.isFifo");
        assertThat(ProblemText.what(result.problems().get(0), Texts.CHINESE)).contains("命名管道");
    }

    @Test
    void aDeviceIsNamedAsSuch() {
        Path dev = Path.of("/dev/null");
        assumeTrue(Files.exists(dev));

        assertThat(read(dev).problems()).extracting(InputProblem::key).containsExactly("ingest.isDevice");
    }

    @Test
    void aMissingFileIsStillAMissingFile() {
        assertThat(read(dir.resolve("nope.xlsx")).problems())
                .extracting(InputProblem::key)
                .containsExactly("ingest.noSuchFile");
    }

    @Test
    void theSameFileNamedTwiceIsReadOnceWithANoticeNotAsDuplicatesOfItself() throws IOException {
        Path file = TestWorkbook.compliantMine().write(dir.resolve("mine.xlsx"));
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), file);
        Files.createDirectories(dir.resolve("sub"));

        var result = read(file, link, dir.resolve("sub").resolve("..").resolve("mine.xlsx"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().mines).hasSize(1);
        assertThat(result.notices())
                .extracting(InputProblem::key)
                .containsExactly("ingest.sameFileTwice", "ingest.sameFileTwice");
        assertThat(ProblemText.what(result.notices().get(0), Texts.ENGLISH))
                .isEqualTo(link + " is the same file as " + file + ", named twice: it was read once");
    }

    @Test
    void whereRegionsAreGivenEveryCountyCodeMustBeOneOfThem() throws IOException {
        TestWorkbook book = TestWorkbook.licencedMine();
        book.sheet("行政区", "区划代码", "名称", "级别", "上级区划代码").row("140100", "太原市", "市", "140000");
        book.sheet("历史遗留矿山", "图斑编号", "所在区县代码", "面积", "治理状态").row("H1", "149999", 2.5, "未治理");

        var result = read(book.write(dir.resolve("county.xlsx")));

        assertThat(result.problems())
                .extracting(p -> p.key() + " " + p.cell().sheet() + "!"
                        + p.cell().column() + p.cell().row() + " " + p.value())
                .containsExactly("ingest.unknownRegion 历史遗留矿山!B2 149999");
        assertThat(ProblemText.what(result.problems().get(0), Texts.ENGLISH))
                .startsWith("a region code that is not in the Regions sheet");
    }

    @Test
    void withoutARegionsSheetCountyCodesAreTakenAsGiven() throws IOException {
        var result = read(TestWorkbook.licencedMine().write(dir.resolve("enterprise.xlsx")));

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theBlankTemplateHasNothingToCheck() throws IOException {
        Path template = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            TemplateWriter.write(TestRules.book().minerals(), out);
        }

        var result = read(template);

        assertThat(result.problems()).isEmpty();
        assertThat(Coverage.of(result.dataset())).isEqualTo(new Coverage(0, 0, 0, 0, 0, null, null));
        assertThat(Coverage.of(result.dataset()).nothingToCheck()).isTrue();
    }

    @Test
    void twentyThousandRandomEnterpriseIdsHaveNothingToCheck() throws IOException {
        Path file = randomEnterprises(dir.resolve("ids.xlsx"), 20_000);

        var result = read(file);

        assertThat(result.problems()).isEmpty();
        Coverage c = Coverage.of(result.dataset());
        assertThat(c.enterprises()).isEqualTo(20_000);
        assertThat(c.nothingToCheck()).isTrue();
    }

    @Test
    void aCompliantMineIsSomethingToCheckAndItsYearsAreCounted() throws IOException {
        Coverage c = Coverage.of(
                read(TestWorkbook.compliantMine().write(dir.resolve("m.xlsx"))).dataset());

        assertThat(c).isEqualTo(new Coverage(1, 1, 2, 0, 0, 2024, 2024));
        assertThat(c.nothingToCheck()).isFalse();
        assertThat(c.years()).isEqualTo("2024");
    }

    /** An Enterprises sheet of {@code n} rows of random ids and names, and nothing else (the 800,000 rows). */
    static Path randomEnterprises(Path file, int n) throws IOException {
        Random random = new Random(8);
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            var s = wb.createSheet("企业");
            var h = s.createRow(0);
            String[] headers = {"企业编号", "企业名称", "所在区县代码"};
            for (int i = 0; i < headers.length; i++) h.createCell(i).setCellValue(headers[i]);
            for (int r = 1; r <= n; r++) {
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
        return file;
    }
}

package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minecheck.engine.CheckResult;
import org.minecheck.i18n.Texts;
import org.minecheck.testing.TestRules;

/**
 * The demo county's Excel report as LibreOffice prints it (headless, to PDF, then PNG with poppler): one page per
 * region's progress chart, and its series drawn as lines, not as loose dots.
 */
class ChartRenderingTest {
    private static final LocalDate CHECK = LocalDate.of(2025, 12, 31);
    private static final int[] SERIES_COLOURS = {0x1F4E79, 0xC00000};

    @Test
    void libreOfficeDrawsEachRegionsProgressLinesOnAPageOfItsOwn() throws Exception {
        assumeTrue(
                onPath("soffice") && onPath("pdftoppm"),
                "assumes LibreOffice (soffice) and poppler (pdftoppm) are installed, as .ci/run installs them");
        Path dir = Files.createDirectories(Path.of("target/chart-rendering")).toAbsolutePath();
        for (File f : dir.toFile().listFiles()) f.delete();
        CheckResult result = TestRules.runner().check(List.of(Path.of("test-data/demo-region.xlsx")), CHECK);
        Path report = dir.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(report)) {
            new ExcelReport().write(result, new FindingText(TestRules.book(), Texts.CHINESE, CHECK), out);
        }
        // Only the charts sheet, so the PDF holds the chart pages alone (its charts read their own sheet's cells).
        Path charts = dir.resolve("charts.xlsx");
        try (InputStream in = Files.newInputStream(report);
                var wb = new XSSFWorkbook(in)) {
            int keep = wb.getSheetIndex("历史遗留矿山治理进度图");
            assertThat(keep).isNotNegative();
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) if (i != keep) wb.removeSheetAt(i);
            try (OutputStream out = Files.newOutputStream(charts)) {
                wb.write(out);
            }
        }
        run(
                dir,
                "soffice",
                "-env:UserInstallation=file://" + dir.toAbsolutePath().resolve("lo-profile"),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                charts.toString());
        run(
                dir,
                "pdftoppm",
                "-png",
                "-r",
                "60",
                dir.resolve("charts.pdf").toString(),
                dir.resolve("page").toString());
        List<Path> pages;
        try (var s = Files.list(dir)) {
            pages = s.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png"))
                    .sorted()
                    .toList();
        }
        // province, city and county: one printed page each
        assertThat(pages).hasSize(3);
        // the county's deadline (2024-12-31, from the workbook's target) is marked by a grey bar up its year,
        // right of the chart's middle (2024 is the third of the years 2022 to 2025); the sums above it have none
        int grey = Integer.parseInt(ExcelReport.MARKER_COLOUR, 16);
        BufferedImage county = ImageIO.read(pages.get(2).toFile());
        int[] bar = markerBar(county, grey, county.getHeight() / 20);
        assertThat(bar[1]).as("width of the deadline bar on the county's page").isGreaterThanOrEqualTo(4);
        assertThat(bar[0]).as("where the deadline bar stands").isGreaterThan(county.getWidth() / 2);
        for (Path sum : pages.subList(0, 2)) {
            BufferedImage image = ImageIO.read(sum.toFile());
            assertThat(markerBar(image, grey, image.getHeight() / 20)[1])
                    .as(sum.getFileName() + ": no deadline of its own")
                    .isLessThan(4);
        }
        for (Path page : pages) {
            BufferedImage image = ImageIO.read(page.toFile());
            for (int colour : SERIES_COLOURS) {
                int[] run = longestRunOfColumns(image, colour);
                // five years apart: dots alone would leave gaps between the markers; a drawn line spans them
                assertThat(run[1])
                        .as("%s: columns with a line of #%06X (first at %d)", page.getFileName(), colour, run[0])
                        .isGreaterThan(image.getWidth() / 4);
            }
        }
    }

    /**
     * The deadline bar: adjacent pixel columns, at least {@code minWidth} of them, each holding a vertical run of the
     * marker's grey at least {@code minHeight} pixels tall; {first column, number of columns}, or {-1, 0}. The value
     * axis (one pixel wide) and the horizontal grid lines do not qualify.
     */
    static int[] markerBar(BufferedImage image, int colour, int minHeight) {
        int best = 0;
        int bestStart = -1;
        int run = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            int tallest = 0;
            int current = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                current = nearly(image.getRGB(x, y), colour) ? current + 1 : 0;
                tallest = Math.max(tallest, current);
            }
            run = tallest >= minHeight ? run + 1 : 0;
            if (run > best) {
                best = run;
                bestStart = x - run + 1;
            }
        }
        return new int[] {bestStart, best};
    }

    private static boolean nearly(int rgb, int colour) {
        int dr = ((rgb >> 16) & 0xff) - ((colour >> 16) & 0xff);
        int dg = ((rgb >> 8) & 0xff) - ((colour >> 8) & 0xff);
        int db = (rgb & 0xff) - (colour & 0xff);
        return dr * dr + dg * dg + db * db < 8 * 8;
    }

    /** Pixel columns a line may skip (antialiasing of a thin line) and still count as drawn through. */
    static final int MAX_GAP = 8;

    /**
     * The longest run of adjacent pixel columns that hold the colour somewhere, bridging gaps of at most
     * {@link #MAX_GAP} columns: {first column, length}.
     */
    static int[] longestRunOfColumns(BufferedImage image, int colour) {
        int best = 0;
        int bestStart = -1;
        int run = 0;
        int gap = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            boolean has = false;
            for (int y = 0; y < image.getHeight() && !has; y++) has = near(image.getRGB(x, y), colour);
            // a drawn line at 60 dpi fades below the colour match for a few columns where it is nearly flat; markers
            // alone leave
            // gaps of a whole category (tens of columns)
            if (has) {
                run += gap + 1;
                gap = 0;
            } else if (run > 0 && gap < MAX_GAP) {
                gap++;
            } else {
                run = 0;
                gap = 0;
            }
            if (has && run > best) {
                best = run;
                bestStart = x - run + 1;
            }
        }
        return new int[] {bestStart, best};
    }

    private static boolean near(int rgb, int colour) {
        int dr = ((rgb >> 16) & 0xff) - ((colour >> 16) & 0xff);
        int dg = ((rgb >> 8) & 0xff) - ((colour >> 8) & 0xff);
        int db = (rgb & 0xff) - (colour & 0xff);
        return dr * dr + dg * dg + db * db < 40 * 40;
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) return true;
        }
        return false;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(command[0] + ".log").toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS))
                .as(command[0] + " finished")
                .isTrue();
        assertThat(p.exitValue())
                .as(command[0] + " exit code; see " + command[0] + ".log")
                .isZero();
    }
}

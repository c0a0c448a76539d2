package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at points spread over a large Excel report's write, in a loop: the target must always be either the previous
 * report, byte for byte, or this run's complete report (opened with POI, every row there). A killed run may leave its
 * temporary file beside the target and its POI folder in the temp folder (nothing runs after a kill -9); both carry the
 * dead process's pid and the next write removes them, so after one run to completion nothing is left but the report.
 * About 30–40 s on two busy cores.
 */
class ReportFileKillTest {
    private static final int ROWS = 20_000;
    private static final int KILLS = 15;

    @TempDir
    Path dir;

    private Path target;
    private Path tmp;

    private Process start(String marker) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-Djava.io.tmpdir=" + tmp,
                        "-cp",
                        System.getProperty("java.class.path"),
                        KillTestWriter.class.getName(),
                        target.toString(),
                        marker,
                        String.valueOf(ROWS))
                .redirectErrorStream(true)
                .start();
    }

    /** Waits for the child's "writing" line; the rest of its output is drained in the background. */
    private static void awaitWriting(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null && !line.equals("writing"))
            seen.append(line).append('\n');
        if (line == null) throw new AssertionError("the writer ended before writing:\n" + seen);
        Thread drain = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // killed
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    private long runToCompletion(String marker) throws Exception {
        Process p = start(marker);
        awaitWriting(p);
        long t = System.nanoTime();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertComplete(Files.readAllBytes(target), marker);
        return (System.nanoTime() - t) / 1_000_000;
    }

    private void assertComplete(byte[] bytes, String marker) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            assertThat(wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
                    .endsWith("data: " + marker);
            assertThat(wb.getSheet("Input problems").getLastRowNum()).isEqualTo(ROWS);
        }
    }

    private List<String> besideTarget() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("tmp"))
                    .sorted()
                    .toList();
        }
    }

    private List<String> poiFolders() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PoiTempFiles.PREFIX))
                    .toList();
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void theTargetIsAlwaysThePreviousReportOrTheCompleteNewOne() throws Exception {
        target = dir.resolve("report.xlsx");
        tmp = Files.createDirectories(dir.resolve("tmp"));
        long writeMillis = runToCompletion("run-0");
        byte[] previous = Files.readAllBytes(target);
        Random random = new Random(8);
        int keptPrevious = 0;
        int complete = 0;
        List<String> leftovers = new ArrayList<>();
        for (int i = 1; i <= KILLS; i++) {
            Process p = start("run-" + i);
            awaitWriting(p);
            // spread over the write and a little past it: slot i of KILLS, at a random point inside the slot
            long at = (long) (writeMillis * 1.2 * (i - 1 + random.nextDouble()) / KILLS);
            Thread.sleep(at);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

            byte[] now = Files.readAllBytes(target);
            if (Arrays.equals(now, previous)) {
                keptPrevious++;
            } else {
                assertComplete(now, "run-" + i);
                previous = now;
                complete++;
            }
            for (String n : besideTarget()) {
                if (n.equals("report.xlsx")) continue;
                assertThat(n)
                        .as("left beside the target")
                        .startsWith(".report.xlsx.")
                        .endsWith(ReportFile.TEMP_SUFFIX);
                assertThat(ReportFile.alive(ReportFile.pidIn(n.substring(".report.xlsx.".length()))))
                        .isFalse();
                leftovers.add(n);
            }
            for (String n : poiFolders()) {
                assertThat(ReportFile.alive(ReportFile.pidIn(n.substring(PoiTempFiles.PREFIX.length()))))
                        .isFalse();
            }
        }
        runToCompletion("final");

        System.out.printf(
                "kill test: write %d ms; %d kills kept the previous report, %d found the new one complete;"
                        + " %d temporary files left by kills, all removed by the next run%n",
                writeMillis, keptPrevious, complete, leftovers.size());
        assertThat(keptPrevious).as("kills that landed mid-write").isPositive();
        assertThat(besideTarget()).containsExactly("report.xlsx");
        assertThat(poiFolders()).isEmpty();
    }
}

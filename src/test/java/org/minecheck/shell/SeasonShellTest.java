package org.minecheck.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.testing.TestWorkbook;

/**
 * A whole season typed into the real interactive shell in a pseudo-terminal (util-linux {@code script}), on the
 * embedded H2 file and on the local PostgreSQL: import → check → edit a cell of the workbook → import → check → diff
 * (the cell shown as the cause) → waive (alice) → approve (alice refused, bob approves) → check (WAIVED) → a check
 * dated after the waiver's expiry (open again, naming the waiver) → replay --verify; the finding key of explain is
 * completed with Tab.
 */
class SeasonShellTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    private void waitFor(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!screen().contains(text)) {
            if (System.nanoTime() > end)
                throw new AssertionError("not shown within " + timeout + ": " + text + "\n" + screen());
            Thread.sleep(50);
        }
    }

    @Test
    void aSeasonOnH2() throws Exception {
        season(Map.of("minecheck.data-dir", dir.resolve("data").toString()));
    }

    @Test
    void aSeasonOnPostgres() throws Exception {
        String schema = "season_shell_" + ProcessHandle.current().pid();
        Map<String, String> properties = org.minecheck.store.PostgresTestSupport.freshSchema(schema);
        try {
            season(properties);
        } finally {
            org.minecheck.store.PostgresTestSupport.dropSchema(schema);
        }
    }

    private void season(Map<String, String> database) throws Exception {
        Path v1 = TestWorkbook.oneMine("甲公司", LocalDate.of(2024, 12, 31)).write(dir.resolve("平鲁区-2025.xlsx"));
        Path v2 = dir.resolve("平鲁区-2025-修订.xlsx");
        editLicenceExpiry(v1, v2, LocalDate.of(2025, 1, 31));
        LocalDate until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> props = new ArrayList<>();
        database.forEach((k, v) -> props.add("'-D" + k + "=" + v + "'"));
        String cmd = "stty cols 220 rows 50; exec " + java + " -cp " + System.getProperty("java.class.path")
                + " -Duser.home=" + dir + " " + String.join(" ", props) + " org.minecheck.MinecheckApplication";
        Process p = new ProcessBuilder("script", "-qfec", cmd, "/dev/null")
                .redirectErrorStream(true)
                .start();
        Thread pump = new Thread(() -> copy(p.getInputStream()));
        pump.setDaemon(true);
        pump.start();
        OutputStream keys = p.getOutputStream();
        Duration step = Duration.ofSeconds(180);
        try {
            waitFor("minecheck>", step);
            type(keys, "import " + v1 + " --lang en\r");
            waitFor("Imported as dataset version 1", step);
            type(keys, "check --dataset 1 --as-of 2025-06-30 --lang en\r");
            waitFor("Stored as run 1", step);
            type(keys, "import " + v2 + " --lang en\r");
            waitFor("Imported as dataset version 2", step);
            type(keys, "check --dataset 2 --as-of 2025-06-30 --lang en\r");
            waitFor("Stored as run 2", step);
            type(keys, "diff 1 2 --lang en\r");
            waitFor("2024-12-31 → 2025-01-31", step);
            assertThat(screen()).contains("证照!G2");

            type(
                    keys,
                    "waive LIC-001/mine/M1 --reason \"renewal filed on 2025-01-05\" --until " + until
                            + " --user alice --lang en\r");
            waitFor("Waiver W1 asked for", step);
            type(keys, "waiver approve W1 --user alice --lang en\r");
            waitFor("another user must approve it", step);
            type(keys, "waiver approve W1 --user bob --lang en\r");
            waitFor("Waiver W1 approved by bob", step);
            type(keys, "check --dataset 2 --as-of 2025-06-30 --lang en\r");
            waitFor("Stored as run 3", step);
            assertThat(screen()).contains("WAIVED W1");

            type(keys, "check --dataset 2 --as-of " + until.plusDays(1) + " --lang en\r");
            waitFor("Stored as run 4", step);
            assertThat(screen()).contains("open: waiver W1 expired");
            type(keys, "replay 4 --verify --lang en\r");
            waitFor("Identical: run 4", step);

            type(keys, "explain LIC-001/mine/M\t");
            Thread.sleep(1500);
            type(keys, " --lang en\r");
            waitFor("What clears it", step);
            type(keys, "quit\r");
            assertThat(p.waitFor(60, TimeUnit.SECONDS))
                    .as("the shell ends on quit")
                    .isTrue();
            assertThat(screen()).doesNotContain("Exception", "\tat ");
        } finally {
            p.destroyForcibly();
            Files.writeString(dir.resolve("screen.txt"), screen());
        }
    }

    /** Copies the workbook with the mining licence's expiry (证照!G2) changed, as a person edits one cell. */
    private static void editLicenceExpiry(Path from, Path to, LocalDate until) throws IOException {
        try (InputStream in = Files.newInputStream(from);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Cell cell = book.getSheet("证照").getRow(1).getCell(6);
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                cell.setCellValue(until);
            } else {
                cell.setCellValue(until.toString());
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                book.write(out);
            }
        }
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private void copy(InputStream in) {
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                synchronized (screen) {
                    screen.write(buf, 0, n);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}

package org.minecheck.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.synthetic.SyntheticProvince;

/**
 * The real interactive shell in a pseudo-terminal (util-linux {@code script}), typed at as a person would: Ctrl-C
 * during a long check cancels the check and brings the prompt back, the next command works, an unknown option is
 * refused as in one-shot mode, and {@code quit} ends the shell normally.
 */
class InteractiveShellTest {
    @TempDir
    Path dir;

    /** Everything the terminal showed so far. */
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
    void ctrlCCancelsARunningCheckAndTheShellGoesOn() throws Exception {
        Path province = dir.resolve("province.xlsx");
        SyntheticProvince.write(6000, 3, TestRules.book().minerals(), province);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "stty cols 200 rows 50; exec " + java + " -cp " + System.getProperty("java.class.path")
                + " -Duser.home=" + dir + " org.minecheck.MinecheckApplication";
        Process p = new ProcessBuilder("script", "-qfec", cmd, "/dev/null")
                .redirectErrorStream(true)
                .start();
        Thread pump = new Thread(() -> copy(p.getInputStream()));
        pump.setDaemon(true);
        pump.start();
        OutputStream keys = p.getOutputStream();
        try {
            waitFor("minecheck>", Duration.ofSeconds(60));
            type(keys, "check " + province + " --as-of 2025-12-31 --lang en --failon x\r");
            waitFor("unknown option --failon", Duration.ofSeconds(30));

            type(keys, "check " + province + " --as-of 2025-12-31 --lang en\r");
            // reading 6,000 enterprises takes longer than two seconds: the progress line shows, then Ctrl-C
            waitFor("reading the workbooks", Duration.ofSeconds(30));
            type(keys, "\u0003");
            waitFor("cancelled: the command was interrupted", Duration.ofSeconds(30));
            assertThat(p.isAlive()).isTrue();

            type(keys, "rules --lang en\r");
            waitFor("LIC-001", Duration.ofSeconds(60));
            type(keys, "quit\r");
            assertThat(p.waitFor(30, TimeUnit.SECONDS))
                    .as("the shell ends on quit")
                    .isTrue();
            assertThat(screen()).doesNotContain("Exception", "\tat ");
        } finally {
            p.destroyForcibly();
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

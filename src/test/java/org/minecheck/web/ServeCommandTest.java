package org.minecheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.MinecheckApplication;

/** {@code minecheck serve} as a user types it: a bad port is a usage mistake, a taken port one line and exit 5. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPortThatIsNotANumberIsAUsageMistake() {
        assertThat(MinecheckApplication.run("serve", "--port", "eighty")).isEqualTo(2);
    }

    @Test
    void aTakenPortIsOneLineAndExitCode5NeverAStackTrace() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setProperty("minecheck.data-dir", dir.toString());
        System.setProperty("logging.file.name", dir.resolve("minecheck.log").toString());
        try (ServerSocket taken = new ServerSocket(0)) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code = MinecheckApplication.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(code).isEqualTo(5);
        } finally {
            System.setErr(err);
            System.clearProperty("minecheck.data-dir");
            System.clearProperty("logging.file.name");
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("serve: the web door did not start").doesNotContain("\tat ");
        assertThat(printed.lines().count()).isEqualTo(1);
    }
}

package org.minecheck.store;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.minecheck.MinecheckApplication;

/** The real application run in-process with a user's arguments and these system properties; output captured. */
final class ShellRun {
    private ShellRun() {}

    record Result(int exitCode, String out, String err) {}

    static synchronized Result run(Map<String, String> properties, String... args) {
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        var bytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        properties.forEach(System::setProperty);
        try {
            int code = MinecheckApplication.run(args);
            System.out.flush();
            System.err.flush();
            return new Result(code, bytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            properties.keySet().forEach(System::clearProperty);
            System.setOut(original);
            System.setErr(originalErr);
        }
    }
}

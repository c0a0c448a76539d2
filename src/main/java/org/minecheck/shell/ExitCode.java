package org.minecheck.shell;

import java.util.concurrent.atomic.AtomicInteger;

/** The exit code of the last non-interactive command, read by main after the shell has closed the context. */
public final class ExitCode {
    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    private static final AtomicInteger CODE = new AtomicInteger(CLEAN);

    private ExitCode() {}

    public static void set(int code) {
        CODE.set(code);
    }

    public static int get() {
        return CODE.get();
    }

    /** Back to 0 before a command runs, so a second run in the same JVM does not inherit the first one's code. */
    public static void reset() {
        CODE.set(CLEAN);
    }
}

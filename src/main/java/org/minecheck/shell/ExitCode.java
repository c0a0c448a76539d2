package org.minecheck.shell;

/** What a one-shot command tells the script that ran it (README, "Exit codes"). */
public enum ExitCode {
    /** No finding at or above {@code --fail-on}. */
    CLEAN(0),
    /** Findings at or above {@code --fail-on}. */
    FINDINGS(1),
    /** The input could not be read, or the command line is wrong. */
    BAD_INPUT(2),
    /** The workbooks hold no mine: nothing was checked, so nothing can be called clean. */
    NOTHING_CHECKED(3),
    /** The rule pack was refused, or the check was stopped by its time limit. */
    RULE_PACK(4),
    /** A bug in minecheck: the details are in the log, the input is not to blame. */
    INTERNAL(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

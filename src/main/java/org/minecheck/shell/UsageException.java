package org.minecheck.shell;

/** The command line is wrong (a missing file, a bad date, an unknown option): one line to the user, exit code 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}

package org.minecheck.ingest;

import java.util.List;

/** The file cannot be read as a workbook at all; the key names a message in ui messages, with its arguments. */
public class UnreadableWorkbookException extends Exception {
    private final String key;
    private final List<Object> args;

    public UnreadableWorkbookException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public UnreadableWorkbookException(String key, Throwable cause) {
        super(key, cause);
        this.key = key;
        this.args = List.of();
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}

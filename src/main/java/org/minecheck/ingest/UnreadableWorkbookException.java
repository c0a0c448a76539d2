package org.minecheck.ingest;

/** The file cannot be read as a workbook at all; the key names a message in ui messages. */
public class UnreadableWorkbookException extends Exception {
    private final String key;

    public UnreadableWorkbookException(String key) {
        super(key);
        this.key = key;
    }

    public UnreadableWorkbookException(String key, Throwable cause) {
        super(key, cause);
        this.key = key;
    }

    public String key() {
        return key;
    }
}

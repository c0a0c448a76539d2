package org.minecheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.minecheck.engine.CheckResult;

/** One output format of a check's result; the doors choose a writer by its format name from {@link ReportWriters}. */
public interface ReportWriter {
    /** The name users give with {@code --format}: {@code table}, {@code json}, {@code xlsx}. */
    String format();

    /** The file name extension its files must have (".json"), or "" when it is not written to files. */
    String extension();

    /** Whether the report is text that may go to a terminal or a pipe; a binary one needs a file. */
    boolean text();

    void write(CheckResult result, FindingText text, OutputStream out) throws IOException;

    /** Text reports only: the report on a writer (the shell's, or a file's). */
    default void write(CheckResult result, FindingText text, Writer out) throws IOException {
        throw new UnsupportedOperationException(format() + " is not a text format");
    }
}

package org.minecheck.ingest;

import java.io.IOException;
import java.util.List;

/**
 * A sheet that must not be read on: a cell outside the spreadsheet grid, a cell far too long. Carries the 1-based row
 * (0 when it cannot be named) and the column letters (empty when unknown) where it was found, the value found, and a
 * ui message key with its arguments.
 */
final class SheetProblemException extends IOException {
    final int row;
    final String column;
    final String key;
    final String value;
    final List<Object> args;

    SheetProblemException(int row, String column, String key, String value, Object... args) {
        super(key, null);
        this.row = row;
        this.column = column;
        this.key = key;
        this.value = value;
        this.args = List.of(args);
    }
}

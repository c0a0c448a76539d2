package org.minecheck.ingest;

import java.util.List;

/** Receives a sheet's rows one at a time, so a workbook is never held in memory whole. */
public interface SheetVisitor {
    /** @param rowNumber 1-based, as Excel shows it; cells hold only non-empty cells, by column index */
    void row(int rowNumber, List<RawCell> cells);
}

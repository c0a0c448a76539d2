package org.minecheck.ingest;

import java.util.List;
import java.util.Optional;
import org.minecheck.model.Dataset;
import org.minecheck.model.RowRef;

/** One sheet of the workbook template and how its rows become facts. */
public record SheetSpec(String key, String zh, String en, List<ColumnSpec> columns, FactFactory factory) {

    /** Builds the fact of one row whose cells all parsed, and adds it to the dataset. */
    @FunctionalInterface
    public interface FactFactory {
        void add(RowValues values, RowRef origin, Dataset into);
    }

    public Optional<ColumnSpec> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public String title() {
        return zh + " " + en;
    }
}

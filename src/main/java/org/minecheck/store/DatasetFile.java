package org.minecheck.store;

import java.util.Map;

/** One workbook of a dataset version: its name, digest, size and rows read per sheet (the bytes are kept aside). */
public record DatasetFile(
        long datasetId, int position, String name, String sha256, long sizeBytes, Map<String, Integer> sheetRows) {
    public DatasetFile {
        sheetRows = Map.copyOf(sheetRows);
    }
}

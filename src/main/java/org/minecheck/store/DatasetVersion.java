package org.minecheck.store;

import java.time.Instant;
import java.util.List;

/**
 * One submission as imported: its workbooks' names, the SHA-256 over their contents (identical bytes are the same
 * version), how many rows were read, who imported it and when. Immutable once stored.
 */
public record DatasetVersion(
        long id, String sha256, List<String> fileNames, int rowCount, Instant createdAt, String createdBy) {
    public DatasetVersion {
        fileNames = List.copyOf(fileNames);
    }
}

package org.minecheck.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The cell texts of rows that were refused (a bad cell, a missing value, a broken header). The reference check uses
 * them so that one mistake gives one problem: licences that name a mine whose row was refused are not also reported
 * as naming an unknown mine, and a ring missing a refused corner point is not also reported as having a gap.
 */
final class RejectedRows {
    /** sheet key → column key → texts found in that column of refused rows. */
    private final Map<String, Map<String, Set<String>>> texts = new HashMap<>();

    void add(String sheetKey, String columnKey, String text) {
        if (text == null || text.isBlank()) return;
        texts.computeIfAbsent(sheetKey, k -> new HashMap<>())
                .computeIfAbsent(columnKey, k -> new HashSet<>())
                .add(text);
    }

    /** Whether any row of this sheet was refused. */
    boolean hasSheet(String sheetKey) {
        return texts.containsKey(sheetKey);
    }

    boolean has(String sheetKey, String columnKey, String text) {
        return text != null
                && texts.getOrDefault(sheetKey, Map.of())
                        .getOrDefault(columnKey, Set.of())
                        .contains(text);
    }
}

package org.minecheck.model;

import java.util.Map;

/** One sheet of one workbook, with the column letter each field was read from. Shared by all rows of the sheet. */
public record SheetRef(String file, String sheet, Map<String, String> columns) {
    public String column(String field) {
        return columns.getOrDefault(field, "");
    }
}

package org.minecheck.ingest;

import org.minecheck.model.Coded;

/** One column of a template sheet: field key, headers in both languages, unit, type and whether it must be filled. */
public record ColumnSpec(String key, String zh, String en, String unit, ColumnType type, boolean required,
                         Class<? extends Enum<? extends Coded>> enumType, String helpZh, String helpEn) {

    /** Header as the template writes it: Chinese, then English, each with the unit. */
    public String header(boolean chinese) {
        String u = unit == null || unit.isEmpty() ? "" : "（" + unit + "）";
        String ue = unit == null || unit.isEmpty() ? "" : " (" + unit + ")";
        return chinese ? zh + u : en + ue;
    }
}

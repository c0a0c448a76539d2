package org.minecheck.ingest;

import org.minecheck.model.Coded;

/**
 * One column of a template sheet: field key, headers in both languages, unit, type, whether it must be filled and, for
 * a number, the range its values must lie in ({@code range}, null for other types).
 */
public record ColumnSpec(
        String key,
        String zh,
        String en,
        String unit,
        ColumnType type,
        boolean required,
        Class<? extends Enum<? extends Coded>> enumType,
        String helpZh,
        String helpEn,
        Range range) {

    public ColumnSpec(
            String key,
            String zh,
            String en,
            String unit,
            ColumnType type,
            boolean required,
            Class<? extends Enum<? extends Coded>> enumType,
            String helpZh,
            String helpEn) {
        this(key, zh, en, unit, type, required, enumType, helpZh, helpEn, null);
    }

    /** This column with the values it may hold. */
    public ColumnSpec within(Range r) {
        return new ColumnSpec(key, zh, en, unit, type, required, enumType, helpZh, helpEn, r);
    }

    /** Header as the template writes it: Chinese, then English, each with the unit. */
    public String header(java.util.Locale locale) {
        boolean chinese = org.minecheck.i18n.Texts.chinese(locale);
        String u = unit == null || unit.isEmpty() ? "" : "（" + unit + "）";
        String ue = unitEn().isEmpty() ? "" : " (" + unitEn() + ")";
        return chinese ? zh + u : en + ue;
    }

    /** The unit as an English header shows it: yuan for 元; a count (个) needs no unit after "count" in English. */
    public String unitEn() {
        if (unit == null) return "";
        return switch (unit) {
            case "元" -> "yuan";
            case "个" -> "";
            default -> unit;
        };
    }

    /** The same column read in another unit (a header that says 万吨/年 for a t/a column). */
    public ColumnSpec withUnit(String other) {
        return new ColumnSpec(key, zh, en, other, type, required, enumType, helpZh, helpEn, range);
    }
}

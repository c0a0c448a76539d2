package org.minecheck.finding;

/**
 * A value taken from a parameter table or setting, carrying the row's research mark (V-text, V-page, V-cited, M or
 * {@code placeholder}) and the row's label, so a report can say "2.5 (table 2: other open-pit method)" and flag a value
 * that is not verified. A percentage keeps its sign next to the number: "30% (unverified)".
 */
public record ParamValue(Object value, String mark, String labelZh, String labelEn, String unit) {
    public ParamValue(Object value, String mark) {
        this(value, mark, "", "", "");
    }

    public ParamValue(Object value, String mark, String labelZh, String labelEn) {
        this(value, mark, labelZh, labelEn, "");
    }

    /** "%" is written right after the number (before any mark); other units are left to the label. */
    public String suffix() {
        return "%".equals(unit) ? "%" : "";
    }

    /** M: from memory, not verified against a source. */
    public boolean unverified() {
        return "M".equalsIgnoreCase(mark);
    }

    /** A factor the source did not give: a stand-in the regulator must set. */
    public boolean placeholder() {
        return mark != null && mark.toLowerCase(java.util.Locale.ROOT).startsWith("placeholder");
    }

    public String label(java.util.Locale locale) {
        String l = org.minecheck.i18n.Texts.chinese(locale) ? labelZh : labelEn;
        return l == null ? "" : l;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

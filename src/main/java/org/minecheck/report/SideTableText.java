package org.minecheck.report;

import java.math.BigDecimal;
import org.minecheck.engine.api.SideTable;
import org.minecheck.i18n.Texts;
import org.minecheck.model.Coded;

/**
 * A side table's texts in one language, for the writers that show words (console, Excel): title, headers and each
 * value. {@code <id>.<column>.<value>} in the UI texts renames a value (e.g. a kind or a true/false column).
 */
final class SideTableText {
    private SideTableText() {}

    static String title(SideTable t, Texts texts) {
        return texts.get(t.id() + ".title");
    }

    static String sheet(SideTable t, Texts texts) {
        return texts.get(t.id() + ".sheet");
    }

    /** The sheet of a side table's charts: {@code <id>.chartSheet}, else the table's sheet name with " (charts)". */
    static String chartSheet(SideTable t, Texts texts) {
        String named = texts.find(t.id() + ".chartSheet");
        return named != null ? named : sheet(t, texts) + " (" + texts.get("sheet.charts") + ")";
    }

    static String header(SideTable t, String column, Texts texts) {
        return texts.get(t.id() + ".col." + column);
    }

    static String value(SideTable t, String column, Object v, Texts texts) {
        String named = texts.find(t.id() + "." + column + "." + (v instanceof Coded c ? c.code() : v));
        if (named != null) return named;
        if (v == null) return "—";
        if (v instanceof Boolean b) return texts.get(b ? "yes" : "no");
        if (v instanceof Coded c) return c.text(texts.locale());
        if (v instanceof BigDecimal d) return plain(d);
        return v.toString();
    }

    static String plain(BigDecimal v) {
        BigDecimal t = v.stripTrailingZeros();
        return (t.scale() < 0 ? t.setScale(0) : t).toPlainString();
    }
}

package org.minecheck.report;

import java.util.Locale;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.InputProblem;
import org.minecheck.model.CellRef;

/** An input problem in words: where it is (file, sheet, row, column), what was found and what was expected. */
public final class ProblemText {
    private ProblemText() {}

    public static String where(CellRef c, Locale locale) {
        if (c.sheet() == null || c.sheet().isEmpty()) return Texts.of(locale).format("ingest.atFile", c.file());
        if (c.row() <= 0) return Texts.of(locale).format("ingest.atSheet", c.file(), c.sheet());
        if (c.column() == null || c.column().isEmpty())
            return Texts.of(locale).format("ingest.atRow", c.file(), c.sheet(), c.row());
        return Texts.of(locale).format("ingest.at", c.file(), c.sheet(), c.row(), c.column());
    }

    public static String what(InputProblem p, Locale locale) {
        String msg = Texts.of(locale).format(p.key(), p.args().toArray());
        if (p.value() != null && !p.value().isEmpty())
            msg += " " + Texts.of(locale).format("ingest.found", p.value());
        return msg;
    }

    public static String line(InputProblem p, Locale locale) {
        return where(p.cell(), locale) + (Texts.chinese(locale) ? "：" : ": ") + what(p, locale);
    }
}

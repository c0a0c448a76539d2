package org.minecheck.report;

import org.minecheck.ingest.InputProblem;
import org.minecheck.model.CellRef;

/** An input problem in words: where it is (file, sheet, row, column), what was found and what was expected. */
public final class ProblemText {
    private ProblemText() {}

    public static String where(CellRef c, boolean chinese) {
        if (c.sheet() == null || c.sheet().isEmpty()) return UiText.format("ingest.atFile", chinese, c.file());
        if (c.row() <= 0) return UiText.format("ingest.atSheet", chinese, c.file(), c.sheet());
        if (c.column() == null || c.column().isEmpty()) return UiText.format("ingest.atRow", chinese, c.file(), c.sheet(), c.row());
        return UiText.format("ingest.at", chinese, c.file(), c.sheet(), c.row(), c.column());
    }

    public static String what(InputProblem p, boolean chinese) {
        String msg = UiText.format(p.key(), chinese, p.args().toArray());
        if (p.value() != null && !p.value().isEmpty()) msg += " " + UiText.format("ingest.found", chinese, p.value());
        return msg;
    }

    public static String line(InputProblem p, boolean chinese) {
        return where(p.cell(), chinese) + (chinese ? "：" : ": ") + what(p, chinese);
    }
}

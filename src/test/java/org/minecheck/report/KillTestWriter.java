package org.minecheck.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minecheck.engine.CheckResult;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.InputProblem;
import org.minecheck.model.CellRef;
import org.minecheck.model.Dataset;

/**
 * The child process of {@link ReportFileKillTest}: writes a large Excel report (the real {@link ExcelReport} through
 * the real {@link ReportFile}, SXSSF temporary sheets and all) over {@code target}, marked with {@code marker} so the
 * parent can tell this run's file from the previous one. Prints "writing" when the file is about to be written and
 * "done" when it is in place. No rule book: the report holds input problems, which need none.
 *
 * <p>Arguments: target, marker, number of problem rows.
 */
public final class KillTestWriter {
    private KillTestWriter() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String marker = args[1];
        int rows = Integer.parseInt(args[2]);
        List<InputProblem> problems = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            problems.add(InputProblem.at(
                    new CellRef("junk.xlsx", "矿山", i + 2, "E"), "value " + i, "ingest.expectedNumber", "t"));
        }
        CheckResult result = new CheckResult(
                LocalDate.of(2025, 6, 30),
                List.of(new CheckResult.InputFile(marker, null)),
                "national",
                null,
                new Dataset(),
                List.of(),
                problems,
                List.of(),
                List.of());
        ReportFile file = ReportFile.prepare(target.toString(), ReportFile.Format.EXCEL_REPORT, List.of(), true);
        System.out.println("writing");
        System.out.flush();
        FindingText text = new FindingText(null, Texts.ENGLISH, result.checkDate());
        file.write(out -> new ExcelReport().write(result, text, out));
        System.out.println("done");
        System.out.flush();
    }
}

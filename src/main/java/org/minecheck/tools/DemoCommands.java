package org.minecheck.tools;

import java.io.PrintWriter;
import java.util.List;
import org.minecheck.engine.RuleBookRegistry;
import org.minecheck.ingest.DatasetWriter;
import org.minecheck.model.Dataset;
import org.minecheck.report.ReportFile;
import org.minecheck.shell.CommandLine;
import org.minecheck.shell.CommandOutcomes;
import org.minecheck.shell.ExitCode;
import org.minecheck.tools.demo.DemoRegion;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Writes the bundled demo county (with its planted cases) as a workbook in the template's format. */
@Component
public class DemoCommands {
    private final RuleBookRegistry ruleBooks;
    private final CommandOutcomes outcomes;
    private final CommandLine commandLine;

    public DemoCommands(RuleBookRegistry ruleBooks, CommandOutcomes outcomes, CommandLine commandLine) {
        this.ruleBooks = ruleBooks;
        this.outcomes = outcomes;
        this.commandLine = commandLine;
    }

    @Command(
            name = "demo",
            description = "Write the demo county workbook (enterprises, mines, licences, reference data) to check")
    public void demo(
            @Option(longName = "out", description = "the .xlsx file to write", defaultValue = "demo-region.xlsx")
                    String out,
            @Option(longName = "rules", description = "rule pack whose mineral names the workbook uses") String rules,
            @Option(longName = "force", description = "replace an existing --out file", defaultValue = "false")
                    boolean force,
            CommandContext context) {
        outcomes.run(commandLine.locale(null), () -> {
            ReportFile file = ReportFile.prepare(out, ReportFile.Format.WORKBOOK, List.of(), force);
            Dataset demo = DemoRegion.build();
            var minerals = ruleBooks.get(rules).minerals();
            file.write(os -> DatasetWriter.write(demo, minerals, true, os));
            PrintWriter w = context.outputWriter();
            w.println("demo written: " + out + " (" + demo.enterprises.size() + " enterprises, " + demo.mines.size()
                    + " mines, " + demo.rowCount() + " rows; check it as of " + DemoRegion.CHECK_DATE + ")");
            w.flush();
            return ExitCode.CLEAN;
        });
    }
}

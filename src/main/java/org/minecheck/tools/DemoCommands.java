package org.minecheck.tools;

import org.minecheck.shell.CommandOutcomes;
import org.minecheck.shell.UsageException;
import org.minecheck.shell.ExitCode;
import org.minecheck.engine.RuleBookRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minecheck.tools.demo.DemoRegion;
import org.minecheck.engine.RuleBookException;
import org.minecheck.ingest.DatasetWriter;
import org.minecheck.model.Dataset;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Writes the bundled demo county (with its planted cases) as a workbook in the template's format. */
@Component
public class DemoCommands {
    private final RuleBookRegistry ruleBooks;
    private final CommandOutcomes outcomes;

    public DemoCommands(RuleBookRegistry ruleBooks, CommandOutcomes outcomes) {
        this.ruleBooks = ruleBooks;
        this.outcomes = outcomes;
    }

    @Command(name = "demo", description = "Write the demo county workbook (enterprises, mines, licences, reference data) to check")
    public void demo(@Option(longName = "out", description = "the .xlsx file to write", defaultValue = "demo-region.xlsx") String out,
                     @Option(longName = "rules", description = "rule pack whose mineral names the workbook uses") String rules,
                     CommandContext context) {
        PrintWriter w = context.outputWriter();
        try (OutputStream os = Files.newOutputStream(Path.of(out))) {
            Dataset demo = DemoRegion.build();
            DatasetWriter.write(demo, ruleBooks.get(rules).minerals(), true, os);
            w.println("demo written: " + out + " (" + demo.enterprises.size() + " enterprises, " + demo.mines.size()
                    + " mines, " + demo.rowCount() + " rows; check it as of " + DemoRegion.CHECK_DATE + ")");
            w.flush();
            outcomes.set(ExitCode.CLEAN);
        } catch (java.nio.file.NoSuchFileException e) {
            w.println("无法写入 " + out + "：目录不存在 / cannot write " + out + ": no such directory");
            w.flush();
            outcomes.set(ExitCode.BAD_INPUT);
        } catch (IOException | RuleBookException e) {
            w.println("无法写入 " + out + " / cannot write " + out + ": " + e.getMessage());
            w.flush();
            outcomes.set(ExitCode.BAD_INPUT);
        }
    }
}

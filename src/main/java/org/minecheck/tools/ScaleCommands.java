package org.minecheck.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.minecheck.engine.RuleBookException;
import org.minecheck.engine.RuleBookRegistry;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.DatasetWriter;
import org.minecheck.model.Dataset;
import org.minecheck.report.ReportFile;
import org.minecheck.report.ReportFileException;
import org.minecheck.shell.CommandOutcomes;
import org.minecheck.shell.ExitCode;
import org.minecheck.shell.UsageException;
import org.minecheck.tools.synthetic.Bench;
import org.minecheck.tools.synthetic.SyntheticProvince;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** Synthetic provinces and the scale benchmark (docs/performance.md). */
@Component
public class ScaleCommands {
    private final RuleBookRegistry ruleBooks;
    private final CommandOutcomes outcomes;

    public ScaleCommands(RuleBookRegistry ruleBooks, CommandOutcomes outcomes) {
        this.ruleBooks = ruleBooks;
        this.outcomes = outcomes;
    }

    @Command(name = "generate", description = "Write a synthetic province workbook: the same seed gives the same file")
    public void generate(
            @Option(longName = "enterprises", description = "number of enterprises", defaultValue = "1000")
                    String enterprisesText,
            @Option(longName = "seed", description = "random seed", defaultValue = "1") String seedText,
            @Option(longName = "out", description = "the .xlsx file to write") String out,
            @Option(longName = "force", description = "replace an existing --out file", defaultValue = "false")
                    boolean force,
            CommandContext context) {
        PrintWriter w = context.outputWriter();
        try {
            if (out == null || out.isBlank()) throw new UsageException("--out FILE is required");
            int enterprises = integer("--enterprises", enterprisesText);
            long seed = seed(seedText);
            if (enterprises < 1) throw new UsageException("--enterprises must be at least 1");
            ReportFile file = ReportFile.prepare(out, ReportFile.Format.WORKBOOK, List.of(), force);
            long t = System.nanoTime();
            Dataset d = SyntheticProvince.generate(enterprises, seed);
            var minerals = ruleBooks.get(null).minerals();
            file.write(os -> DatasetWriter.write(d, minerals, false, os));
            w.printf(
                    Locale.ROOT,
                    "written: %s (%,d enterprises, %,d rows, %.1f MB, %.1f s)%n",
                    out,
                    d.enterprises.size(),
                    d.rowCount(),
                    Files.size(file.target()) / 1e6,
                    (System.nanoTime() - t) / 1e9);
            for (String c : SyntheticProvince.sheetCounts(d)) w.println("  " + c);
            w.flush();
            outcomes.set(ExitCode.CLEAN);
        } catch (ReportFileException e) {
            fail(w, e.message(Texts.ENGLISH) + "\n" + e.message(Texts.CHINESE));
        } catch (UsageException | IOException | RuleBookException e) {
            fail(w, e.getMessage());
        }
    }

    @Command(
            name = "bench",
            description = "Time ingest, geometry, rules and reports on synthetic provinces of several sizes")
    public void bench(
            @Option(
                            longName = "sizes",
                            description = "enterprise counts, comma-separated",
                            defaultValue = "1000,10000,50000")
                    String sizes,
            @Option(longName = "seed", description = "random seed", defaultValue = "1") String seedText,
            @Option(longName = "dir", description = "where workbooks and reports go", defaultValue = "target/bench")
                    String dir,
            @Option(longName = "as-of", description = "check date", defaultValue = "2025-12-31") String asOf,
            @Option(longName = "repeat", description = "measured runs per size (median reported)", defaultValue = "3")
                    String repeatText,
            @Option(
                            longName = "geometry",
                            description = "also time geometry alone on 200,000 sites",
                            defaultValue = "true")
                    String geometryText,
            @Option(
                            longName = "reference",
                            description = "directory of finding digests: written for a size without one, compared"
                                    + " with for a size that has one (exit 1 if they differ)",
                            defaultValue = "")
                    String reference,
            CommandContext context) {
        PrintWriter w = context.outputWriter();
        try {
            List<Integer> n = Bench.parseSizes(sizes);
            if (n.isEmpty() || n.stream().anyMatch(x -> x < 1))
                throw new UsageException("--sizes: e.g. 1000,10000,50000");
            long seed = seed(seedText);
            int repeat = integer("--repeat", repeatText);
            boolean geometry = !"false".equalsIgnoreCase(geometryText.strip());
            if (repeat < 1) throw new UsageException("--repeat must be at least 1");
            LocalDate date = LocalDate.parse(asOf.strip());
            Path ref = reference == null || reference.isBlank() ? null : Path.of(reference.strip());
            Bench.Result r = new Bench(new Bench.Options(n, seed, Path.of(dir), date, repeat, geometry, ref), w).run();
            boolean agree = r.sizes().stream().allMatch(Bench.SizeResult::agree);
            if (!agree) {
                w.println("the plain-Java floor and Drools disagree: see DISAGREEMENT above");
                w.flush();
            }
            boolean same = r.sizes().stream().allMatch(Bench.SizeResult::sameAsReference);
            if (!same) {
                w.println("the findings differ from the reference: see FINDINGS DIFFER above");
                w.flush();
            }
            agree &= same;
            // 1 when the floor disagrees with Drools, so a script (CI's smoke run) notices a rule/floor divergence
            outcomes.set(agree ? ExitCode.CLEAN : ExitCode.FINDINGS);
        } catch (UsageException
                | IOException
                | RuleBookException
                | NumberFormatException
                | java.time.format.DateTimeParseException e) {
            fail(w, e.getMessage());
        }
    }

    /** Options are taken as text and parsed here, so a bad number gets a clear message rather than a stack trace. */
    private static int integer(String option, String text) throws UsageException {
        try {
            return Integer.parseInt(text.strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " expects a whole number: " + text);
        }
    }

    private static long seed(String text) throws UsageException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed expects a whole number: " + text);
        }
    }

    private void fail(PrintWriter w, String message) {
        w.println(message);
        w.flush();
        outcomes.set(ExitCode.BAD_INPUT);
    }
}

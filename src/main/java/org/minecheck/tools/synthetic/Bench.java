package org.minecheck.tools.synthetic;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.minecheck.CoreConfig;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleInfo;
import org.minecheck.engine.RulePack;
import org.minecheck.engine.RuleRunner;
import org.minecheck.engine.RunawayGuard;
import org.minecheck.finding.Finding;
import org.minecheck.geometry.DerivedFacts;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.IngestLimits;
import org.minecheck.ingest.IngestResult;
import org.minecheck.ingest.WorkbookReader;
import org.minecheck.model.Dataset;
import org.minecheck.report.ExcelReport;
import org.minecheck.report.FindingText;
import org.minecheck.report.JsonReport;

/**
 * The scale benchmark: for each size, a synthetic province is written once as a workbook, then read, checked and
 * reported by the real core, each phase timed next to its reference measured in the same run on the same file — a bare
 * streaming parse for ingest, the plain-Java floor for the rules (which must agree with Drools finding for finding).
 * Peak heap is read from the heap pools (peak used, garbage included) and from GC notifications (most live after a GC).
 * The live set itself is measured after the timing, by a full collection while the check's result is still held.
 */
public final class Bench {
    /**
     * {@code reference}: a directory of finding digests ({@link FindingDigest}), one per size and seed; a size without
     * one has its digest written there, a size with one is compared with it (null: no comparison).
     */
    public record Options(
            List<Integer> sizes,
            long seed,
            Path dir,
            LocalDate checkDate,
            int repeat,
            boolean geometry,
            Path reference) {
        public Options(List<Integer> sizes, long seed, Path dir, LocalDate checkDate, int repeat, boolean geometry) {
            this(sizes, seed, dir, checkDate, repeat, geometry, null);
        }
    }

    /** One size's medians. Times in seconds. */
    public record SizeResult(
            int enterprises,
            long rows,
            long fileBytes,
            double bareParse,
            double ingest,
            double geometry,
            double check,
            double checkCpu,
            double subsetDrools,
            double subsetPlain,
            boolean agree,
            int subsetFindings,
            double jsonReport,
            double excelReport,
            double endToEnd,
            int findings,
            long peakUsedMb,
            long peakLiveMb,
            long liveWithResultMb,
            long liveWithPhasesMb,
            boolean sameAsReference) {
        double rowsPerSecond() {
            return rows / ingest;
        }

        double bareRowsPerSecond() {
            return rows / bareParse;
        }

        double enterprisesPerSecond() {
            return enterprises / check;
        }
    }

    public record Result(
            double ruleBaseBuild,
            List<SizeResult> sizes,
            double geometryOnly,
            int geometrySites,
            int geometryLicences,
            int geometryZones) {}

    private final Options o;
    private final PrintWriter w;

    public Bench(Options options, PrintWriter out) {
        this.o = options;
        this.w = out;
    }

    public Result run() throws IOException {
        machine();
        long t = System.nanoTime();
        RuleBook book = RuleBook.load(RulePack.bundled());
        double build = secs(t);
        w.printf(
                Locale.ROOT,
                "rule base (bundled pack, %d rules) compiled in %.2f s%n",
                book.rules().size(),
                build);
        RuleBook subset = subsetBook();
        // -Dminecheck.rule-threads=N sets the threads of the rules (one per core, at most four, when not set)
        int threads = Integer.getInteger("minecheck.rule-threads", 0);
        // The check's 120 s runaway limit is for users' packs; a benchmark on a shared machine must not be cut off by
        // it.
        RunawayGuard guard = new RunawayGuard(
                java.time.Duration.ofHours(1),
                RunawayGuard.DEFAULT_FIRINGS_BASE,
                RunawayGuard.DEFAULT_FIRINGS_PER_FACT);
        // -Dminecheck.rule-batch=N checks N enterprises per session (1 measures the check as it was before batching)
        int batch = Integer.getInteger("minecheck.rule-batch", RuleRunner.BATCH_ENTERPRISES);
        w.printf(Locale.ROOT, "rules: %d enterprises per session%n", batch);
        RuleRunner service = new RuleRunner(book, CoreConfig.standardExtensions(), threads, IngestLimits.DEFAULT, guard)
                .withBatch(batch);
        RuleRunner subsetService = new RuleRunner(
                        subset, CoreConfig.standardExtensions(), threads, IngestLimits.DEFAULT, guard)
                .withBatch(batch);
        PlainJavaRules plain = new PlainJavaRules(book);
        Files.createDirectories(o.dir());

        List<Path> files = new ArrayList<>();
        for (int n : o.sizes()) files.add(ensureFile(n, book));
        // Warm the JIT on a small province: the smallest size asked for, at most 1,000 enterprises.
        int warmSize = Math.min(
                1000, o.sizes().stream().mapToInt(Integer::intValue).min().orElse(1000));
        Path warmFile = ensureFile(warmSize, book);
        w.println("warming up on " + warmFile.getFileName() + " ...");
        w.flush();
        for (int i = 0; i < 2; i++) measure(warmSize, warmFile, service, subsetService, plain, book);

        List<SizeResult> results = new ArrayList<>();
        for (int k = 0; k < o.sizes().size(); k++) {
            List<SizeResult> runs = new ArrayList<>();
            for (int r = 0; r < o.repeat(); r++) {
                runs.add(measure(o.sizes().get(k), files.get(k), service, subsetService, plain, book));
            }
            SizeResult m = median(runs);
            results.add(m);
            w.printf(Locale.ROOT, "N=%d done: end to end %.2f s%n", m.enterprises(), m.endToEnd());
            w.flush();
        }
        double geo = 0;
        int[] counts = new int[3];
        if (o.geometry()) geo = geometryOnly(service, counts);
        Result result = new Result(build, results, geo, counts[0], counts[1], counts[2]);
        table(result);
        w.printf(
                Locale.ROOT,
                "load average after the run: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        w.flush();
        return result;
    }

    private void machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long mem = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        w.printf(
                Locale.ROOT,
                "machine: %d cores, %.1f GB memory, %s %s; JVM %s %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                mem / 1e9,
                os.getName(),
                os.getArch(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        w.printf(
                Locale.ROOT,
                "load average before the run: %.2f (other processes share these cores)%n",
                os.getSystemLoadAverage());
        w.flush();
    }

    /** The same pack with every rule but the floor's removed, so Drools and the floor run the same rules. */
    private static RuleBook subsetBook() {
        RuleBook b = RuleBook.load(RulePack.bundled());
        for (RuleInfo r : b.rules()) {
            if (!PlainJavaRules.RULE_IDS.contains(r.id())) b.kieBase().removeRule(r.area(), r.name());
        }
        return b;
    }

    private Path ensureFile(int n, RuleBook book) throws IOException {
        // the generator's version is in the name, so a file left by an older generator is never reused
        Path f = o.dir().resolve("province-" + n + "-seed" + o.seed() + "-v" + SyntheticProvince.VERSION + ".xlsx");
        if (!Files.isRegularFile(f)) {
            long t = System.nanoTime();
            Dataset d = SyntheticProvince.write(n, o.seed(), book.minerals(), f);
            w.printf(
                    Locale.ROOT,
                    "generated %s: %d rows, %.1f MB in %.1f s%n",
                    f,
                    d.rowCount(),
                    Files.size(f) / 1e6,
                    secs(t));
            w.flush();
        }
        return f;
    }

    private SizeResult measure(
            int n, Path file, RuleRunner service, RuleRunner subsetService, PlainJavaRules plain, RuleBook book)
            throws IOException {
        FindingText text = new FindingText(book, Texts.CHINESE, o.checkDate());
        Path json = o.dir().resolve("findings-" + n + ".json");

        // End to end first, as `check FILE --format json --out F` runs it (read, geometry, rules, JSON), with the heap
        // watched: this is the path that must fit in the heap the benchmark is run with.
        System.gc();
        long e2eFindings;
        double endToEnd;
        long peakUsed;
        long peakLive;
        long liveWithResult;
        try (HeapWatch heap = new HeapWatch()) {
            long t = System.nanoTime();
            CheckResult e2e = service.check(List.of(file), o.checkDate());
            if (!e2e.inputOk())
                throw new IllegalStateException(
                        "the workbook has input problems: " + e2e.problems().get(0));
            try (OutputStream os = Files.newOutputStream(json)) {
                new JsonReport().write(e2e, text, os);
            }
            endToEnd = secs(t);
            e2eFindings = e2e.findings().size();
            peakUsed = heap.peakUsedMb();
            peakLive = heap.peakLiveMb();
            // Outside the timing: what a `check --format json` still holds once its report is written (the dataset,
            // the findings and the rules' results), counted after a full collection.
            liveWithResult = liveAfterFullGcMb("end to end, result held", n);
            java.lang.ref.Reference.reachabilityFence(e2e);
        }

        // Then each phase alone, next to its reference.
        System.gc();
        long t = System.nanoTime();
        long bareRows = bareParse(file);
        double bare = secs(t);

        t = System.nanoTime();
        IngestResult in = new WorkbookReader(book.minerals()).read(List.of(file));
        double ingest = secs(t);
        Dataset d = in.dataset();
        if (bareRows != d.rowCount())
            throw new IllegalStateException("bare parse saw " + bareRows + " rows, ingest " + d.rowCount());

        t = System.nanoTime();
        DerivedFacts derived = service.geometry(d, o.checkDate());
        double geometry = secs(t);

        long cpu0 = processCpu();
        t = System.nanoTime();
        RuleRunner.Outcome outcome = service.run(d, derived, o.checkDate());
        List<Finding> findings = outcome.findings();
        double check = secs(t);
        double checkCpu = (processCpu() - cpu0) / 1e9;
        // Between two timed sections: the dataset, the derived facts and the check's outcome held.
        long liveWithPhases = liveAfterFullGcMb("after the check, dataset, derived facts and findings held", n);
        if (findings.size() != e2eFindings) throw new IllegalStateException("end-to-end findings differ");

        t = System.nanoTime();
        List<Finding> drools = subsetService.check(d, derived, o.checkDate());
        double subsetDrools = secs(t);
        t = System.nanoTime();
        List<PlainJavaRules.Hit> floor = plain.run(d, derived, o.checkDate());
        double subsetPlain = secs(t);
        boolean agree = agreement(drools, floor, findings);

        CheckResult result = new CheckResult(
                o.checkDate(),
                List.of(new CheckResult.InputFile(file.getFileName().toString(), null)),
                book.packName(),
                book.digest(),
                d,
                findings,
                List.of(),
                in.notices(),
                outcome.results());
        t = System.nanoTime();
        try (OutputStream os = Files.newOutputStream(json)) {
            new JsonReport().write(result, text, os);
        }
        double jsonReport = secs(t);
        Path xlsx = o.dir().resolve("findings-" + n + ".xlsx");
        t = System.nanoTime();
        try (OutputStream os = Files.newOutputStream(xlsx)) {
            new ExcelReport().write(result, text, os);
        }
        double excelReport = secs(t);
        return new SizeResult(
                n,
                bareRows,
                Files.size(file),
                bare,
                ingest,
                geometry,
                check,
                checkCpu,
                subsetDrools,
                subsetPlain,
                agree,
                floor.size(),
                jsonReport,
                excelReport,
                endToEnd,
                findings.size(),
                peakUsed,
                peakLive,
                liveWithResult,
                liveWithPhases,
                sameAsReference(n, findings));
    }

    /** Compares the findings with the stored digest for this size and seed, or stores it when there is none yet. */
    private boolean sameAsReference(int n, List<Finding> findings) throws IOException {
        if (o.reference() == null) return true;
        Path ref = o.reference()
                .resolve("province-" + n + "-seed" + o.seed() + "-v" + SyntheticProvince.VERSION + "-" + o.checkDate()
                        + ".findings.gz");
        List<String> lines = FindingDigest.lines(findings);
        if (!Files.isRegularFile(ref)) {
            FindingDigest.write(lines, ref);
            w.printf(Locale.ROOT, "reference written: %s (%,d findings)%n", ref, lines.size());
            w.flush();
            return true;
        }
        List<String> diff = FindingDigest.differences(FindingDigest.read(ref), lines, 10);
        if (!diff.isEmpty()) {
            w.println("FINDINGS DIFFER from the reference " + ref + ":");
            diff.forEach(l -> w.println("  " + l));
            w.flush();
        }
        return diff.isEmpty();
    }

    /** CPU time of the whole process (all threads, GC and JIT included), to tell our work from other load. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** Drools on the floor's rules, the floor, and the full check restricted to those rules: all three must match. */
    private boolean agreement(List<Finding> drools, List<PlainJavaRules.Hit> floor, List<Finding> full) {
        List<PlainJavaRules.Hit> a = hits(drools, false);
        List<PlainJavaRules.Hit> b = hits(full, true);
        boolean ok = a.equals(floor) && b.equals(floor);
        if (!ok) {
            Set<PlainJavaRules.Hit> onlyDrools = new HashSet<>(a);
            floor.forEach(onlyDrools::remove);
            Set<PlainJavaRules.Hit> onlyFloor = new HashSet<>(floor);
            a.forEach(onlyFloor::remove);
            w.println(
                    "DISAGREEMENT: only Drools " + onlyDrools.stream().limit(10).toList() + ", only floor "
                            + onlyFloor.stream().limit(10).toList() + " (" + a.size() + " vs " + floor.size() + ")");
        }
        return ok;
    }

    static List<PlainJavaRules.Hit> hits(List<Finding> findings, boolean filter) {
        List<PlainJavaRules.Hit> out = new ArrayList<>();
        for (Finding f : findings) {
            if (filter && !PlainJavaRules.RULE_IDS.contains(f.ruleId())) continue;
            out.add(new PlainJavaRules.Hit(f.ruleId(), f.subject().id()));
        }
        out.sort(null);
        return out;
    }

    /** The ceiling for ingest: fastexcel's streaming parse of every sheet, touching each cell's raw text, building nothing. */
    static long bareParse(Path file) throws IOException {
        long rows = 0;
        long chars = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false))) {
            for (Sheet s : wb.getSheets().toList()) {
                try (Stream<Row> stream = s.openStream()) {
                    var it = stream.iterator();
                    boolean header = true;
                    while (it.hasNext()) {
                        Row r = it.next();
                        for (int i = 0; i < r.getCellCount(); i++) {
                            var c = r.getCell(i);
                            if (c != null && c.getRawValue() != null)
                                chars += c.getRawValue().length();
                        }
                        if (header) header = false;
                        else rows++;
                    }
                }
            }
        }
        if (chars < 0) throw new IllegalStateException();
        return rows;
    }

    private double geometryOnly(RuleRunner service, int[] counts) {
        w.println("geometry: generating 10,000 enterprises with 20 sites per mine ...");
        w.flush();
        Dataset d = SyntheticProvince.generate(10_000, o.seed(), 19);
        counts[0] = d.sites.size();
        counts[1] = (int) d.licences.stream()
                .filter(l -> l.kind() == org.minecheck.model.LicenceKind.MINING)
                .count();
        counts[2] = d.zones.size();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            service.geometry(d, SyntheticProvince.CHECK_DATE);
            best = Math.min(best, secs(t));
        }
        return best;
    }

    private static SizeResult median(List<SizeResult> runs) {
        if (runs.size() == 1) return runs.get(0);
        SizeResult f = runs.get(0);
        return new SizeResult(
                f.enterprises(),
                f.rows(),
                f.fileBytes(),
                med(runs, SizeResult::bareParse),
                med(runs, SizeResult::ingest),
                med(runs, SizeResult::geometry),
                med(runs, SizeResult::check),
                med(runs, SizeResult::checkCpu),
                med(runs, SizeResult::subsetDrools),
                med(runs, SizeResult::subsetPlain),
                runs.stream().allMatch(SizeResult::agree),
                f.subsetFindings(),
                med(runs, SizeResult::jsonReport),
                med(runs, SizeResult::excelReport),
                med(runs, SizeResult::endToEnd),
                f.findings(),
                runs.stream().mapToLong(SizeResult::peakUsedMb).max().orElse(0),
                runs.stream().mapToLong(SizeResult::peakLiveMb).max().orElse(0),
                runs.stream().mapToLong(SizeResult::liveWithResultMb).max().orElse(0),
                runs.stream().mapToLong(SizeResult::liveWithPhasesMb).max().orElse(0),
                runs.stream().allMatch(SizeResult::sameAsReference));
    }

    private static double med(List<SizeResult> runs, java.util.function.ToDoubleFunction<SizeResult> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v[v.length / 2];
    }

    private void table(Result r) {
        w.println();
        w.println(
                "| N enterprises | " + join(r.sizes(), s -> String.format(Locale.ROOT, "%,d", s.enterprises())) + " |");
        w.println("|---|" + "---|".repeat(r.sizes().size()));
        row(r, "rows (all sheets)", s -> String.format(Locale.ROOT, "%,d", s.rows()));
        row(r, "workbook size", s -> String.format(Locale.ROOT, "%.1f MB", s.fileBytes() / 1e6));
        row(
                r,
                "bare parse (ceiling)",
                s -> String.format(Locale.ROOT, "%.2f s, %,.0f rows/s", s.bareParse(), s.bareRowsPerSecond()));
        row(r, "ingest", s -> String.format(Locale.ROOT, "%.2f s, %,.0f rows/s", s.ingest(), s.rowsPerSecond()));
        row(r, "ingest / bare parse", s -> String.format(Locale.ROOT, "%.1f×", s.ingest() / s.bareParse()));
        row(r, "geometry", s -> String.format(Locale.ROOT, "%.2f s", s.geometry()));
        row(
                r,
                "check (all rules)",
                s -> String.format(Locale.ROOT, "%.2f s, %,.0f enterprises/s", s.check(), s.enterprisesPerSecond()));
        row(
                r,
                "check: process CPU time",
                s -> String.format(
                        Locale.ROOT,
                        "%.2f s (%,.0f enterprises per CPU-second)",
                        s.checkCpu(),
                        s.enterprises() / s.checkCpu()));
        row(
                r,
                "findings",
                s -> String.format(Locale.ROOT, "%,d (%,.0f findings/s)", s.findings(), s.findings() / s.check()));
        row(
                r,
                "floor's " + PlainJavaRules.RULE_IDS.size() + " rules: Drools",
                s -> String.format(
                        Locale.ROOT,
                        "%.3f s, %,.0f enterprises/s",
                        s.subsetDrools(),
                        s.enterprises() / s.subsetDrools()));
        row(
                r,
                "floor's " + PlainJavaRules.RULE_IDS.size() + " rules: plain Java (floor)",
                s -> String.format(
                        Locale.ROOT,
                        "%.3f s, %,.0f enterprises/s",
                        s.subsetPlain(),
                        s.enterprises() / s.subsetPlain()));
        row(r, "Drools / floor", s -> String.format(Locale.ROOT, "%.0f×", s.subsetDrools() / s.subsetPlain()));
        row(
                r,
                "floor agrees with Drools",
                s -> (s.agree() ? "yes, " : "NO, ") + String.format(Locale.ROOT, "%,d findings", s.subsetFindings()));
        row(r, "JSON report", s -> String.format(Locale.ROOT, "%.2f s", s.jsonReport()));
        row(r, "Excel report", s -> String.format(Locale.ROOT, "%.2f s", s.excelReport()));
        row(r, "end to end (read, check, JSON)", s -> String.format(Locale.ROOT, "%.2f s", s.endToEnd()));
        row(r, "**ratios to the bare parse**", s -> "");
        row(r, "check ÷ bare parse", s -> ratio(s.check(), s));
        row(r, "ingest ÷ bare parse", s -> ratio(s.ingest(), s));
        row(r, "JSON report ÷ bare parse", s -> ratio(s.jsonReport(), s));
        row(r, "end to end ÷ bare parse", s -> ratio(s.endToEnd(), s));
        if (o.reference() != null) row(r, "findings equal to the reference", s -> s.sameAsReference() ? "yes" : "NO");
        row(
                r,
                "end to end: peak heap used / most live after GC",
                s -> s.peakUsedMb() + " MB / " + s.peakLiveMb() + " MB ("
                        + Math.round(
                                100.0 * s.peakLiveMb() / (Runtime.getRuntime().maxMemory() >> 20))
                        + " % of the heap limit; an upper bound: old-generation garbage counts)");
        row(
                r,
                "end to end: live heap, full GC with the result held",
                s -> s.liveWithResultMb() + " MB (" + percentOfLimit(s.liveWithResultMb()) + " % of the heap limit)");
        row(
                r,
                "after the check: live heap, full GC with dataset, derived facts, findings held",
                s -> s.liveWithPhasesMb() + " MB (" + percentOfLimit(s.liveWithPhasesMb()) + " % of the heap limit)");
        w.println();
        if (o.geometry()) {
            w.printf(
                    Locale.ROOT,
                    "geometry alone: %,d sites, %,d mining licences, %,d forbidden zones: %.2f s (best of 3)%n",
                    r.geometrySites(),
                    r.geometryLicences(),
                    r.geometryZones(),
                    r.geometryOnly());
        }
        w.flush();
    }

    private static long percentOfLimit(long mb) {
        return Math.round(100.0 * mb / (Runtime.getRuntime().maxMemory() >> 20));
    }

    /**
     * The true live set: heap in use right after a full collection (System.gc() is a full, compacting collection with
     * G1 unless -XX:+ExplicitGCInvokesConcurrent). Never inside a timed section. With
     * {@code -Dminecheck.bench.histogram=L} the first L lines of the class histogram at that point are printed too, for
     * the size given by {@code -Dminecheck.bench.histogram-size} (every size, the warm-up's included, when not given).
     */
    private long liveAfterFullGcMb(String where, int n) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        // printed at once too: a later phase running out of heap must not take the figure with it
        w.printf(Locale.ROOT, "live heap after a full GC at %,d enterprises (%s): %d MB%n", n, where, used >> 20);
        w.flush();
        int lines = Integer.getInteger("minecheck.bench.histogram", 0);
        Integer onlySize = Integer.getInteger("minecheck.bench.histogram-size");
        if (lines > 0 && (onlySize == null || onlySize == n)) {
            w.printf(Locale.ROOT, "class histogram at %,d enterprises (%s), live %d MB:%n", n, where, used >> 20);
            w.println(classHistogram(lines));
            w.flush();
        }
        return used >> 20;
    }

    /** The first lines of the JVM's class histogram (as `jcmd PID GC.class_histogram`; it runs a full GC itself). */
    private static String classHistogram(int lines) {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            return String.join("\n", text.toString().lines().limit(lines).toList());
        } catch (javax.management.JMException e) {
            return "(no class histogram: " + e.getMessage() + ")";
        }
    }

    private static String ratio(double seconds, SizeResult s) {
        return String.format(Locale.ROOT, "%.2f×", seconds / s.bareParse());
    }

    private void row(Result r, String name, java.util.function.Function<SizeResult, String> cell) {
        w.println("| " + name + " | " + join(r.sizes(), cell) + " |");
    }

    private static String join(List<SizeResult> sizes, java.util.function.Function<SizeResult, String> cell) {
        return String.join(" | ", sizes.stream().map(cell).toList());
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Heap watch for one measurement, from GC notifications on the heap pools only: the most heap in use when a GC
     * started (the peak the run reached, garbage included) and the most still in use after one (the live set).
     */
    private static final class HeapWatch implements AutoCloseable {
        private final Set<String> heapPools = new HashSet<>();
        private final AtomicLong maxBefore = new AtomicLong();
        private final AtomicLong maxAfter = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = (n, h) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                    .getGcInfo();
            maxBefore.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
            maxAfter.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
        };

        HeapWatch() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) heapPools.add(p.getName());
            }
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(listener, null, null);
                    emitters.add(e);
                }
            }
        }

        private long heap(java.util.Map<String, MemoryUsage> usage) {
            long sum = 0;
            for (var e : usage.entrySet())
                if (heapPools.contains(e.getKey())) sum += e.getValue().getUsed();
            return sum;
        }

        long peakUsedMb() {
            var now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return Math.max(maxBefore.get(), now) >> 20;
        }

        long peakLiveMb() {
            return maxAfter.get() >> 20;
        }

        @Override
        public void close() {
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            }
        }
    }

    public static List<Integer> parseSizes(String s) {
        return Arrays.stream(s.split(","))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .map(x -> Integer.parseInt(x.replace("_", "")))
                .toList();
    }
}

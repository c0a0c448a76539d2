package org.minecheck.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.minecheck.CoreConfig;
import org.minecheck.finding.Finding;
import org.minecheck.geometry.DerivedFacts;
import org.minecheck.model.Dataset;
import org.minecheck.tools.synthetic.FindingDigest;
import org.minecheck.tools.synthetic.SyntheticProvince;

/**
 * Measures the Drools executable model of the bundled pack against the two ways it is built today (issue 13): DRL
 * compiled at run time ({@link RuleBook#load(RulePack)}) and the serialised packages compiled by the build
 * ({@link PrecompiledRules}). Not a test: run it with the test class path, one JVM per start-up measurement.
 *
 * <pre>
 * start drl|bin FILE|exec|kjar FILE   time (wall and CPU) to a usable rule base in this new JVM
 * write-kjar FILE                     the executable model compiled now, as the kjar kie-maven-plugin would build
 * throughput N ROUNDS [FILE [reversed]] warm check of an N-enterprise synthetic province, DRL against executable model
 *                                     (and the serialised pack when FILE is given), alternating; findings compared
 *                                     with test-data/reference
 * </pre>
 *
 * <p>Run: {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}, then {@code java -Xmx1g -cp
 * target/test-classes:target/classes:$(cat cp.txt) org.minecheck.engine.ExecutableModelBench start bin
 * target/minecheck-app/bundled-rules.bin}. Measured (Dec 2026, issue 13): same findings, same warm throughput within
 * the noise, a prebuilt model about 0.25 s less CPU to load than the serialised pack, a run-time model compile about
 * twice the CPU of compiling the DRL; two DRL constructs need rewriting for it (see {@link #forExecutableModel}).
 */
public final class ExecutableModelBench {
    private static final String PREFIX = "src/main/resources/rules/";

    private ExecutableModelBench() {}

    public static void main(String[] args) throws Exception {
        long jvmStart =
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        switch (args[0]) {
            case "start" -> {
                Map<String, String> drl =
                        PrecompiledRules.drlOf(RulePack.bundled().baseFiles());
                long cpu = processCpu();
                long t = System.nanoTime();
                KieBase kieBase =
                        switch (args[1]) {
                            case "drl" ->
                                org.minecheck.engine.pack.PackCompiler.compile(
                                                drl, Map.of(), "overlay", key -> true, new ArrayList<>())
                                        .kieBase();
                            case "bin" -> PrecompiledRules.load(Path.of(args[2]), drl);
                            case "exec" -> execModel();
                            case "kjar" -> fromKjar(Path.of(args[2]));
                            default -> throw new IllegalArgumentException(args[1]);
                        };
                // a first session proves the rule base usable
                kieBase.newKieSession().dispose();
                double inMain = (System.nanoTime() - t) / 1e9;
                double cpuInMain = (processCpu() - cpu) / 1e9;
                double sinceJvm = (System.currentTimeMillis() - jvmStart) / 1e3;
                System.out.printf(
                        Locale.ROOT,
                        "start %s: %d rules, rule base in %.2f s (%.2f s CPU), %.2f s since the JVM started, %.2f s CPU%n",
                        args[1],
                        ruleInfos(kieBase).size(),
                        inMain,
                        cpuInMain,
                        sinceJvm,
                        processCpu() / 1e9);
            }
            case "write-kjar" -> {
                long t = System.nanoTime();
                byte[] jar = ((InternalKieModule) buildExecModel()).getBytes();
                Files.write(Path.of(args[1]), jar);
                System.out.printf(
                        Locale.ROOT,
                        "kjar %s: %d KB, built in %.2f s%n",
                        args[1],
                        jar.length / 1024,
                        (System.nanoTime() - t) / 1e9);
            }
            case "throughput" ->
                throughput(
                        Integer.parseInt(args[1]),
                        Integer.parseInt(args[2]),
                        args.length > 3 ? Path.of(args[3]) : null,
                        args.length > 4 && args[4].equals("reversed"));
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }

    /** The bundled DRL compiled to the executable model at run time. */
    static KieBase execModel() {
        KieModule module = buildExecModel();
        return KieServices.get().newKieContainer(module.getReleaseId()).getKieBase();
    }

    private static KieModule buildExecModel() {
        KieServices ks = KieServices.get();
        ReleaseId id = ks.newReleaseId("org.minecheck", "bundled-rules", "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        Map<String, String> drl = PrecompiledRules.drlOf(RulePack.bundled().baseFiles());
        drl.forEach((path, text) -> kfs.write(PREFIX + path, forExecutableModel(text)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.forEach(m -> System.out.println("ERROR " + m));
            throw new IllegalStateException(errors.size() + " errors building the executable model");
        }
        builder.getResults().getMessages(Message.Level.WARNING).forEach(m -> System.out.println("WARNING " + m));
        return builder.getKieModule();
    }

    /**
     * The DRL rewritten where the executable model's parser reads it otherwise than the DRL compiler does, each a
     * construct that fails as written (see the report of issue 13).
     */
    static String forExecutableModel(String drl) {
        // a bare call of ParamRow.matches(..) in a constraint is read as the regex operator "matches"
        String text = drl.replaceAll("(?<![\\w.$])matches\\s*\\(", "this.matches(");
        // a consequence's "drools" is org.drools.model.Drools, not the RuleContext FindingSink takes (the object
        // behind it, DroolsImpl, is both)
        return text.replaceAll("\\b(raise\\w*)\\(drools,", "$1((org.kie.api.runtime.rule.RuleContext) drools,");
    }

    /**
     * A kjar written by {@code write-kjar} (the executable model compiled before), loaded as an application would load
     * model classes compiled into its jar: the rule base built straight from the generated model classes it lists.
     * (Reading the kjar through the KIE repository needs its kmodule.xml, and reading that needs drools-xml-support.)
     */
    static KieBase fromKjar(Path jar) throws Exception {
        var loader = new java.net.URLClassLoader(
                new java.net.URL[] {jar.toUri().toURL()}, ExecutableModelBench.class.getClassLoader());
        String list;
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            var entry = zip.stream()
                    .filter(e -> e.getName().endsWith("/drools-model"))
                    .findFirst()
                    .orElseThrow();
            list = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<org.drools.model.Model> models = new ArrayList<>();
        for (String line : list.split("\\R")) {
            if (line.isBlank() || line.startsWith("Drools-Model-Version")) continue;
            models.add((org.drools.model.Model)
                    loader.loadClass(line.strip()).getDeclaredConstructor().newInstance());
        }
        return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** The rules' metadata as {@link RuleBook} reads it from a rule base, sorted by id. */
    static List<RuleInfo> ruleInfos(KieBase kieBase) throws ReflectiveOperationException {
        Method infos = RuleBook.class.getDeclaredMethod("ruleInfos", KieBase.class, List.class);
        infos.setAccessible(true);
        List<String> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<RuleInfo> rules = new ArrayList<>((List<RuleInfo>) infos.invoke(null, kieBase, problems));
        if (!problems.isEmpty()) throw new IllegalStateException("rule metadata: " + problems);
        rules.sort(java.util.Comparator.comparing(RuleInfo::id));
        return List.copyOf(rules);
    }

    /** {@code book} with another rule base of the same rules, its rule metadata read from that rule base. */
    static RuleBook withRuleBase(RuleBook book, KieBase kieBase) throws ReflectiveOperationException {
        Constructor<?> c = RuleBook.class.getDeclaredConstructors()[0];
        c.setAccessible(true);
        return (RuleBook) c.newInstance(
                book.packName(),
                book.digest(),
                kieBase,
                ruleInfos(kieBase),
                book.settings(),
                book.paramRows(),
                book.citations(),
                book.messages(),
                book.minerals(),
                book.notices());
    }

    private static void throughput(int n, int rounds, Path precompiled, boolean reversed) throws Exception {
        LocalDate date = SyntheticProvince.CHECK_DATE;
        long t = System.nanoTime();
        RuleBook drl = RuleBook.load(RulePack.bundled());
        System.out.printf(Locale.ROOT, "DRL compiled in %.2f s%n", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        RuleBook exec = withRuleBase(drl, execModel());
        System.out.printf(Locale.ROOT, "executable model compiled in %.2f s%n", (System.nanoTime() - t) / 1e9);
        compareRules(drl, exec);
        List<String> names = new ArrayList<>(List.of("drl", "exec"));
        List<RuleRunner> runners = new ArrayList<>(List.of(runner(drl), runner(exec)));
        if (precompiled != null) {
            names.add("bin");
            runners.add(runner(RuleBook.load(RulePack.bundled(), precompiled)));
        }

        if (reversed) { // the first run of a round warms code the others share: let each way go first once
            java.util.Collections.reverse(names);
            java.util.Collections.reverse(runners);
        }
        Dataset d = SyntheticProvince.generate(n, 1);
        DerivedFacts derived = runners.get(0).geometry(d, date);
        Path reference = Path.of("test-data/reference/province-" + n + "-seed1-v" + SyntheticProvince.VERSION
                + "-dataset-" + date + ".findings.gz");
        List<String> expected = Files.exists(reference) ? FindingDigest.read(reference) : null;
        List<List<Double>> times = new ArrayList<>();
        List<List<Double>> cpuTimes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            times.add(new ArrayList<>());
            cpuTimes.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                System.gc();
                long cpu = processCpu();
                long s = System.nanoTime();
                List<Finding> findings = runners.get(i).run(d, derived, date).findings();
                double secs = (System.nanoTime() - s) / 1e9;
                double cpuSecs = (processCpu() - cpu) / 1e9;
                times.get(i).add(secs);
                cpuTimes.get(i).add(cpuSecs);
                String same = "";
                if (round == 0) {
                    List<String> lines = FindingDigest.lines(findings);
                    same = expected == null
                            ? " (no reference " + reference + ")"
                            : FindingDigest.differences(expected, lines, 5).isEmpty()
                                    ? " findings equal to the reference"
                                    : " FINDINGS DIFFER: " + FindingDigest.differences(expected, lines, 5);
                }
                System.out.printf(
                        Locale.ROOT,
                        "round %d %-4s %.3f s (%.3f s CPU), %,.0f enterprises/s, %,d findings%s%n",
                        round,
                        names.get(i),
                        secs,
                        cpuSecs,
                        n / secs,
                        findings.size(),
                        same);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            double wall = median(times.get(i).subList(Math.min(2, rounds - 1), rounds));
            double cpu = median(cpuTimes.get(i).subList(Math.min(2, rounds - 1), rounds));
            System.out.printf(
                    Locale.ROOT,
                    "median warm %-4s %.3f s (%,.0f enterprises/s), %.3f s CPU, over %d rounds after the first two%n",
                    names.get(i),
                    wall,
                    n / wall,
                    cpu,
                    rounds - Math.min(2, rounds - 1));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** CPU time of the whole process (all threads, JIT and GC included), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static RuleRunner runner(RuleBook book) {
        // as in bench: the check's 120 s runaway limit is for users' packs, not for a loaded, shared machine
        RunawayGuard guard = new RunawayGuard(
                java.time.Duration.ofHours(1),
                RunawayGuard.DEFAULT_FIRINGS_BASE,
                RunawayGuard.DEFAULT_FIRINGS_PER_FACT);
        return new RuleRunner(
                book, CoreConfig.standardExtensions(), 0, org.minecheck.ingest.IngestLimits.DEFAULT, guard);
    }

    private static void compareRules(RuleBook drl, RuleBook exec) {
        java.util.Comparator<RuleInfo> order =
                java.util.Comparator.comparing(RuleInfo::id).thenComparing(RuleInfo::name);
        List<RuleInfo> a = drl.rules().stream().sorted(order).toList();
        List<RuleInfo> b = exec.rules().stream().sorted(order).toList();
        if (a.equals(b)) {
            System.out.println("rule metadata: equal (" + a.size() + " rules)");
            return;
        }
        System.out.println("rule metadata DIFFERS: " + a.size() + " against " + b.size());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                System.out.println("  drl:  " + a.get(i));
                System.out.println("  exec: " + b.get(i));
            }
        }
    }
}

package org.minecheck.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.minecheck.engine.api.*;
import org.minecheck.engine.api.Progress;
import org.minecheck.finding.Finding;
import org.minecheck.geometry.CoordinateBounds;
import org.minecheck.geometry.DerivedFacts;
import org.minecheck.geometry.GeometryAnalyzer;
import org.minecheck.ingest.IngestLimits;
import org.minecheck.ingest.IngestResult;
import org.minecheck.ingest.WorkbookInput;
import org.minecheck.ingest.WorkbookReader;
import org.minecheck.model.*;

/**
 * Runs one rule book over workbooks or a dataset as of a date: ingest, the geometry pass, then stateless rule sessions
 * over batches of enterprises (each enterprise's mines, licences, sites and records; {@link #BATCH_ENTERPRISES} per
 * session) and one for the region's reference data, so memory stays flat for a province. Extensions add regional facts before the rules and side tables after them.
 */
public final class RuleRunner {
    private final RuleBook book;
    private final List<CheckExtension> extensions;
    private final int threads;
    private final IngestLimits limits;
    private final RunawayGuard guard;
    private volatile Progress progress = Progress.NONE;

    public RuleRunner(RuleBook book, List<CheckExtension> extensions) {
        this(book, extensions, 0, IngestLimits.DEFAULT, new RunawayGuard());
    }

    /** {@code threads}: for the rules of a large check; 0 means one per core, at most four. */
    public RuleRunner(RuleBook book, List<CheckExtension> extensions, int threads, IngestLimits limits) {
        this(book, extensions, threads, limits, new RunawayGuard());
    }

    /** As above, with the time and firing limits of {@code guard} (defaults: {@link RunawayGuard#RunawayGuard()}). */
    public RuleRunner(
            RuleBook book, List<CheckExtension> extensions, int threads, IngestLimits limits, RunawayGuard guard) {
        this.book = book;
        this.extensions = List.copyOf(extensions);
        this.threads = threads > 0
                ? threads
                : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        this.limits = limits;
        this.guard = guard;
    }

    /** This runner, telling {@code progress} where its checks have got to. */
    public RuleRunner withProgress(Progress progress) {
        this.progress = progress == null ? Progress.NONE : progress;
        return this;
    }

    public RuleBook ruleBook() {
        return book;
    }

    public CheckResult check(List<Path> files, LocalDate checkDate) {
        return checkInputs(files.stream().map(WorkbookInput::of).toList(), checkDate);
    }

    /** Reads the workbooks and, when they are readable, runs the rules; problems come back instead of findings. */
    public CheckResult checkInputs(List<WorkbookInput> inputs, LocalDate checkDate) {
        progress.update("read", 0, inputs.size());
        IngestResult in = new WorkbookReader(book.minerals(), limits).readInputs(inputs);
        List<CheckResult.InputFile> files = inputs.stream()
                .map(i -> new CheckResult.InputFile(i.name(), i.sha256()))
                .toList();
        if (!in.ok()) {
            return new CheckResult(
                    checkDate,
                    files,
                    book.packName(),
                    book.digest(),
                    in.dataset(),
                    List.of(),
                    in.problems(),
                    in.notices(),
                    List.of());
        }
        Outcome o = run(in.dataset(), checkDate);
        return new CheckResult(
                checkDate,
                files,
                book.packName(),
                book.digest(),
                in.dataset(),
                o.findings(),
                List.of(),
                in.notices(),
                o.results());
    }

    /** Runs every rule over a dataset as of a date; the findings come back in a stable order. */
    public List<Finding> check(Dataset d, LocalDate checkDate) {
        return run(d, checkDate).findings();
    }

    /** The rules over a dataset whose geometry facts are already derived (the benchmark times the two apart). */
    public List<Finding> check(Dataset d, DerivedFacts derived, LocalDate checkDate) {
        return run(d, derived, checkDate).findings();
    }

    /** The geometry pass alone, as of the check date (licences in force on each site's conduct date). */
    public DerivedFacts geometry(Dataset d, LocalDate checkDate) {
        return new GeometryAnalyzer(d.withLicenceEvents(), bounds(), checkDate).analyze();
    }

    /** Findings with what the extensions computed beside them (fund rates, historical-mine progress). */
    public record Outcome(List<Finding> findings, List<CheckExtension.Result> results) {}

    public Outcome run(Dataset d, LocalDate checkDate) {
        progress.update("geometry", 0, d.sites.size());
        return run(d, geometry(d, checkDate), checkDate);
    }

    public Outcome run(Dataset rows, DerivedFacts derived, LocalDate checkDate) {
        Dataset d = rows.withLicenceEvents(); // each licence as it stood on a date: joined with its dated events
        CheckContext context = new CheckContext(checkDate);
        List<CheckExtension.Run> runs = new ArrayList<>();
        List<Object> regionalFacts = new ArrayList<>();
        for (CheckExtension x : extensions) {
            CheckExtension.Run run = x.start(d, context, book.settings());
            runs.add(run);
            regionalFacts.addAll(run.regionalFacts());
        }
        SubjectResolver subjects = new SubjectResolver(d);
        RuleBaseTypes types = RuleBaseTypes.of(book.kieBase());
        List<Object> shared = new ArrayList<>();
        shared.add(context);
        shared.add(book.minerals()); // LIC-004 compares minerals at the family level
        shared.addAll(book.settings().values());
        shared.addAll(book.paramRows());
        List<Object> common = commonFacts(shared, types);
        List<List<Object>> bundles = bundles(d, derived, regionalFacts);
        // Bundles are split into contiguous chunks, one per thread, each with its own sink; joining the sinks in chunk
        // order gives exactly the lists one thread would have produced, so the stable sort below gives the same order.
        int threads = bundles.size() < PARALLEL_FROM ? 1 : this.threads;
        List<FindingSink> sinks = new ArrayList<>();
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        List<Runnable> chunks = new ArrayList<>();
        RunawayGuard.Run guarded = guard.start();
        for (int t = 0; t < threads; t++) {
            FindingSink sink = new FindingSink(subjects::resolve, checkDate);
            sinks.add(sink);
            List<List<Object>> chunk =
                    bundles.subList(bundles.size() * t / threads, bundles.size() * (t + 1) / threads);
            chunks.add(() -> execute(chunk, common, types, sink, done, bundles.size(), guarded));
        }
        progress.update("rules", 0, bundles.size());
        guarded.runAll(chunks);
        List<Finding> out = new ArrayList<>();
        List<Object> notes = new ArrayList<>();
        for (FindingSink sink : sinks) {
            out.addAll(sink.findings());
            notes.addAll(sink.notes());
        }
        out.sort(ORDER);
        List<CheckExtension.Result> results = new ArrayList<>();
        for (CheckExtension.Run run : runs) results.add(run.finish(notes));
        return new Outcome(out, results);
    }

    /** The shared facts some rule's literal tests let through, found with a throw-away session of the rule base. */
    private List<Object> commonFacts(List<Object> common, RuleBaseTypes types) {
        org.kie.api.runtime.KieSession probe = book.kieBase().newKieSession();
        try {
            return probe instanceof org.drools.base.base.ValueResolver resolver
                    ? types.reachable(common, resolver)
                    : common.stream().filter(types::matchable).toList();
        } finally {
            probe.dispose();
        }
    }

    /** Below this many bundles one thread is quicker than starting more. */
    private static final int PARALLEL_FROM = 2000;

    private static final int MAX_THREADS = 4;

    /**
     * Enterprises checked together in one session. Every rule joins an enterprise's facts by their ids (mine, licence,
     * site, patch — unique in a dataset, see ReferenceCheck), so a session holding several enterprises finds exactly
     * what one session per enterprise finds, while the shared facts are inserted and the session reset once per batch
     * and each rule's network is evaluated once for the batch's tuples instead of once per enterprise. Measured at
     * 10,000 enterprises on a quiet machine: the check's CPU time −28 % against one enterprise per session
     * (docs/performance.md).
     */
    public static final int BATCH_ENTERPRISES = 64;

    private int batch = BATCH_ENTERPRISES;

    /** This runner, checking {@code enterprises} per session (1: one session per enterprise, as before batching). */
    public RuleRunner withBatch(int enterprises) {
        if (enterprises < 1) throw new IllegalArgumentException("a batch holds at least one enterprise");
        this.batch = enterprises;
        return this;
    }

    /**
     * One stateless session per batch of bundles; the regional bundle (last) is always a batch of its own. Sessions
     * come from a pool: each execute still starts from an empty session (the pool resets it) but reuses its internals
     * instead of building them every time. Facts of a type no rule can match are not inserted at all.
     */
    private void execute(
            List<List<Object>> bundles,
            List<Object> common,
            RuleBaseTypes types,
            FindingSink sink,
            java.util.concurrent.atomic.AtomicLong done,
            long total,
            RunawayGuard.Run guarded) {
        KieSessionsPool pool = book.kieBase().newKieSessionsPool(1);
        try {
            StatelessKieSession session = pool.newStatelessKieSession();
            session.setGlobal("findings", sink);
            RunawayGuard.Watch watch = guarded.watch(session);
            int i = 0;
            while (i < bundles.size()) {
                // Drools ignores interrupts: a cancelled check (Ctrl-C in the shell) stops between batches
                if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException();
                int end = i + 1;
                if (!regional(bundles.get(i))) {
                    while (end < bundles.size() && end - i < batch && !regional(bundles.get(end))) end++;
                }
                List<List<Object>> group = bundles.subList(i, end);
                try {
                    watch.execute(session, subject(group), facts(common, group, types));
                } catch (CheckStoppedException e) {
                    if (group.size() == 1 || e.reason() != CheckStoppedException.Reason.FIRING_LIMIT) throw e;
                    // name the enterprise whose facts run away: the group's members again, one session each
                    for (List<Object> bundle : group) {
                        watch.execute(session, subject(List.of(bundle)), facts(common, List.of(bundle), types));
                    }
                    throw e;
                }
                progress.update("rules", done.addAndGet(group.size()), total);
                i = end;
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The shared facts and the batch's own, each once (a historical patch may hang off two enterprises). */
    private static List<Object> facts(List<Object> common, List<List<Object>> group, RuleBaseTypes types) {
        int size = common.size();
        for (List<Object> bundle : group) size += bundle.size();
        List<Object> facts = new ArrayList<>(size);
        facts.addAll(common);
        // within one bundle nothing repeats; across bundles a shared fact goes in once
        java.util.Set<Object> seen =
                group.size() == 1 ? null : java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Object> bundle : group) {
            for (Object f : bundle) if (types.matchable(f) && (seen == null || seen.add(f))) facts.add(f);
        }
        return facts;
    }

    /** The enterprise of a batch of one, else the first and last of the batch. */
    private static String subject(List<List<Object>> group) {
        String first = RunawayGuard.subjectOf(group.get(0));
        return group.size() == 1
                ? first
                : first + RunawayGuard.TO + RunawayGuard.subjectOf(group.get(group.size() - 1));
    }

    private static boolean regional(List<Object> bundle) {
        return RunawayGuard.REGIONAL.equals(RunawayGuard.subjectOf(bundle));
    }

    private CoordinateBounds bounds() {
        return bounds(book);
    }

    /** The plausible survey coordinates the pack's settings allow; corner points outside them are refused. */
    public static CoordinateBounds bounds(RuleBook book) {
        return new CoordinateBounds(
                book.setting("geometry.x-min").doubleValue(),
                book.setting("geometry.x-max").doubleValue(),
                book.setting("geometry.y-min").doubleValue(),
                book.setting("geometry.y-max").doubleValue());
    }

    /** Most serious first, then rule id, subject and evidence, so the same input always gives the same list. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> nullSafe(f.subject().enterpriseId()))
            .thenComparing(f -> f.subject().id())
            .thenComparing(f -> f.evidence().stream()
                    .map(e -> e.name() + "=" + e.value())
                    .toList()
                    .toString());

    private static String nullSafe(String s) {
        return s == null ? "" : s;
    }

    /**
     * One bundle of facts per enterprise (everything hanging off the mines it runs) plus one regional bundle with the
     * reference data, the regional aggregates and the {@link RegionalScope} marker. A historical patch lying in a
     * licence is also put in the licence holder's bundle, beside its {@code PatchInLicence} fact.
     */
    static List<List<Object>> bundles(Dataset d, DerivedFacts g, List<Object> regionalFacts) {
        Map<String, List<Object>> byEnterprise = new LinkedHashMap<>();
        Map<String, String> enterpriseOfMine = new HashMap<>();
        for (Enterprise e : d.enterprises) byEnterprise.put(e.id(), new ArrayList<>(List.of(e)));
        for (Mine m : d.mines) {
            enterpriseOfMine.put(m.id(), m.operatorId());
            byEnterprise.computeIfAbsent(m.operatorId(), k -> new ArrayList<>()).add(m);
        }
        Map<String, String> mineOfLicence = new HashMap<>();
        Map<String, String> mineOfSite = new HashMap<>();
        for (Licence l : d.licences) if (l.kind() == LicenceKind.MINING) mineOfLicence.put(l.number(), l.mineId());
        for (WorkingSite s : d.sites) mineOfSite.put(s.id(), s.mineId());
        Function<String, List<Object>> ofMine = mineId -> {
            String e = enterpriseOfMine.get(mineId);
            return e == null ? null : byEnterprise.get(e);
        };
        addAll(d.licences, Licence::mineId, ofMine);
        addAll(d.blocks, b -> mineOfLicence.get(b.licenceNumber()), ofMine);
        addAll(d.sites, WorkingSite::mineId, ofMine);
        addAll(d.production, Production::mineId, ofMine);
        addAll(d.funds, FundRecord::mineId, ofMine);
        addAll(d.approvals, Approval::mineId, ofMine);
        addAll(d.progress, RestorationProgress::mineId, ofMine);
        addAll(g.sitesOutside, s -> s.mineId(), ofMine);
        addAll(g.sitesInBlocks, s -> mineOfSite.get(s.siteId()), ofMine);
        addAll(g.zoneOverlaps, z -> z.mineId(), ofMine);
        addAll(g.patchesInLicences, p -> p.mineId(), ofMine);
        Map<String, HistoricalMine> patches = new HashMap<>();
        for (HistoricalMine h : d.historicalMines) patches.put(h.id(), h);
        Map<List<Object>, java.util.Set<String>> placed = new java.util.IdentityHashMap<>();
        for (var p : g.patchesInLicences) {
            List<Object> target = p.mineId() == null ? null : ofMine.apply(p.mineId());
            HistoricalMine h = patches.get(p.patchId());
            if (target != null
                    && h != null
                    && placed.computeIfAbsent(target, k -> new java.util.HashSet<>())
                            .add(h.id())) {
                target.add(h);
            }
        }
        List<Object> regional = new ArrayList<>();
        for (var p : g.shapeProblems) {
            String mine =
                    switch (p.ownerType()) {
                        case LICENCE -> mineOfLicence.get(p.ownerId());
                        case SITE -> mineOfSite.get(p.ownerId());
                        default -> null;
                    };
            List<Object> target = mine == null ? null : ofMine.apply(mine);
            (target == null ? regional : target).add(p);
        }
        regional.add(new RegionalScope());
        regional.addAll(regionalFacts);
        regional.addAll(d.regions);
        regional.addAll(d.targets);
        regional.addAll(d.historicalMines);
        regional.addAll(g.patchesInLicences); // a patch inside only lapsed licences is the county's (HIS-003)
        regional.addAll(d.zones);
        List<List<Object>> out = new ArrayList<>(byEnterprise.values());
        out.add(regional);
        return out;
    }

    private static <T> void addAll(List<T> facts, Function<T, String> mineId, Function<String, List<Object>> ofMine) {
        for (T f : facts) {
            String m = mineId.apply(f);
            List<Object> target = m == null ? null : ofMine.apply(m);
            if (target != null) target.add(f);
        }
    }
}

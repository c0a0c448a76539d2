package org.minecheck.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.minecheck.engine.api.RegionalScope;
import org.minecheck.model.Enterprise;
import org.minecheck.model.Mine;

/**
 * Keeps a check's rules from running away: an agenda listener counts the firings on each enterprise's facts and halts
 * the session when they pass the firing limit (a rule that re-fires without end), and a watchdog over the worker
 * threads fails the check when the rules pass the time limit (a consequence that does not return, a condition joining
 * too many facts). Either way the check ends with a {@link CheckStoppedException} naming the rule and the enterprise,
 * never with a hang or with partial findings.
 *
 * <p>What it cannot do: a Java thread cannot be killed, so a worker stuck inside one consequence keeps its core until
 * that consequence returns or the process exits (the worker is a daemon thread: the command line exits at once). The
 * pack validator ({@code engine.pack}) refuses loops, regular expressions and the other ways a rule could do that.
 * Neither limit is regulatory: they are product settings with defaults here, given to {@link CheckService}.
 */
public final class RunawayGuard {
    /** The rules of one check, all enterprises together, stop after this long. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);
    /** Firings allowed on one enterprise's facts: this many, plus {@link #DEFAULT_FIRINGS_PER_FACT} per fact. */
    public static final long DEFAULT_FIRINGS_BASE = 10_000;
    public static final long DEFAULT_FIRINGS_PER_FACT = 100;

    private final Duration timeLimit;
    private final long firingsBase;
    private final long firingsPerFact;

    /** The defaults: 120 s per check, 10,000 firings + 100 per fact on one enterprise's facts. */
    public RunawayGuard() {
        this(DEFAULT_TIME_LIMIT, DEFAULT_FIRINGS_BASE, DEFAULT_FIRINGS_PER_FACT);
    }

    public RunawayGuard(Duration timeLimit, long firingsBase, long firingsPerFact) {
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("time limit must be > 0");
        if (firingsBase < 1 || firingsPerFact < 0) throw new IllegalArgumentException("firing limits must be positive");
        this.timeLimit = timeLimit;
        this.firingsBase = firingsBase;
        this.firingsPerFact = firingsPerFact;
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    /** One check's rule phase. */
    public Run start() {
        return new Run();
    }

    /** The rule phase of one check: its worker threads, their watches, and why it stopped if it did. */
    public final class Run {
        private final List<Watch> watches = new CopyOnWriteArrayList<>();
        private volatile CheckStoppedException stopped;

        private Run() {}

        /** Watches the sessions of the calling worker thread; call once per session, on the thread that runs it. */
        public Watch watch(StatelessKieSession session) {
            Watch w = new Watch(this);
            session.addEventListener(w);
            watches.add(w);
            return w;
        }

        /**
         * Runs the tasks, each on its own daemon thread, and waits at most the time limit for all of them. The first
         * failure of any task (a {@link CheckStoppedException} from a watch included) stops the others and is thrown.
         */
        public void runAll(List<Runnable> tasks) {
            AtomicInteger n = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(tasks.size(), r -> {
                Thread t = new Thread(r, "minecheck-rules-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            long deadline = System.nanoTime() + timeLimit.toNanos();
            try {
                CompletionService<Void> done = new ExecutorCompletionService<>(pool);
                for (Runnable task : tasks) done.submit(task, null);
                for (int k = 0; k < tasks.size(); k++) {
                    long left = deadline - System.nanoTime();
                    Future<Void> f = left > 0 ? done.poll(left, TimeUnit.NANOSECONDS) : done.poll();
                    if (f == null) throw stop(timeUp());
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw stop(new CheckStoppedException(CheckStoppedException.Reason.INTERRUPTED, null, null, null,
                        "the check was interrupted"));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CheckStoppedException s) throw stop(s);
                stop(new CheckStoppedException(CheckStoppedException.Reason.INTERRUPTED, null, null, null,
                        "another worker failed"));
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }

        private CheckStoppedException stop(CheckStoppedException why) {
            if (stopped == null) stopped = why;
            return why;
        }

        /** Names what the slowest worker was doing when the time ran out. */
        private CheckStoppedException timeUp() {
            Watch busy = null;
            for (Watch w : watches) {
                if (w.subject == null) continue;
                if (busy == null || w.firing != null && busy.firing == null) busy = w;
            }
            String limit = timeLimit.toMillis() % 1000 == 0 ? timeLimit.toSeconds() + " s" : timeLimit.toMillis() + " ms";
            String head = "the rules did not finish within the check's time limit (" + limit + ")";
            if (busy == null) {
                return new CheckStoppedException(CheckStoppedException.Reason.TIME_LIMIT, null, null, null, head);
            }
            String on = describe(busy.subject);
            Rule r = busy.firing;
            if (r != null) {
                return new CheckStoppedException(CheckStoppedException.Reason.TIME_LIMIT, id(r), r.getName(),
                        busy.subject, head + ": rule " + id(r) + " \"" + r.getName() + "\" was running on the facts of "
                        + on + " and had not returned");
            }
            Rule last = busy.lastFired;
            return new CheckStoppedException(CheckStoppedException.Reason.TIME_LIMIT, null, null, busy.subject,
                    head + ": the rules' conditions were still being matched against the facts of " + on
                            + " (no rule was firing; a condition joining many facts?)"
                            + (last == null ? "" : "; the last rule to fire was " + id(last) + " \"" + last.getName()
                            + "\""));
        }
    }

    /** Counts the firings of one worker's session, bundle by bundle, and halts it when they pass the limit. */
    public final class Watch extends DefaultAgendaEventListener {
        private final Run run;
        private volatile String subject;
        private volatile Rule firing;
        private volatile Rule lastFired;
        private long firings;
        private long limit;
        private int factCount;
        private CheckStoppedException runaway;

        private Watch(Run run) {
            this.run = run;
        }

        /** Runs the session over one bundle's facts; throws if the check was stopped or the bundle ran away. */
        public void execute(StatelessKieSession session, List<Object> bundle, List<Object> facts) {
            if (run.stopped != null) throw run.stopped;
            subject = subjectOf(bundle);
            firings = 0;
            factCount = facts.size();
            limit = firingsBase + firingsPerFact * factCount;
            lastFired = null;
            try {
                session.execute(facts);
            } finally {
                firing = null;
            }
            if (runaway != null) throw runaway;
            if (run.stopped != null) throw run.stopped;
            subject = null;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            if (run.stopped != null || runaway != null) halt(event);
            firing = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            lastFired = firing;
            firing = null;
            if (++firings > limit && runaway == null) {
                Rule r = event.getMatch().getRule();
                runaway = new CheckStoppedException(CheckStoppedException.Reason.FIRING_LIMIT, id(r), r.getName(),
                        subject, "rule " + id(r) + " \"" + r.getName() + "\" keeps firing on the facts of "
                        + describe(subject) + ": the rules fired more than " + limit + " times on them (the limit for "
                        + "its " + factCount + " facts), so a rule re-fires "
                        + "without end (a consequence that updates or inserts what its own conditions match?)");
                halt(event);
            }
        }

        private static void halt(MatchEvent event) {
            if (event.getKieRuntime() instanceof KieSession session) session.halt();
        }
    }

    private static String id(Rule r) {
        Object id = r.getMetaData().get("id");
        return id == null ? "(no id)" : id.toString();
    }

    /** The enterprise a bundle belongs to, or "regional" for the bundle of regional reference data. */
    static String subjectOf(List<Object> bundle) {
        if (bundle.isEmpty()) return "?";
        Object first = bundle.get(0);
        if (first instanceof Enterprise e) return e.id();
        if (first instanceof Mine m) return m.operatorId();
        for (Object f : bundle) if (f instanceof RegionalScope) return REGIONAL;
        return "?";
    }

    static final String REGIONAL = "regional";

    private static String describe(String subject) {
        return REGIONAL.equals(subject) ? "the regional reference data" : "enterprise " + subject;
    }
}

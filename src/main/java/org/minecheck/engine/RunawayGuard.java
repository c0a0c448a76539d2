package org.minecheck.engine;

import java.time.Duration;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
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
        /** Why the check stops: a {@link CheckStoppedException}, or a {@link CancellationException}; null: running. */
        private volatile RuntimeException stopped;

        private Run() {}

        /** Watches the sessions of the calling worker thread; call once per session, on the thread that runs it. */
        public Watch watch(StatelessKieSession session) {
            Watch w = new Watch(this);
            session.addEventListener((AgendaEventListener) w);
            session.addEventListener((RuleRuntimeEventListener) w);
            watches.add(w);
            return w;
        }

        /**
         * Runs the tasks, each on its own daemon thread, and waits at most the time limit for all of them. The first
         * failure of any task (a {@link CheckStoppedException} from a watch included) stops the others and is thrown.
         * When the calling thread is interrupted (Ctrl-C in the shell) the workers stop between firings and
         * enterprises, and a {@link CancellationException} is thrown.
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
                throw stop(new CancellationException("check cancelled"));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CheckStoppedException s) throw stop(s);
                stop(new CancellationException("another worker failed"));
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }

        private <E extends RuntimeException> E stop(E why) {
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
            String limit =
                    timeLimit.toMillis() % 1000 == 0 ? timeLimit.toSeconds() + " s" : timeLimit.toMillis() + " ms";
            String head = "the rules did not finish within the check's time limit (" + limit + ")";
            if (busy == null) {
                return new CheckStoppedException(CheckStoppedException.Reason.TIME_LIMIT, null, null, null, head);
            }
            String on = describe(busy.subject);
            Rule r = busy.firing;
            if (r != null) {
                return new CheckStoppedException(
                        CheckStoppedException.Reason.TIME_LIMIT,
                        id(r),
                        r.getName(),
                        busy.subject,
                        head + ": rule " + id(r) + " \"" + r.getName() + "\" was running on the facts of " + on
                                + " and had not returned");
            }
            Rule last = busy.lastFired;
            return new CheckStoppedException(
                    CheckStoppedException.Reason.TIME_LIMIT,
                    null,
                    null,
                    busy.subject,
                    head + ": the rules' conditions were still being matched against the facts of " + on
                            + " (no rule was firing; a condition joining many facts?)"
                            + (last == null
                                    ? ""
                                    : "; the last rule to fire was " + id(last) + " \"" + last.getName() + "\""));
        }
    }

    /**
     * Counts the firings of one worker's session, batch by batch, and halts it when they pass the limit. It also
     * counts, per rule, the facts a consequence inserted or updated that are of a type the rule itself matches: the
     * rule feeding itself is the one to name, not the others that fire along on the facts it keeps changing.
     */
    public final class Watch extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final Run run;
        private volatile String subject;
        private volatile Rule firing;
        private volatile Rule lastFired;
        private long firings;
        private long limit;
        private int factCount;
        private final Map<Rule, long[]> perRule = new IdentityHashMap<>();
        private final Map<Rule, long[]> selfFed = new IdentityHashMap<>();
        private final Map<Rule, Set<Class<?>>> matchedTypes = new IdentityHashMap<>();
        private CheckStoppedException runaway;

        private Watch(Run run) {
            this.run = run;
        }

        /** Runs the session over one bundle's facts; throws if the check was stopped or the bundle ran away. */
        public void execute(StatelessKieSession session, String subject, List<Object> facts) {
            if (run.stopped != null) throw run.stopped;
            this.subject = subject;
            runaway = null;
            firings = 0;
            if (!perRule.isEmpty()) perRule.clear();
            if (!selfFed.isEmpty()) selfFed.clear();
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
            perRule.computeIfAbsent(event.getMatch().getRule(), k -> new long[1])[0]++;
            if (++firings > limit && runaway == null) {
                Rule r = culprit(event.getMatch().getRule());
                runaway = new CheckStoppedException(
                        CheckStoppedException.Reason.FIRING_LIMIT,
                        id(r),
                        r.getName(),
                        subject,
                        "rule " + id(r) + " \"" + r.getName() + "\" fired "
                                + perRule.getOrDefault(r, new long[1])[0] + " times on the facts of "
                                + describe(subject)
                                + ", and the rules more than " + limit + " times (the limit for " + factCount
                                + " facts): a "
                                + "rule re-fires without end (a consequence that updates or inserts what its own conditions "
                                + "match?)");
                halt(event);
            }
        }

        /** The rule feeding itself most, else the rule that fired most. */
        private Rule culprit(Rule last) {
            Rule r = null;
            for (var e : selfFed.entrySet()) if (r == null || e.getValue()[0] > selfFed.get(r)[0]) r = e.getKey();
            if (r != null) return r;
            r = last;
            for (var e : perRule.entrySet()) if (e.getValue()[0] > perRule.get(r)[0]) r = e.getKey();
            return r;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            changed(event.getRule(), event.getObject());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            changed(event.getRule(), event.getObject());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // a deletion cannot make a rule fire again on its own
        }

        private void changed(Rule by, Object fact) {
            if (by == null || fact == null) return; // the check's own inserts
            for (Class<?> t : matchedTypes.computeIfAbsent(by, RunawayGuard::matchedTypes)) {
                if (t.isInstance(fact)) {
                    selfFed.computeIfAbsent(by, k -> new long[1])[0]++;
                    return;
                }
            }
        }

        private static void halt(MatchEvent event) {
            if (event.getKieRuntime() instanceof KieSession session) session.halt();
        }
    }

    /** The fact classes the patterns of a rule match, including those it collects or accumulates. */
    private static Set<Class<?>> matchedTypes(Rule rule) {
        Set<Class<?>> out = new HashSet<>();
        if (rule instanceof RuleImpl impl) addTypes(impl.getLhs(), out, 0);
        return out;
    }

    private static void addTypes(RuleConditionElement e, Set<Class<?>> out, int depth) {
        if (e == null || depth > 50) return;
        if (e instanceof Pattern p) {
            if (p.getObjectType() instanceof ClassObjectType c) out.add(c.getClassType());
            if (p.getSource() != null) addTypes(p.getSource(), out, depth + 1);
        }
        for (RuleConditionElement nested : e.getNestedElements()) addTypes(nested, out, depth + 1);
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

    /** Between the first and last enterprise of a batch checked in one session. */
    static final String TO = " … ";

    private static String describe(String subject) {
        if (REGIONAL.equals(subject)) return "the regional reference data";
        return subject.contains(TO) ? "enterprises " + subject : "enterprise " + subject;
    }
}

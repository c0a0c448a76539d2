package org.minecheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.minecheck.engine.CheckRequest;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.CheckService;
import org.minecheck.engine.CheckStoppedException;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleBookException;
import org.minecheck.finding.Basis;
import org.minecheck.finding.Finding;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.WorkbookInput;
import org.minecheck.picture.BoundaryMap;
import org.minecheck.picture.BoundaryMaps;
import org.minecheck.report.AnnotatedWorkbook;
import org.minecheck.report.ExcelReport;
import org.minecheck.report.FindingText;
import org.minecheck.report.JsonReport;
import org.minecheck.report.ProblemText;
import org.minecheck.web.WebRunRepository.FindingRow;
import org.minecheck.web.WebRunRepository.Kind;
import org.minecheck.web.WebRunRepository.RunRow;
import org.minecheck.web.WebRunRepository.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Service;

/**
 * What the pages and the API do, over the core's {@link CheckService}: an upload becomes a run (the same bytes, date
 * and kind twice give the same run), checked in the background by {@code minecheck.web.workers} threads while the page
 * polls its progress; the findings are kept rendered in Chinese and English, and the reports (Excel, JSON, annotated
 * workbook) are written from the check result, kept in memory for the latest runs or checked again from the stored
 * upload while the retention period keeps it.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Service
public class SelfCheckService implements DisposableBean, ApplicationListener<ApplicationStartedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(SelfCheckService.class);
    /** At most this many workbooks in one upload. */
    public static final int MAX_FILES = 10;

    public record Phase(String phase, long done, long total) {}

    /** An upload the door refuses before any check (too many files, an empty one, no file). */
    public static final class Refused extends RuntimeException {
        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final CheckService checks;
    private final WebRunRepository runs;
    private final ExecutorService workers;
    private final Map<Long, Phase> progress = new ConcurrentHashMap<>();
    private final Map<Long, CheckResult> recent;

    public SelfCheckService(
            CheckService checks,
            WebRunRepository runs,
            @Value("${minecheck.web.workers:2}") int workers,
            @Value("${minecheck.web.cached-results:16}") int cached) {
        this.checks = checks;
        this.runs = runs;
        this.workers = Executors.newFixedThreadPool(Math.max(1, workers), r -> {
            Thread t = new Thread(r, "minecheck-web-check");
            t.setDaemon(true);
            return t;
        });
        this.recent = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, CheckResult> eldest) {
                return size() > cached;
            }
        });
    }

    /** A file as received: the name the uploader gave (display only) and its bytes. */
    public record Received(String name, byte[] bytes) {}

    /** Checks these workbooks as of {@code asOf} for the tenant: a new run, or its earlier run of the same bytes. */
    public RunRow upload(Tenant t, String user, List<Received> files, LocalDate asOf) {
        List<Upload> uploads = uploads(files);
        return start(t, user, Kind.CHECK, asOf, null, uploads);
    }

    /** The same workbooks as {@code source}, checked forward to {@code date}: what will be found if nothing changes. */
    public RunRow preview(Tenant t, String user, RunRow source, LocalDate date) {
        List<Upload> uploads = runs.uploads(t, source.id());
        if (uploads.isEmpty() || uploads.stream().anyMatch(u -> u.content() == null)) throw new Refused("web.gone");
        return start(t, user, Kind.PREVIEW, date, source.id(), uploads);
    }

    private RunRow start(Tenant t, String user, Kind kind, LocalDate asOf, Long source, List<Upload> uploads) {
        String request = Tokens.sha256(kind + "|" + asOf + "|"
                + uploads.stream().map(u -> u.sha256() + ":" + u.name()).collect(Collectors.joining("|")));
        var created = runs.create(t, request, kind, asOf, source, user, uploads);
        if (created.created()) submit(t, created.run().id());
        return created.run();
    }

    private static List<Upload> uploads(List<Received> files) {
        List<Received> given = files.stream()
                .filter(f -> f.bytes() != null && f.bytes().length > 0)
                .toList();
        if (given.isEmpty()) throw new Refused("web.noFile");
        if (given.size() > MAX_FILES) throw new Refused("web.tooManyFiles");
        List<Upload> out = new ArrayList<>();
        for (Received f : given) {
            WorkbookInput in = WorkbookInput.of(displayName(f.name()), f.bytes());
            out.add(new Upload(in.name(), in.sha256(), f.bytes().length, f.bytes()));
        }
        return out;
    }

    /**
     * The uploader's file name, for display only: its last path segment, without control characters, at most 100
     * characters; "workbook.xlsx" when nothing is left. It is never used as a path.
     */
    static String displayName(String given) {
        String n = given == null ? "" : given;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (n.equals(".") || n.equals("..")) n = "";
        if (n.length() > 100) n = n.substring(n.length() - 100);
        return n.isEmpty() ? "workbook.xlsx" : n;
    }

    private void submit(Tenant t, long runId) {
        progress.put(runId, new Phase("queued", 0, 0));
        workers.execute(() -> execute(t, runId));
    }

    /** Where a run has got to while it runs; empty once it has finished (the run's status says how). */
    public Optional<Phase> progress(RunRow run) {
        return Optional.ofNullable(progress.get(run.id()));
    }

    private void execute(Tenant t, long runId) {
        try {
            RunRow run = runs.findById(t, runId).orElseThrow();
            runs.markRunning(t, runId);
            progress.put(runId, new Phase("read", 0, 0));
            List<Upload> uploads = runs.uploads(t, runId);
            CheckResult result =
                    check(run, uploads, (phase, done, total) -> progress.put(runId, new Phase(phase, done, total)));
            runs.finish(t, runId, render(result, run));
            recent.put(runId, result);
        } catch (Refused e) {
            runs.fail(t, runId, e.key());
        } catch (CheckStoppedException e) {
            runs.fail(t, runId, "stopped: " + e.getMessage());
        } catch (RuleBookException e) {
            runs.fail(t, runId, "rule pack: " + String.join("; ", e.problems()));
        } catch (Exception | LinkageError e) {
            LOG.error("web check of run {} failed", runId, e);
            runs.fail(t, runId, "internal error (" + e.getClass().getSimpleName() + ")");
        } finally {
            progress.remove(runId);
        }
    }

    private CheckResult check(RunRow run, List<Upload> uploads, org.minecheck.engine.api.Progress p)
            throws IOException {
        List<WorkbookInput> inputs = new ArrayList<>();
        for (Upload u : uploads) {
            if (u.content() == null) throw new Refused("web.gone");
            inputs.add(WorkbookInput.of(u.name(), u.content()));
        }
        return checks.check(new CheckRequest(inputs, run.asOf(), null, p));
    }

    private RuleBook book() throws IOException {
        return checks.ruleBooks().get(null);
    }

    /** The findings in both languages, the input problems, the maps and the region's progress chart, for the store. */
    private WebRunRepository.Result render(CheckResult r, RunRow run) throws IOException {
        RuleBook book = book();
        FindingText zh = new FindingText(book, Texts.CHINESE, r.checkDate());
        FindingText en = new FindingText(book, Texts.ENGLISH, r.checkDate());
        Map<Finding, String[]> maps = new java.util.IdentityHashMap<>();
        BoundaryMaps drawer = BoundaryMaps.of(book);
        for (BoundaryMap m : drawer.draw(r, Texts.of(Texts.CHINESE)))
            maps.put(m.finding(), new String[] {m.svg(), null});
        for (BoundaryMap m : drawer.draw(r, Texts.of(Texts.ENGLISH)))
            maps.computeIfAbsent(m.finding(), k -> new String[2])[1] = m.svg();
        List<FindingRow> rows = new ArrayList<>();
        int i = 0;
        for (Finding f : r.findings()) {
            String[] map = maps.getOrDefault(f, new String[2]);
            rows.add(new FindingRow(
                    i++,
                    f.key().toString(),
                    f.ruleId(),
                    f.severity().code(),
                    subject(f, zh),
                    zh.message(f),
                    en.message(f),
                    zh.fix(f),
                    en.fix(f),
                    basis(f, zh),
                    basis(f, en),
                    evidence(f, zh),
                    evidence(f, en),
                    map[0],
                    map[1]));
        }
        String problemsZh = r.problems().stream()
                .map(p -> ProblemText.line(p, Texts.CHINESE))
                .collect(Collectors.joining("\n"));
        String problemsEn = r.problems().stream()
                .map(p -> ProblemText.line(p, Texts.ENGLISH))
                .collect(Collectors.joining("\n"));
        return new WebRunRepository.Result(
                r.rulePack(),
                r.rulePackDigest(),
                problemsZh,
                problemsEn,
                ProgressChart.svg(r.sideTables(), run.regionCode(), Texts.of(Texts.CHINESE)),
                ProgressChart.svg(r.sideTables(), run.regionCode(), Texts.of(Texts.ENGLISH)),
                rows);
    }

    private static String subject(Finding f, FindingText t) {
        String name = t.subjectName(f);
        String enterprise = f.subject().enterpriseName();
        String s =
                name.equals(f.subject().id()) ? name : name + " (" + f.subject().id() + ")";
        return enterprise == null || enterprise.isBlank() || enterprise.equals(name) ? s : enterprise + " · " + s;
    }

    /** One line per basis: title, article, then its summary after a tab. */
    private static String basis(Finding f, FindingText t) {
        List<String> lines = new ArrayList<>();
        for (Basis b : t.basis(f)) {
            String head = (b.newer() ? t.texts().format("basis.newer", String.valueOf(b.inForceFrom())) + " " : "")
                    + b.title() + " " + b.article();
            lines.add(head + "\t" + (b.summary() == null ? "" : b.summary()));
        }
        return String.join("\n", lines);
    }

    /** One line per evidence value: label, value, then the cell after a tab (empty when computed). */
    private static String evidence(Finding f, FindingText t) {
        return t.evidence(f).stream()
                .map(e -> e.label() + ": " + e.value() + "\t" + (e.cell() == null ? "" : cell(e.cell())))
                .collect(Collectors.joining("\n"));
    }

    private static String cell(org.minecheck.model.CellRef c) {
        if (c.sheet() == null || c.sheet().isEmpty()) return c.file();
        return c.file() + " › " + c.sheet() + "!" + c.column() + c.row();
    }

    /** The check result of a finished run: kept from its check, or checked again from the stored upload. */
    CheckResult result(Tenant t, RunRow run) throws IOException {
        CheckResult r = recent.get(run.id());
        if (r != null) return r;
        r = check(run, runs.uploads(t, run.id()), null);
        recent.put(run.id(), r);
        return r;
    }

    public byte[] excel(Tenant t, RunRow run, Locale locale) throws IOException {
        CheckResult r = result(t, run);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelReport().write(r, new FindingText(book(), locale, r.checkDate()), out);
        return out.toByteArray();
    }

    public byte[] json(Tenant t, RunRow run, Locale locale) throws IOException {
        CheckResult r = result(t, run);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReport().write(r, new FindingText(book(), locale, r.checkDate()), out);
        return out.toByteArray();
    }

    /** The {@code index}th workbook of the run, annotated; empty when there is no such workbook. */
    public Optional<byte[]> annotated(Tenant t, RunRow run, int index, Locale locale) throws IOException {
        List<Upload> uploads = runs.uploads(t, run.id());
        if (index < 0 || index >= uploads.size()) return Optional.empty();
        Upload u = uploads.get(index);
        if (u.content() == null) throw new Refused("web.gone");
        CheckResult r = result(t, run);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotatedWorkbook.write(u.content(), u.name(), r, new FindingText(book(), locale, r.checkDate()), out);
        return Optional.of(out.toByteArray());
    }

    /** At start: runs a previous process left unfinished are checked now, so an accepted upload is never lost. */
    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        for (var p : runs.unfinished()) {
            submit(new Tenant(p.tenantId(), Tenant.Role.ENTERPRISE, p.regionCode()), p.runId());
        }
    }

    /** Waits up to {@code millis} for the background checks queued so far (tests, shutdown). */
    public boolean idle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!progress.isEmpty()) {
            if (System.currentTimeMillis() > end) return false;
            Thread.sleep(50);
        }
        return true;
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}

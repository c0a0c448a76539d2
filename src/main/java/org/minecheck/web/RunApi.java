package org.minecheck.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minecheck.i18n.Texts;
import org.minecheck.web.WebRunRepository.FindingRow;
import org.minecheck.web.WebRunRepository.RunRow;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The HTTP API (docs/web.md, OpenAPI at {@code /v3/api-docs}): an enterprise's program uploads workbooks and reads the
 * findings with {@code Authorization: Bearer TOKEN}. Same tenancy as the pages: another tenant's run id is 404.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
@RequestMapping(value = "/api/runs", produces = MediaType.APPLICATION_JSON_VALUE)
class RunApi {
    private final SelfCheckService service;
    private final WebRunRepository runs;

    RunApi(SelfCheckService service, WebRunRepository runs) {
        this.service = service;
        this.runs = runs;
    }

    /** Uploads one or more workbooks (multipart field {@code files}) to check as of {@code asOf} (default today). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> create(
            @RequestParam("files") List<MultipartFile> files,
            @RequestParam(name = "asOf", required = false) String asOf)
            throws IOException {
        WebUser me = CurrentTenant.user();
        LocalDate date = RunPages.date(asOf, LocalDate.now(RunPages.CHINA));
        if (date == null) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "asOf: YYYY-MM-DD");
        List<SelfCheckService.Received> received = new ArrayList<>();
        for (MultipartFile f : files)
            received.add(new SelfCheckService.Received(f.getOriginalFilename(), f.getBytes()));
        RunRow run = service.upload(me.tenant(), me.username(), received, date);
        return ResponseEntity.accepted()
                .location(URI.create("/api/runs/" + run.publicId()))
                .body(summary(run));
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return runs.list(CurrentTenant.get()).stream().map(RunApi::summary).toList();
    }

    /** The run's status and, once done, its findings in {@code lang} (zh by default). */
    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id, @RequestParam(name = "lang", required = false) String lang) {
        Tenant t = CurrentTenant.get();
        RunRow run = run(t, id);
        Map<String, Object> out = summary(run);
        service.progress(run).ifPresent(p -> out.put("progress", p));
        if (run.status() == WebRunRepository.Status.DONE) {
            boolean zh = Texts.chinese(Texts.parse(lang));
            out.put("rulePack", run.rulePack());
            out.put("rulePackDigest", run.rulePackDigest());
            out.put(
                    "inputs",
                    runs.uploads(t, run.id()).stream()
                            .map(u -> Map.of("name", u.name(), "sha256", u.sha256()))
                            .toList());
            out.put("problems", zh ? run.problemsZh() : run.problemsEn());
            List<Map<String, Object>> findings = new ArrayList<>();
            for (FindingRow f : runs.findings(t, run.id())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", f.key());
                m.put("ruleId", f.ruleId());
                m.put("severity", f.severity());
                m.put("subject", f.subject());
                m.put("message", zh ? f.messageZh() : f.messageEn());
                m.put("basis", zh ? f.basisZh() : f.basisEn());
                m.put("evidence", zh ? f.evidenceZh() : f.evidenceEn());
                m.put("fix", zh ? f.fixZh() : f.fixEn());
                findings.add(m);
            }
            out.put("findings", findings);
        }
        return out;
    }

    @GetMapping(value = "/{id}/report.json")
    ResponseEntity<byte[]> json(@PathVariable String id, @RequestParam(name = "lang", required = false) String lang)
            throws IOException {
        Tenant t = CurrentTenant.get();
        RunRow run = done(t, id);
        return Downloads.file(service.json(t, run, locale(lang)), MediaType.APPLICATION_JSON, "minecheck.json");
    }

    @GetMapping(value = "/{id}/report.xlsx", produces = "*/*")
    ResponseEntity<byte[]> excel(@PathVariable String id, @RequestParam(name = "lang", required = false) String lang)
            throws IOException {
        Tenant t = CurrentTenant.get();
        RunRow run = done(t, id);
        return Downloads.file(service.excel(t, run, locale(lang)), Downloads.XLSX, "minecheck.xlsx");
    }

    /** The {@code n}th uploaded workbook (from 0), annotated. */
    @GetMapping(value = "/{id}/annotated/{n}", produces = "*/*")
    ResponseEntity<byte[]> annotated(
            @PathVariable String id, @PathVariable int n, @RequestParam(name = "lang", required = false) String lang)
            throws IOException {
        Tenant t = CurrentTenant.get();
        RunRow run = done(t, id);
        byte[] bytes = service.annotated(t, run, n, locale(lang))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = runs.uploads(t, run.id()).get(n).name();
        return Downloads.file(bytes, Downloads.workbookType(name), Downloads.annotatedName(name));
    }

    private static Locale locale(String lang) {
        return Texts.chinese(Texts.parse(lang)) ? Texts.CHINESE : Texts.ENGLISH;
    }

    private RunRow run(Tenant t, String id) {
        return runs.find(t, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private RunRow done(Tenant t, String id) {
        RunRow run = run(t, id);
        if (run.status() != WebRunRepository.Status.DONE)
            throw new ResponseStatusException(HttpStatus.CONFLICT, "run not finished: " + run.status());
        return run;
    }

    static Map<String, Object> summary(RunRow run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", run.publicId());
        m.put("kind", run.kind().name());
        m.put("asOf", run.asOf().toString());
        m.put("status", run.status().name());
        if (run.failure() != null) m.put("failure", run.failure());
        if (run.findingCount() != null) m.put("findingCount", run.findingCount());
        m.put("createdAt", run.createdAt().toString());
        if (run.submittedAt() != null) m.put("submittedAt", run.submittedAt().toString());
        return m;
    }

    @ExceptionHandler(SelfCheckService.Refused.class)
    ResponseEntity<Map<String, String>> refused(SelfCheckService.Refused e) {
        HttpStatus status = e.key().equals("web.gone") ? HttpStatus.GONE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .body(Map.of(
                        "error", e.key(), "message", Texts.of(Texts.ENGLISH).get(e.key())));
    }
}

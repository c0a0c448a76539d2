package org.minecheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minecheck.engine.CheckService;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.TemplateWriter;
import org.minecheck.web.WebRunRepository.FindingRow;
import org.minecheck.web.WebRunRepository.Kind;
import org.minecheck.web.WebRunRepository.RunRow;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's pages: upload, progress, findings (with fixed / still open / new against its previous upload),
 * downloads, the deadline preview and submission. The tenant comes from the signed-in principal only; a run id of
 * another tenant answers 404.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class RunPages {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final SelfCheckService service;
    private final WebRunRepository runs;
    private final CheckService checks;

    RunPages(SelfCheckService service, WebRunRepository runs, CheckService checks) {
        this.service = service;
        this.runs = runs;
        this.checks = checks;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        Tenant t = CurrentTenant.get();
        if (t.regulator()) return "redirect:/regulator";
        model.addAttribute("runs", runs.list(t));
        model.addAttribute("today", LocalDate.now(CHINA));
        return "home";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(checks.ruleBooks().get(null).minerals(), out);
        return Downloads.file(out.toByteArray(), Downloads.XLSX, "minecheck-template.xlsx");
    }

    @PostMapping("/runs")
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "asOf", required = false) String asOf,
            RedirectAttributes flash)
            throws IOException {
        WebUser me = CurrentTenant.user();
        List<SelfCheckService.Received> received = new ArrayList<>();
        if (files != null)
            for (MultipartFile f : files)
                received.add(new SelfCheckService.Received(f.getOriginalFilename(), f.getBytes()));
        LocalDate date = date(asOf, LocalDate.now(CHINA));
        if (date == null) {
            flash.addFlashAttribute("error", "web.badDate");
            return "redirect:/";
        }
        try {
            RunRow run = service.upload(me.tenant(), me.username(), received, date);
            return "redirect:/runs/" + run.publicId();
        } catch (SelfCheckService.Refused e) {
            flash.addFlashAttribute("error", e.key());
            return "redirect:/";
        }
    }

    static LocalDate date(String s, LocalDate otherwise) {
        if (s == null || s.isBlank()) return otherwise;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private RunRow run(Tenant t, String id) {
        return runs.find(t, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable String id, Model model, Locale locale) {
        Tenant t = CurrentTenant.get();
        RunRow run = run(t, id);
        fill(model, run, runs.findings(t, run.id()), comparison(t, run), runs.uploads(t, run.id()), locale);
        model.addAttribute("progress", service.progress(run).orElse(null));
        model.addAttribute("regulatorView", false);
        return "run";
    }

    /** What the run is compared with: the source of a preview, else the tenant's previous upload; null for none. */
    private Comparison comparison(Tenant t, RunRow run) {
        if (!run.finished()) return null;
        RunRow base = run.kind() == Kind.PREVIEW && run.sourceRunId() != null
                ? runs.findById(t, run.sourceRunId()).orElse(null)
                : runs.previousCheck(t, run).orElse(null);
        return base == null ? null : new Comparison(base, runs.findings(t, base.id()));
    }

    record Comparison(RunRow base, List<FindingRow> findings) {}

    static void fill(
            Model model,
            RunRow run,
            List<FindingRow> findings,
            Comparison comparison,
            List<WebRunRepository.Upload> inputs,
            Locale locale) {
        Texts t = Texts.of(WebConfig.normalise(locale));
        model.addAttribute("run", run);
        model.addAttribute("inputs", inputs);
        model.addAttribute("base", comparison == null ? null : comparison.base());
        model.addAttribute("view", FindingsView.of(findings, comparison == null ? null : comparison.findings(), t));
        boolean zh = t.chinese();
        model.addAttribute("problems", zh ? run.problemsZh() : run.problemsEn());
        model.addAttribute("chart", zh ? run.chartZh() : run.chartEn());
    }

    @GetMapping(value = "/runs/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> status(@PathVariable String id) {
        RunRow run = run(CurrentTenant.get(), id);
        var p = service.progress(run);
        return Map.of(
                "status", run.status().name(),
                "phase", p.map(SelfCheckService.Phase::phase).orElse(""),
                "done", p.map(SelfCheckService.Phase::done).orElse(0L),
                "total", p.map(SelfCheckService.Phase::total).orElse(0L));
    }

    @GetMapping("/runs/{id}/report.xlsx")
    ResponseEntity<byte[]> excel(@PathVariable String id, Locale locale) throws IOException {
        Tenant t = CurrentTenant.get();
        RunRow run = finished(t, id);
        return Downloads.file(
                service.excel(t, run, WebConfig.normalise(locale)),
                Downloads.XLSX,
                "minecheck-" + run.asOf() + ".xlsx");
    }

    @GetMapping("/runs/{id}/report.json")
    ResponseEntity<byte[]> json(@PathVariable String id, Locale locale) throws IOException {
        Tenant t = CurrentTenant.get();
        RunRow run = finished(t, id);
        return Downloads.file(
                service.json(t, run, WebConfig.normalise(locale)),
                MediaType.APPLICATION_JSON,
                "minecheck-" + run.asOf() + ".json");
    }

    @GetMapping("/runs/{id}/annotated/{n}")
    ResponseEntity<byte[]> annotated(@PathVariable String id, @PathVariable int n, Locale locale) throws IOException {
        Tenant t = CurrentTenant.get();
        RunRow run = finished(t, id);
        var inputs = runs.uploads(t, run.id());
        byte[] bytes = service.annotated(t, run, n, WebConfig.normalise(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = inputs.get(n).name();
        return Downloads.file(bytes, Downloads.workbookType(name), Downloads.annotatedName(name));
    }

    private RunRow finished(Tenant t, String id) {
        RunRow run = run(t, id);
        if (run.status() != WebRunRepository.Status.DONE) throw new ResponseStatusException(HttpStatus.CONFLICT);
        return run;
    }

    @PostMapping("/runs/{id}/preview")
    String preview(@PathVariable String id, @RequestParam("date") String date, RedirectAttributes flash) {
        WebUser me = CurrentTenant.user();
        RunRow source = finished(me.tenant(), id);
        LocalDate d = date(date, null);
        if (d == null) {
            flash.addFlashAttribute("error", "web.badDate");
            return "redirect:/runs/" + id;
        }
        try {
            return "redirect:/runs/"
                    + service.preview(me.tenant(), me.username(), source, d).publicId();
        } catch (SelfCheckService.Refused e) {
            flash.addFlashAttribute("error", e.key());
            return "redirect:/runs/" + id;
        }
    }

    @PostMapping("/runs/{id}/submit")
    String submit(@PathVariable String id, RedirectAttributes flash) {
        Tenant t = CurrentTenant.get();
        RunRow run = finished(t, id);
        if (run.kind() != Kind.CHECK || !runs.submit(t, run.id()))
            flash.addFlashAttribute("error", "web.notSubmittable");
        return "redirect:/runs/" + id;
    }

    @ExceptionHandler(SelfCheckService.Refused.class)
    ResponseEntity<String> gone(SelfCheckService.Refused e, Locale locale) {
        return ResponseEntity.status(HttpStatus.GONE)
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .body(Texts.of(WebConfig.normalise(locale)).get(e.key()));
    }
}

package org.minecheck.web;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A regulator's pages: the submissions of enterprises in its region, each with its receipt and findings. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class RegulatorPages {
    private final WebRunRepository runs;

    RegulatorPages(WebRunRepository runs) {
        this.runs = runs;
    }

    @GetMapping("/regulator")
    String submissions(Model model) {
        model.addAttribute("runs", runs.submittedInRegion(CurrentTenant.get()));
        return "regulator";
    }

    @GetMapping("/regulator/runs/{id}")
    String submission(@PathVariable String id, Model model, Locale locale) {
        Tenant t = CurrentTenant.get();
        var run = runs.submitted(t, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RunPages.fill(model, run, runs.submittedFindings(t, run.id()), null, runs.submittedInputs(t, run.id()), locale);
        model.addAttribute("progress", null);
        model.addAttribute("regulatorView", true);
        return "run";
    }
}

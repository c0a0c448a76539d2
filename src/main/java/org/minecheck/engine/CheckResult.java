package org.minecheck.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minecheck.engine.api.CheckExtension;
import org.minecheck.engine.api.SideTable;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.ingest.InputProblem;
import org.minecheck.model.Dataset;

/**
 * The outcome of one check: findings in a stable order, or the input problems that stopped it; what the extensions
 * computed beside the findings; and what the check was made of — the inputs with their SHA-256 digests and the rule
 * pack with its digest — so that a report says exactly what it judged with what.
 */
public record CheckResult(
        LocalDate checkDate,
        List<InputFile> inputs,
        String rulePack,
        String rulePackDigest,
        Dataset dataset,
        List<Finding> findings,
        List<InputProblem> problems,
        List<InputProblem> notices,
        List<CheckExtension.Result> extensionResults) {

    /** A workbook as the check read it: its display name and the SHA-256 of its bytes (null when unreadable). */
    public record InputFile(String name, String sha256) {}

    public CheckResult {
        inputs = List.copyOf(inputs);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
        extensionResults = List.copyOf(extensionResults);
    }

    /** The inputs' display names. */
    public List<String> files() {
        return inputs.stream().map(InputFile::name).toList();
    }

    public boolean inputOk() {
        return problems.isEmpty();
    }

    public boolean anyAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** What the extension of that result type computed, if it ran. */
    public <T extends CheckExtension.Result> Optional<T> result(Class<T> type) {
        return extensionResults.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
    }

    /** Every side table, in extension order. */
    public List<SideTable> sideTables() {
        return extensionResults.stream().flatMap(r -> r.tables().stream()).toList();
    }
}

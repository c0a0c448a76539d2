package org.minecheck.engine;

import java.time.LocalDate;
import java.util.List;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.ingest.InputProblem;
import org.minecheck.model.Dataset;

/** The outcome of one check: findings in a stable order, or the input problems that stopped it. */
public record CheckResult(LocalDate checkDate, List<String> files, Dataset dataset, List<Finding> findings,
                          List<InputProblem> problems, List<InputProblem> notices) {

    public boolean inputOk() {
        return problems.isEmpty();
    }

    public boolean anyAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}

package org.minecheck.engine;

import java.time.LocalDate;
import java.util.List;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.fund.FundRate;
import org.minecheck.ingest.InputProblem;
import org.minecheck.model.Dataset;
import org.minecheck.regional.ProgressRow;

/**
 * The outcome of one check: findings in a stable order, or the input problems that stopped it; beside the findings,
 * the fund provisioning and use rates (per enterprise and region) and the historical-mine progress table.
 */
public record CheckResult(LocalDate checkDate, List<String> files, Dataset dataset, List<Finding> findings,
                          List<InputProblem> problems, List<InputProblem> notices, List<FundRate> fundRates,
                          List<ProgressRow> progress) {

    public CheckResult(LocalDate checkDate, List<String> files, Dataset dataset, List<Finding> findings,
                       List<InputProblem> problems, List<InputProblem> notices) {
        this(checkDate, files, dataset, findings, problems, notices, List.of(), List.of());
    }

    public boolean inputOk() {
        return problems.isEmpty();
    }

    public boolean anyAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}

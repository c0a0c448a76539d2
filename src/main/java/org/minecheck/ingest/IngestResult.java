package org.minecheck.ingest;

import java.util.List;
import org.minecheck.model.Dataset;

/** What ingest produced: the facts, every problem found (all of them) and notices (ignored columns, sheets). */
public record IngestResult(Dataset dataset, List<InputProblem> problems, List<InputProblem> notices) {
    public boolean ok() {
        return problems.isEmpty();
    }
}

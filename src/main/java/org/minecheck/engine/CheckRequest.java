package org.minecheck.engine;

import java.time.LocalDate;
import java.util.List;
import org.minecheck.ingest.WorkbookInput;

/**
 * What a door asks the core to check: the workbooks, the date the rules judge on, and the rule pack laid over the
 * national one (a directory an operator installed; null or blank for the configured default).
 */
public record CheckRequest(
        List<WorkbookInput> inputs, LocalDate asOf, String rulesOverlay, org.minecheck.engine.api.Progress progress) {
    public CheckRequest {
        inputs = List.copyOf(inputs);
        if (progress == null) progress = org.minecheck.engine.api.Progress.NONE;
    }

    public CheckRequest(List<WorkbookInput> inputs, LocalDate asOf, String rulesOverlay) {
        this(inputs, asOf, rulesOverlay, org.minecheck.engine.api.Progress.NONE);
    }
}

package org.minecheck.engine;

import java.io.IOException;
import java.util.List;
import org.minecheck.config.MinecheckProperties;
import org.minecheck.engine.api.CheckExtension;
import org.springframework.stereotype.Service;

/** The core's one entry point for every door: a check request in, a check result out. */
@Service
public class CheckService {
    private final RuleBookRegistry ruleBooks;
    private final List<CheckExtension> extensions;
    private final MinecheckProperties properties;

    public CheckService(RuleBookRegistry ruleBooks, List<CheckExtension> extensions, MinecheckProperties properties) {
        this.ruleBooks = ruleBooks;
        this.extensions = List.copyOf(extensions);
        this.properties = properties;
    }

    /**
     * Reads the request's workbooks and runs the rules on them.
     *
     * @throws RuleBookException when the rule pack is broken or refused
     * @throws IOException       when the overlay directory cannot be read
     */
    public CheckResult check(CheckRequest request) throws IOException {
        return runner(request.rulesOverlay())
                .withProgress(request.progress())
                .checkInputs(request.inputs(), request.asOf());
    }

    /** The rules of a pack ready to run over datasets (the benchmark and the tools use it directly). */
    public RuleRunner runner(String rulesOverlay) throws IOException {
        return runner(ruleBooks.get(rulesOverlay));
    }

    /** Reads the request's workbooks and runs the rules of {@code book} on them (its overlay is ignored). */
    public CheckResult check(CheckRequest request, RuleBook book) {
        return runner(book).withProgress(request.progress()).checkInputs(request.inputs(), request.asOf());
    }

    private RuleRunner runner(RuleBook book) {
        return new RuleRunner(
                book,
                extensions,
                properties.ruleThreads(),
                properties.ingest().limits(),
                new RunawayGuard(
                        properties.checkTimeLimit(),
                        RunawayGuard.DEFAULT_FIRINGS_BASE,
                        RunawayGuard.DEFAULT_FIRINGS_PER_FACT));
    }

    public RuleBookRegistry ruleBooks() {
        return ruleBooks;
    }
}

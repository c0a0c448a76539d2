package org.minecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecheck.CoreConfig;
import org.minecheck.engine.api.SideTable;
import org.minecheck.ingest.IngestLimits;
import org.minecheck.model.Dataset;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.synthetic.SyntheticProvince;

/**
 * Several enterprises share one rule session (issue 13): the findings, their order and the side tables must be exactly
 * those of one session per enterprise, and a runaway must still name the one enterprise whose facts ran away.
 */
class BatchedSessionsTest {
    private static final LocalDate CHECK = SyntheticProvince.CHECK_DATE;

    @Test
    void batchesGiveExactlyWhatOneSessionPerEnterpriseGives() {
        // 2,100 enterprises: above the size where the check goes parallel, so batches are cut inside each thread's
        // chunk; rules of every area fire on it.
        Dataset d = SyntheticProvince.generate(2_100, 3);
        RuleRunner.Outcome single = TestRules.runner().withBatch(1).run(d, CHECK);
        RuleRunner.Outcome batched = TestRules.runner().run(d, CHECK);
        RuleRunner.Outcome odd = TestRules.runner().withBatch(7).run(d, CHECK);

        assertThat(single.findings()).hasSizeGreaterThan(2_100);
        assertThat(single.findings().stream().map(f -> f.ruleId()).distinct().count())
                .as("rules of every area fire")
                .isGreaterThan(30);
        assertThat(batched.findings()).isEqualTo(single.findings());
        assertThat(odd.findings()).isEqualTo(single.findings());
        assertThat(tables(batched)).isNotEmpty().isEqualTo(tables(single));
        assertThat(tables(odd)).isEqualTo(tables(single));
    }

    @Test
    void aRunawayInABatchNamesTheEnterpriseWhoseFactsRanAway() throws IOException {
        RuleBook book = RuleBook.load(RulePack.fromDirectory(Path.of("rules"))
                .with(RulePack.fromDirectory(Path.of("test-data/hostile-packs/update-loop"))));
        RunawayGuard low = new RunawayGuard(
                RunawayGuard.DEFAULT_TIME_LIMIT,
                RunawayGuard.DEFAULT_FIRINGS_BASE / 10,
                RunawayGuard.DEFAULT_FIRINGS_PER_FACT / 10);
        Dataset d = SyntheticProvince.generate(20, 1);
        RuleRunner runner = new RuleRunner(book, CoreConfig.standardExtensions(), 1, IngestLimits.DEFAULT, low);

        CheckStoppedException e = catchThrowableOfType(CheckStoppedException.class, () -> runner.check(d, CHECK));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(CheckStoppedException.Reason.FIRING_LIMIT);
        assertThat(e.ruleId()).isEqualTo("LIC-005");
        assertThat(e.subject())
                .as("one enterprise, not the batch")
                .isEqualTo(d.enterprises.get(0).id());
        assertThat(e.getMessage()).contains("enterprise " + d.enterprises.get(0).id() + ",");
    }

    private static List<SideTable> tables(RuleRunner.Outcome o) {
        return o.results().stream().flatMap(r -> r.tables().stream()).toList();
    }
}

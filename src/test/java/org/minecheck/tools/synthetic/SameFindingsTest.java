package org.minecheck.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.model.Dataset;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.demo.DemoRegion;

/**
 * The speed work on the rules and the engine (issue 13) must not change a single finding: the demo county's findings
 * and those of the 10,000-enterprise synthetic province are compared, key and content (a digest of severity,
 * department, message, basis, subject, every evidence value and cell, conduct date), with digests written by the
 * rules as they were before (test-data/reference; {@code -Dminecheck.write-reference=true} writes them anew, which
 * only a deliberate change of a rule's behaviour should do).
 */
class SameFindingsTest {
    private static final Path REFERENCE = Path.of("test-data/reference");
    private static final boolean WRITE = Boolean.getBoolean("minecheck.write-reference");

    @Test
    void theDemoCountyGivesExactlyTheFindingsItGaveBefore() throws IOException {
        CheckResult r = TestRules.runner().check(List.of(Path.of("test-data/demo-region.xlsx")), DemoRegion.CHECK_DATE);
        assertThat(r.findings()).hasSize(66);
        compare(r.findings(), REFERENCE.resolve("demo-region-" + DemoRegion.CHECK_DATE + ".findings.gz"));
    }

    @Test
    void theTenThousandEnterpriseProvinceGivesExactlyTheFindingsItGaveBefore() throws IOException {
        Dataset d = SyntheticProvince.generate(10_000, 1);
        List<Finding> findings = TestRules.check(d, SyntheticProvince.CHECK_DATE);
        assertThat(findings).hasSizeGreaterThan(10_000);
        compare(
                findings,
                REFERENCE.resolve("province-10000-seed1-v" + SyntheticProvince.VERSION + "-dataset-"
                        + SyntheticProvince.CHECK_DATE + ".findings.gz"));
    }

    private static void compare(List<Finding> findings, Path reference) throws IOException {
        List<String> lines = FindingDigest.lines(findings);
        if (WRITE || !Files.exists(reference)) {
            assertThat(WRITE)
                    .as("no reference " + reference + ": run with -Dminecheck.write-reference=true")
                    .isTrue();
            FindingDigest.write(lines, reference);
        }
        assertThat(FindingDigest.differences(FindingDigest.read(reference), lines, 20))
                .as("findings against " + reference)
                .isEmpty();
    }
}

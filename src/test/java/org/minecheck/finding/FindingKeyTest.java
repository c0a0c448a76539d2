package org.minecheck.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.demo.DemoRegion;
import org.minecheck.tools.synthetic.SyntheticProvince;

/**
 * A finding key names one finding: no two findings of one check share a key (a rule that can find several things
 * wrong with one subject names the evidence that tells them apart in its {@code @key}), and the same input gives the
 * same keys in every run.
 */
class FindingKeyTest {

    private static Map<String, List<Finding>> duplicates(List<Finding> findings) {
        Map<String, List<Finding>> byKey =
                findings.stream().collect(Collectors.groupingBy(f -> f.key().toString()));
        Map<String, List<Finding>> dup = new HashMap<>();
        byKey.forEach((k, v) -> {
            if (v.size() > 1) dup.put(k, v);
        });
        return dup;
    }

    @Test
    void everyFindingOfTheDemoCountyHasItsOwnKey() {
        var r = TestRules.runner().check(List.of(Path.of("test-data/demo-region.xlsx")), DemoRegion.CHECK_DATE);
        assertThat(duplicates(r.findings()).keySet()).isEmpty();
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.key().toString()).startsWith(f.ruleId() + "/"));
    }

    @Test
    void everyFindingOfASyntheticProvinceHasItsOwnKeyAndTheKeysAreTheSameInASecondRun() {
        var d = SyntheticProvince.generate(1000, 5);
        List<Finding> first = TestRules.runner().check(d, SyntheticProvince.CHECK_DATE);
        List<Finding> second =
                TestRules.runner().check(SyntheticProvince.generate(1000, 5), SyntheticProvince.CHECK_DATE);
        assertThat(duplicates(first).keySet()).isEmpty();
        assertThat(second.stream().map(f -> f.key().toString()).toList())
                .isEqualTo(first.stream().map(f -> f.key().toString()).toList());
    }
}

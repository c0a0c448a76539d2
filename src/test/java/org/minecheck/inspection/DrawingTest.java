package org.minecheck.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minecheck.inspection.InspectorDirectory.Inspector;

/** Properties of the draw over many seeds: reproducible, the recorded probabilities are the real ones, teams lawful. */
class DrawingTest {
    static InspectionRules rules;
    static InspectorDirectory directory;
    static List<Drawing.FrameUnit> frame;

    @BeforeAll
    static void setUp() throws Exception {
        rules = InspectionRules.bundled();
        byte[] demo = DemoDirectory.workbook();
        var read = DirectoryWorkbook.read("demo-inspectors.xlsx", demo, "x");
        assertThat(read.problems()).isEmpty();
        directory = read.directory();
        // 42 enterprises like the demo county's, with risk features of every kind, in one county
        Random r = new Random(7);
        frame = new ArrayList<>();
        for (int i = 1; i <= 42; i++) {
            frame.add(new Drawing.FrameUnit(
                    String.format("E%02d", i),
                    "企业" + i,
                    "140603",
                    new Drawing.RiskFeatures(
                            r.nextInt(10) < 2 ? 1 + r.nextInt(2) : 0,
                            r.nextInt(4),
                            r.nextInt(10) == 0,
                            r.nextInt(3),
                            r.nextInt(8) == 0)));
        }
    }

    static Drawing.Input input(String seed, boolean risk) {
        return input(seed, risk, rules);
    }

    /** The bundled parameters with another workload limit. */
    static InspectionRules withWorkload(int limit) {
        var files = new java.util.TreeMap<>(rules.sources());
        files.put(
                "parameters.csv",
                files.get("parameters.csv")
                        .replaceAll("team.max-targets-per-inspector,\\d+", "team.max-targets-per-inspector," + limit));
        return InspectionRules.fromSources(files);
    }

    static Drawing.Input input(String seed, boolean risk, InspectionRules rules) {
        List<CheckItem> items = List.of(
                rules.item("licence").orElseThrow(),
                rules.item("boundary").orElseThrow(),
                rules.item("fund").orElseThrow());
        return new Drawing.Input(
                seed, items, Map.of("licence", 0.1, "boundary", 0.1, "fund", 0.08), risk, frame, directory, rules);
    }

    @Test
    void theGeneratorIsTheDocumentedOne() {
        // test vector computed apart from this code (Python hashlib), also in docs/inspections.md
        DrawRandom r = new DrawRandom("2025-12-01 福彩3D 5 8 2");
        assertThat(r.uniform("target/licence/E01", 0)).isEqualTo(0.2792496786169316);
        assertThat(r.uniform("target/licence/E01", 1)).isEqualTo(0.9189382180608537);
        assertThat(r.uniform("team/E01/I01", 0)).isEqualTo(0.5731028587480967);
    }

    @Test
    void theSameSeedGivesTheSameDrawAndAnotherSeedAnotherOne() {
        var a = Drawing.draw(input("S-1", true));
        var b = Drawing.draw(input("S-1", true));
        var c = Drawing.draw(input("S-2", true));
        assertThat(DrawRecord.tree(a)).isEqualTo(DrawRecord.tree(b));
        assertThat(DrawRecord.tree(a)).isNotEqualTo(DrawRecord.tree(c));
    }

    @Test
    void overManySeedsEachEnterpriseIsDrawnAsOftenAsItsRecordedProbabilitySays() {
        int seeds = 3000;
        Map<String, Integer> hits = new HashMap<>();
        Map<String, Double> recorded = new HashMap<>();
        for (int s = 0; s < seeds; s++) {
            var outcome = Drawing.draw(input("seed-" + s, true));
            for (var u : outcome.frame()) {
                for (var e : u.probabilities().entrySet()) {
                    String k = u.enterpriseId() + "/" + e.getKey();
                    Double before = recorded.put(k, e.getValue());
                    if (before != null) assertThat(e.getValue()).isEqualTo(before); // the seed never moves π
                    if (u.drawnItems().contains(e.getKey())) hits.merge(k, 1, Integer::sum);
                }
            }
        }
        for (var e : recorded.entrySet()) {
            double p = e.getValue();
            double f = hits.getOrDefault(e.getKey(), 0) / (double) seeds;
            double tolerance = 4.5 * Math.sqrt(p * (1 - p) / seeds) + 1e-9;
            assertThat(f).as(e.getKey() + " π=" + p).isCloseTo(p, org.assertj.core.data.Offset.offset(tolerance));
        }
        // risk weighting: floor and cap hold, and the probabilities add up to the expected size per item
        double sum = recorded.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/licence"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        assertThat(sum).isCloseTo(0.1 * 42, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(recorded.values()).allSatisfy(p -> assertThat(p).isBetween(0.05, 0.9));
    }

    @Test
    void theHorvitzThompsonEstimateIsUnbiasedOverSeeds() {
        Set<String> violating = Set.of("E02", "E05", "E09", "E11", "E17", "E23", "E30", "E31", "E40");
        double truth = violating.size() / 42.0;
        double sum = 0;
        int seeds = 3000;
        for (int s = 0; s < seeds; s++) {
            var outcome = Drawing.draw(input("ht-" + s, true));
            sum += Estimate.of("*", outcome.frame(), u -> violating.contains(u.enterpriseId()), 1.96)
                    .rate();
        }
        assertThat(sum / seeds).isCloseTo(truth, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void noTeamEverHoldsARecusedInspectorAndEveryTeamHasTwoQualifiedOfficers() {
        // 18 officers, up to 10 targets each: enough for every draw of this plan
        InspectionRules roomy = withWorkload(10);
        for (int s = 0; s < 300; s++) {
            var outcome = Drawing.draw(input("team-" + s, s % 2 == 0, roomy));
            for (Drawing.Team team : outcome.teams()) {
                for (Drawing.Member m : team.members()) {
                    assertThat(Drawing.conflict(directory, m.inspectorId(), team.enterpriseId()))
                            .as("seed team-" + s + ": " + m.inspectorId() + " at " + team.enterpriseId())
                            .isNull();
                    Inspector i = Drawing.inspector(directory, m.inspectorId());
                    assertThat(Drawing.covers(i.region(), "140603")).isTrue();
                }
                assertThat(team.members().stream()
                                .filter(Drawing.Member::qualified)
                                .count())
                        .as("seed team-" + s + " " + team.enterpriseId() + " " + team.problems())
                        .isGreaterThanOrEqualTo(2);
                for (String d : team.departments()) {
                    assertThat(team.members()).anyMatch(m -> m.department().equals(d));
                }
                assertThat(team.problems()).isEmpty();
                // a recused inspector of a needed department is named with the reason
                for (var c : directory.conflicts()) {
                    if (!c.enterpriseId().equals(team.enterpriseId())) continue;
                    Inspector i = Drawing.inspector(directory, c.inspectorId());
                    if (team.departments().contains(i.department().code()))
                        assertThat(team.skipped())
                                .anyMatch(sk -> sk.inspectorId().equals(i.id())
                                        && sk.reason().equals("conflict"));
                }
            }
            Map<String, Long> load = new HashMap<>();
            outcome.teams().forEach(t -> t.members().forEach(m -> load.merge(m.inspectorId(), 1L, Long::sum)));
            assertThat(load.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(10));
        }
    }

    @Test
    void whenTheDirectoryCannotStaffATeamTheDrawSaysWhichConstraintIsNotMet() {
        // one target per officer: the natural-resources officers run out and the record says so
        InspectionRules tight = withWorkload(1);
        var outcome = Drawing.draw(input("tight", false, tight));
        assertThat(outcome.teams()).anySatisfy(t -> assertThat(t.problems()).contains("department:natural-resources"));
        for (Drawing.Team team : outcome.teams()) {
            for (String d : team.departments()) {
                boolean represented =
                        team.members().stream().anyMatch(m -> m.department().equals(d));
                assertThat(represented || team.problems().contains("department:" + d))
                        .isTrue();
            }
            boolean two =
                    team.members().stream().filter(Drawing.Member::qualified).count() >= 2;
            assertThat(two || team.problems().contains("minimum:2")).isTrue();
            assertThat(team.skipped()).anySatisfy(sk -> assertThat(sk.reason())
                    .isIn("workload", "region", "conflict", "not-qualified", "not-drawn"));
        }
    }
}

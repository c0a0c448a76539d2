package org.minecheck.tools.demo;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.Finding;
import org.minecheck.finding.SourceRows;
import org.minecheck.ingest.DatasetWriter;
import org.minecheck.ingest.IngestResult;
import org.minecheck.ingest.SheetSpec;
import org.minecheck.ingest.WorkbookReader;
import org.minecheck.ingest.WorkbookSchema;
import org.minecheck.model.Dataset;
import org.minecheck.model.Licence;
import org.minecheck.model.LicenceKind;
import org.minecheck.model.WorkingSite;
import org.minecheck.testing.Fires;
import org.minecheck.testing.TestRules;

/**
 * The bundled demo workbook: it must be exactly what {@link DemoRegion} builds (so it never drifts from reviewable code),
 * and checking it as of 2025-12-31 must show every licence and boundary rule on the subject planted for it — and on
 * nothing else — while most enterprises stay clean. The planted cases are listed in test-data/README.md.
 */
class DemoRegionTest {
    private static final Path DEMO = Path.of("test-data/demo-region.xlsx");
    private static final String REGENERATE = "test-data/demo-region.xlsx differs from DemoRegion: regenerate it with "
            + "mvn -q -o package -DskipTests && java -jar target/minecheck.jar demo --out test-data/demo-region.xlsx --force";
    private static final List<String> ISSUE_2_RULES = List.of(
            "LIC-001", "LIC-002", "LIC-003", "LIC-004", "LIC-005", "LIC-006", "LIC-007", "LIC-008", "LIC-009",
            "BND-001", "BND-002", "BND-003", "BND-004");

    /** A finding located as a person reads the README table: rule, enterprise, mine, and the site if it is about one. */
    record Located(String rule, String enterprise, String mine, String site) {}

    /** Every licence and boundary finding the demo must give as of 2025-12-31; nothing more. */
    private static final Set<Located> PLANTED = Set.of(
            new Located("LIC-001", "E03", "M03", null), // unlicensed sand pit
            new Located("LIC-005", "E03", "M03", null), // ... which has no safety licence either
            new Located("LIC-001", "E06", "M06", null), // licence expired 2025-06-30
            new Located("LIC-002", "E09", "M09", null), // licence expires 2026-03-15
            new Located("LIC-002", "E12", "M13", null), // renewal deadline 2025-12-21 missed: lapses 2026-01-20
            new Located("LIC-003", "E12", "M13", null), // run by E12, held by E13
            new Located("LIC-008", "E12", "M13", null), // safety licence names E12, mining licence E13
            new Located("LIC-007", "E37", "M49", null), // under construction, extracting, no licence
            new Located("LIC-009", "E25", "M29", null), // safety and pollutant permits: renewal not applied for
            new Located("LIC-004", "E16", "M17", null), // kaolin under a coal licence
            new Located("LIC-005", "E19", "M21", null), // safety licence expired 2025-09-14
            new Located("LIC-006", "E22", "M24", null), // no pollutant discharge permit
            new Located("LIC-006", "E22", "M25", null), // water abstraction permit expired
            new Located("LIC-006", "E22", "M26", null), // dump on forest land, no approval
            new Located("BND-001", "E25", "M29", "M29-S1"), // pit across the licence edge
            new Located("BND-002", "E25", "M29", "M29-S3"), // pit below block 2's bottom
            new Located("BND-001", "E28", "M32", "M32-S2"), // shaft outside the licence
            new Located("BND-003", "E31", "M35", null), // licence reaches into the nature reserve
            new Located("BND-003", "E34", "M39", null), // licence reaches into the red line
            new Located("BND-003", "E34", "M39", "M39-S1"), // ... and so does its pit
            new Located("BND-004", "E37", "M42", null)); // licence boundary crosses itself

    private static CheckResult result;

    @BeforeAll
    static void checkTheCommittedWorkbook() {
        result = TestRules.runner().check(List.of(DEMO), DemoRegion.CHECK_DATE);
    }

    @Test
    void theCommittedWorkbookReadsWithoutProblemsAndEqualsWhatDemoRegionBuilds() {
        IngestResult read = new WorkbookReader(TestRules.book().minerals()).read(List.of(DEMO));
        assertThat(read.problems()).isEmpty();
        assertThat(read.notices()).isEmpty();

        Dataset built = DemoRegion.build();
        for (SheetSpec sheet : WorkbookSchema.SHEETS) {
            assertThat(facts(DatasetWriter.rowsOf(read.dataset(), sheet)))
                    .as(REGENERATE + " (sheet " + sheet.en() + ")")
                    .containsExactlyElementsOf(facts(DatasetWriter.rowsOf(built, sheet)));
        }
    }

    @Test
    void buildingTwiceGivesTheSameCounty() {
        Dataset first = DemoRegion.build();
        Dataset second = DemoRegion.build();

        for (SheetSpec sheet : WorkbookSchema.SHEETS) {
            assertThat(DatasetWriter.rowsOf(second, sheet))
                    .as(sheet.en())
                    .isEqualTo(DatasetWriter.rowsOf(first, sheet));
        }
    }

    @Test
    @Fires({"LIC-001", "LIC-002", "LIC-003", "LIC-004", "LIC-005", "LIC-006", "BND-001", "BND-002", "BND-003", "BND-004"
    })
    void everyLicenceAndBoundaryRuleFiresOnlyOnTheSubjectsPlantedForIt() {
        assertThat(result.problems()).isEmpty();

        Set<Located> found = result.findings().stream()
                .filter(f -> ISSUE_2_RULES.contains(f.ruleId()))
                .map(DemoRegionTest::locate)
                .collect(toSet());

        assertThat(found).extracting(Located::rule).containsAll(ISSUE_2_RULES);
        assertThat(found).containsExactlyInAnyOrderElementsOf(PLANTED);
    }

    @Test
    void thePlantedFindingsCarryTheNumbersThatWerePlanted() {
        assertThat(only("LIC-001", "M06").evidenceValue("validUntil")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(only("LIC-002", "M09").evidenceValue("daysLeft")).isEqualTo(74L);
        assertThat(only("LIC-003", "M13").evidenceValue("holderId")).isEqualTo("E13");
        assertThat(only("LIC-004", "M17").evidenceValue("mineral")).isEqualTo("kaolin");
        assertThat((BigDecimal) only("BND-002", "M29").evidenceValue("metresBelow"))
                .isEqualByComparingTo("22");
        // The shaft was placed 163 m beyond the licence corner, along the line from the licence centre.
        assertThat((BigDecimal) only("BND-001", "M32").evidenceValue("outsideDistance"))
                .isBetween(new BigDecimal("150"), new BigDecimal("163.0"));
        // A pit across the edge: part of it, not all of it, is outside.
        Finding across = only("BND-001", "M29");
        assertThat((BigDecimal) across.evidenceValue("outsideArea"))
                .isPositive()
                .isLessThan((BigDecimal) across.evidenceValue("siteArea"));
        assertThat(only("BND-004", "M42").evidenceValue("problem")).isEqualTo("self-intersection");
    }

    /** Derived values name the rows they were derived from; values read from the workbook name their cells. */
    @Test
    void boundaryEvidenceNamesTheLicenceCellAndTheCornerPointRowsTheAreasWereComputedFrom() {
        Finding across = only("BND-001", "M29");

        Evidence licence = evidence(across, "licence");
        SourceRows site = (SourceRows) across.evidenceValue("siteCorners");
        SourceRows area = (SourceRows) across.evidenceValue("licenceCorners");

        assertThat(licence.cell()).isNotNull().satisfies(c -> assertThat(c.sheet())
                .contains("证照"));
        assertThat(site.rows())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.sheet().sheet()).contains("拐点坐标"));
        assertThat(area.rows()).hasSizeGreaterThan(2);
        assertThat(site.text(true)).matches(".*拐点坐标.* 第\\d+(–\\d+)?行");
        assertThat(only("BND-002", "M29").evidence())
                .filteredOn(e -> e.name().equals("bottomElevation"))
                .singleElement()
                .satisfies(e -> assertThat(e.cell().sheet()).contains("矿区范围"));
    }

    private static Evidence evidence(Finding f, String name) {
        return f.evidence().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void atLeastSeventyPercentOfTheEnterprisesHaveNoFindingAtAll() {
        Set<String> withFindings = result.findings().stream()
                .map(f -> f.subject().enterpriseId())
                .filter(Objects::nonNull)
                .collect(toSet());
        long clean = result.dataset().enterprises.stream()
                .filter(e -> !withFindings.contains(e.id()))
                .count();

        assertThat((double) clean / result.dataset().enterprises.size())
                .as("share of enterprises without findings")
                .isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void checkingTwiceGivesTheSameFindingsInTheSameOrder() {
        CheckResult again = TestRules.runner().check(List.of(DEMO), DemoRegion.CHECK_DATE);

        assertThat(again.findings()).isNotEmpty().containsExactlyElementsOf(result.findings());
    }

    private static Finding only(String rule, String mine) {
        List<Finding> hits = result.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && mine.equals(locate(f).mine()))
                .toList();
        assertThat(hits).as(rule + " on " + mine).hasSize(1);
        return hits.get(0);
    }

    private static Located locate(Finding f) {
        Dataset d = result.dataset();
        String id = f.subject().id();
        return switch (f.subject().type()) {
            case "mine" -> new Located(f.ruleId(), f.subject().enterpriseId(), id, null);
            case "licence" ->
                new Located(
                        f.ruleId(),
                        f.subject().enterpriseId(),
                        d.licences.stream()
                                .filter(l -> l.kind() == LicenceKind.MINING
                                        && l.number().equals(id))
                                .map(Licence::mineId)
                                .findFirst()
                                .orElse(null),
                        null);
            case "site" ->
                new Located(
                        f.ruleId(),
                        f.subject().enterpriseId(),
                        d.sites.stream()
                                .filter(s -> s.id().equals(id))
                                .map(WorkingSite::mineId)
                                .findFirst()
                                .orElse(null),
                        id);
            default ->
                new Located(
                        f.ruleId(),
                        f.subject().enterpriseId(),
                        null,
                        f.subject().type() + ":" + id);
        };
    }

    /**
     * Each fact as "Type{field=value, …}" without its origin (where it was read from), numbers compared by value
     * (the workbook stores 60 as 60.0).
     */
    private static List<String> facts(List<?> rows) {
        List<String> out = new ArrayList<>();
        for (Object row : rows) {
            StringBuilder s = new StringBuilder(row.getClass().getSimpleName()).append('{');
            for (RecordComponent c : row.getClass().getRecordComponents()) {
                if (c.getName().equals("sheet") || c.getName().equals("row")) continue; // the origin
                Object v;
                try {
                    v = c.getAccessor().invoke(row);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (v instanceof BigDecimal b) v = b.stripTrailingZeros().toPlainString();
                s.append(c.getName()).append('=').append(v).append(", ");
            }
            out.add(s.append('}').toString());
        }
        return out;
    }
}

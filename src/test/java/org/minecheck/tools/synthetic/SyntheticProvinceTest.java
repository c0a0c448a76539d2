package org.minecheck.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.geometry.DerivedFacts;
import org.minecheck.ingest.DatasetWriter;
import org.minecheck.ingest.IngestResult;
import org.minecheck.ingest.WorkbookReader;
import org.minecheck.ingest.WorkbookSchema;
import org.minecheck.model.CornerPoint;
import org.minecheck.model.Dataset;
import org.minecheck.model.ShapeOwner;
import org.minecheck.testing.TestRules;

class SyntheticProvinceTest {
    private static final LocalDate DATE = SyntheticProvince.CHECK_DATE;

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameProvinceAndAnotherSeedADifferentOne() {
        Dataset a = SyntheticProvince.generate(300, 42);
        Dataset b = SyntheticProvince.generate(300, 42);
        Dataset c = SyntheticProvince.generate(300, 43);
        for (var sheet : WorkbookSchema.SHEETS) {
            assertThat(DatasetWriter.rowsOf(b, sheet)).as(sheet.en()).isEqualTo(DatasetWriter.rowsOf(a, sheet));
        }
        assertThat(c.mines).isNotEqualTo(a.mines);
        assertThat(c.cornerPoints).isNotEqualTo(a.cornerPoints);
        assertThat(a.enterprises).hasSize(300);
        assertThat(a.production).isNotEmpty();
        assertThat(a.funds).isNotEmpty();
        assertThat(a.approvals).isNotEmpty();
        assertThat(a.progress).isNotEmpty();
        assertThat(a.historicalMines).isNotEmpty();
        assertThat(a.targets).isNotEmpty();
        assertThat(a.production.stream().map(p -> p.year()).distinct()).hasSize(SyntheticProvince.YEARS);
    }

    @Test
    void theSameSeedWritesTheSameWorkbookContent() throws IOException {
        Path one = dir.resolve("one.xlsx");
        Path two = dir.resolve("two.xlsx");
        SyntheticProvince.write(40, 9, TestRules.book().minerals(), one);
        SyntheticProvince.write(40, 9, TestRules.book().minerals(), two);
        assertThat(sheetsXml(two)).isEqualTo(sheetsXml(one)).isNotEmpty();
    }

    @Test
    void theWrittenWorkbookReadsBackCleanlyAndChecksLikeTheDatasetItCameFrom() throws IOException {
        Path file = dir.resolve("province.xlsx");
        Dataset generated = SyntheticProvince.write(120, 5, TestRules.book().minerals(), file);
        IngestResult read = new WorkbookReader(TestRules.book().minerals()).read(List.of(file));
        assertThat(read.problems()).isEmpty();
        assertThat(read.notices()).isEmpty();
        assertThat(read.dataset().rowCount()).isEqualTo(generated.rowCount());
        assertThat(read.dataset().mines).hasSameSizeAs(generated.mines);

        CheckResult fromFile = TestRules.runner().check(List.of(file), DATE);
        assertThat(keys(fromFile.findings())).isEqualTo(keys(TestRules.check(generated, DATE)));
    }

    @Test
    void fiftyEnterprisesBreakEveryLicenceBoundaryAndDataRule() {
        Dataset d = SyntheticProvince.generate(50, 11);
        List<Finding> findings = TestRules.check(d, DATE);
        assertThat(findings)
                .extracting(Finding::ruleId)
                .contains(
                        "LIC-001",
                        "LIC-002",
                        "LIC-003",
                        "LIC-004",
                        "LIC-005",
                        "LIC-006",
                        "BND-001",
                        "BND-002",
                        "BND-003",
                        "BND-004",
                        "DATA-001",
                        "DATA-002");
        // the licence rules fire on a minority of enterprises, as in a real province
        long enterprisesWithLicenceFindings = findings.stream()
                .filter(f -> f.ruleId().startsWith("LIC"))
                .map(f -> f.subject().enterpriseId())
                .distinct()
                .count();
        assertThat(enterprisesWithLicenceFindings).isBetween(5L, 35L);
    }

    @Test
    void aThousandEnterprisesBreakEveryRuleOfTheCatalogueAndMostAreClean() {
        List<Finding> findings = TestRules.check(SyntheticProvince.generate(1000, 1), DATE);
        assertThat(findings)
                .extracting(Finding::ruleId)
                .contains(
                        "LIC-001", "LIC-002", "LIC-003", "LIC-004", "LIC-005", "LIC-006", "BND-001", "BND-002",
                        "BND-003", "BND-004", "FND-001", "FND-002", "FND-003", "ENV-001", "ENV-002", "ENV-003",
                        "ENV-004", "ENV-005", "ENV-006", "TGT-001", "TGT-002", "TGT-003", "TGT-004", "HIS-001",
                        "HIS-002", "HIS-003", "HIS-004");
        // about one subject in twenty breaks each rule: no rule fires for more than a fifth of the enterprises
        var byRule = new TreeMap<String, java.util.Set<String>>();
        for (Finding f : findings) {
            if (f.subject().enterpriseId() != null) {
                byRule.computeIfAbsent(f.ruleId(), k -> new java.util.HashSet<>())
                        .add(f.subject().enterpriseId());
            }
        }
        byRule.forEach(
                (rule, enterprises) -> assertThat(enterprises.size()).as(rule).isLessThan(200));
    }

    @Test
    void licencePolygonsNeverOverlapAndSitesMostlyLieInsideTheirLicence() {
        Dataset d = SyntheticProvince.generate(300, 8);
        Map<String, List<Coordinate>> rings = new TreeMap<>();
        d.cornerPoints.stream()
                .filter(p -> p.ownerType() == ShapeOwner.LICENCE)
                .sorted(java.util.Comparator.comparingInt(CornerPoint::pointNo))
                .forEach(p -> rings.computeIfAbsent(p.ownerId() + "#" + p.ringNo(), k -> new ArrayList<>())
                        .add(new Coordinate(p.y(), p.x())));
        GeometryFactory gf = new GeometryFactory();
        List<Polygon> blocks = new ArrayList<>();
        for (List<Coordinate> ring : rings.values()) {
            List<Coordinate> closed = new ArrayList<>(ring);
            closed.add(ring.get(0));
            Polygon p = gf.createPolygon(closed.toArray(Coordinate[]::new));
            if (p.isValid()) blocks.add(p);
        }
        assertThat(blocks).hasSizeGreaterThan(290);
        for (int i = 0; i < blocks.size(); i++) {
            for (int j = i + 1; j < blocks.size(); j++) {
                if (blocks.get(i).getEnvelopeInternal().intersects(blocks.get(j).getEnvelopeInternal())) {
                    assertThat(blocks.get(i).intersection(blocks.get(j)).getArea())
                            .as("blocks %d and %d", i, j)
                            .isZero();
                }
            }
        }
        DerivedFacts derived = TestRules.runner().geometry(d, DATE);
        long outside = derived.sitesOutside.stream()
                .filter(o -> o.outsideArea().signum() > 0 || o.outsideDistance().signum() > 0)
                .count();
        assertThat(derived.sitesOutside).hasSizeGreaterThan(d.sites.size() * 9 / 10);
        assertThat(outside).isPositive().isLessThan(d.sites.size() / 10);
    }

    @Test
    void thePlainJavaFloorAgreesWithDroolsFindingForFinding() {
        Dataset d = SyntheticProvince.generate(500, 3);
        var service = TestRules.runner();
        DerivedFacts derived = service.geometry(d, DATE);
        List<PlainJavaRules.Hit> floor = new PlainJavaRules(TestRules.book()).run(d, derived, DATE);
        List<PlainJavaRules.Hit> drools = Bench.hits(service.check(d, derived, DATE), true);
        assertThat(floor).isEqualTo(drools);
        assertThat(floor).extracting(PlainJavaRules.Hit::ruleId).containsAll(PlainJavaRules.RULE_IDS);
    }

    @Test
    void aCheckSplitOverSeveralThreadsGivesTheSameFindingsInTheSameOrderAsOneThread() {
        Dataset d = SyntheticProvince.generate(2500, 21); // enough enterprises for the check to split its work
        var book = TestRules.book();
        var extensions = org.minecheck.CoreConfig.standardExtensions();
        var limits = org.minecheck.ingest.IngestLimits.DEFAULT;
        DerivedFacts derived = TestRules.runner().geometry(d, DATE);
        List<Finding> one = new org.minecheck.engine.RuleRunner(book, extensions, 1, limits).check(d, derived, DATE);
        List<Finding> three = new org.minecheck.engine.RuleRunner(book, extensions, 3, limits).check(d, derived, DATE);
        assertThat(three).isEqualTo(one).hasSizeGreaterThan(500);
    }

    @Test
    void theBenchRunsEveryPhaseOnASmallProvince() throws IOException {
        StringWriter out = new StringWriter();
        Bench.Result r = new Bench(new Bench.Options(List.of(200), 1, dir, DATE, 1, false), new PrintWriter(out)).run();
        Bench.SizeResult s = r.sizes().get(0);
        assertThat(s.agree()).isTrue();
        assertThat(s.rows()).isGreaterThan(200 * 10L);
        assertThat(s.findings()).isPositive();
        assertThat(out.toString()).contains("| N enterprises | 200 |", "floor agrees with Drools | yes");
        assertThat(dir.resolve("findings-200.json")).isNotEmptyFile();
        assertThat(dir.resolve("findings-200.xlsx")).isNotEmptyFile();
    }

    private static List<String> keys(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings)
            out.add(f.ruleId() + " " + f.subject().type() + " " + f.subject().id());
        out.sort(null);
        return out;
    }

    /** The workbook's sheet contents, entry by entry (the package's metadata carries a creation time). */
    private static Map<String, String> sheetsXml(Path xlsx) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().startsWith("xl/")) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}

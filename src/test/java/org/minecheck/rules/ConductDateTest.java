package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.testing.Facts.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecheck.finding.Basis;
import org.minecheck.finding.Finding;
import org.minecheck.model.Dataset;
import org.minecheck.report.FindingText;
import org.minecheck.testing.TestRules;

/**
 * The law cited follows the date of the conduct, not the check date (Administrative Penalty Law art. 37): a 2024
 * three-rates shortfall checked before and after the 2024 Mineral Resources Law took effect (2025-07-01) cites the
 * 2009 text both times; the later check shows the newer article beside it, marked for comparison only.
 */
class ConductDateTest {
    private static final LocalDate BEFORE_REVISION = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER_REVISION = LocalDate.of(2025, 12, 31);

    /** A compliant coal mine whose 2024 mining recovery (70 %) is below the open-pit minimum. */
    private static Dataset rateBelowMinimumIn2024() {
        Dataset d = compliantMine();
        d.production.set(0, production("M1", 2024, "800000", "70", "80", "80"));
        return d;
    }

    private static Finding only2024Rate(LocalDate checkDate) {
        List<Finding> found = TestRules.check(rateBelowMinimumIn2024(), checkDate, "TGT-001");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.evidenceValue("year"))
                .isEqualTo(2024));
        return found.get(0);
    }

    private static List<Basis> basis(Finding f, LocalDate checkDate) {
        return new FindingText(TestRules.book(), org.minecheck.i18n.Texts.CHINESE, checkDate).basis(f);
    }

    @Test
    void aFindingAbout2024OutputHasTheEndOf2024AsItsConductDateWhateverTheCheckDate() {
        assertThat(only2024Rate(BEFORE_REVISION).conductDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(only2024Rate(AFTER_REVISION).conductDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void checksAsOf2025June30And2025December31CiteThe2009MineralResourcesLawForConductIn2024() {
        List<Basis> before = basis(only2024Rate(BEFORE_REVISION), BEFORE_REVISION);
        List<Basis> after = basis(only2024Rate(AFTER_REVISION), AFTER_REVISION);

        List<Basis> citedBefore = before.stream().filter(b -> !b.newer()).toList();
        List<Basis> citedAfter = after.stream().filter(b -> !b.newer()).toList();
        assertThat(citedAfter).isEqualTo(citedBefore);
        assertThat(citedAfter)
                .filteredOn(b -> b.citation().equals("mrl-three-rates"))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.title()).contains("2009年修正");
                    assertThat(b.article()).isEqualTo("第二十九条、第三十条、第四十四条");
                });
        assertThat(before).noneMatch(Basis::newer);
    }

    @Test
    void theLaterCheckShowsThe2024ArticleBesideTheCitedOneMarkedForComparisonOnly() {
        Finding f = only2024Rate(AFTER_REVISION);

        List<Basis> newer =
                basis(f, AFTER_REVISION).stream().filter(Basis::newer).toList();
        String line = new FindingText(TestRules.book(), org.minecheck.i18n.Texts.CHINESE, AFTER_REVISION).basisLine(f);

        assertThat(newer)
                .filteredOn(b -> b.citation().equals("mrl-three-rates"))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.title()).contains("2024年修订");
                    assertThat(b.inForceFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
                });
        assertThat(line).contains("《中华人民共和国矿产资源法》（2009年修正） 第二十九条").contains("现行规定，自2025-07-01起施行，仅供对照");
        assertThat(line.indexOf("2009年修正")).isLessThan(line.indexOf("2024年修订"));
    }

    /** The same workbook, the demo county, checked on both dates: M13's 2024 mining recovery cites the 2009 law. */
    @Test
    void theDemoWorkbookCheckedOnBothDatesCitesThe2009LawForM13s2024Recovery() {
        java.nio.file.Path demo = java.nio.file.Path.of("test-data/demo-region.xlsx");
        for (LocalDate checkDate : List.of(BEFORE_REVISION, AFTER_REVISION)) {
            var result = TestRules.runner().check(List.of(demo), checkDate);
            Finding f = result.findings().stream()
                    .filter(x -> x.ruleId().equals("TGT-001")
                            && x.subject().id().equals("M13")
                            && Integer.valueOf(2024).equals(x.evidenceValue("year")))
                    .findFirst()
                    .orElseThrow();

            assertThat(basis(f, checkDate))
                    .filteredOn(b -> !b.newer() && b.citation().equals("mrl-three-rates"))
                    .singleElement()
                    .satisfies(b -> assertThat(b.title()).contains("2009年修正"));
        }
    }

    @Test
    void aStateFoundOnTheCheckDateIsJudgedByTheLawOfTheCheckDateWithNothingBesideIt() {
        Dataset d = compliantMine();
        d.licences.removeIf(l -> l.number().equals("C1"));

        Finding f = TestRules.check(d, AFTER_REVISION, "LIC-001").get(0);

        assertThat(f.conductDate()).isEqualTo(AFTER_REVISION);
        assertThat(basis(f, AFTER_REVISION)).noneMatch(Basis::newer).anySatisfy(b -> assertThat(b.title())
                .contains("2024年修订"));
    }
}

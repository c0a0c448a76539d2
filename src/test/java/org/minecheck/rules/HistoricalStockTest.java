package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.rules.HistoricalRulesTest.COUNTY;
import static org.minecheck.rules.HistoricalRulesTest.his;
import static org.minecheck.testing.Facts.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecheck.finding.SourceRows;
import org.minecheck.model.*;
import org.minecheck.regional.ProgressRow;
import org.minecheck.regional.RegionalExtension;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.TestRules;

/**
 * The historical-mine share counts the baseline stock only: a patch added to the inventory after the baseline year and
 * treated is not part of the stock the target counts, so it cannot lift the share, and no share exceeds 100 %. The
 * added patches are shown apart in the progress table. County 140121: ten stock patches (inventory 2020), 30 % a year
 * from 2020, so 3 patches by the end of 2021.
 */
class HistoricalStockTest {

    /** The county with {@code stockTreated} stock patches and {@code addedTreated} of four patches added in 2021 treated. */
    private static Dataset county(int stockTreated, int addedTreated) {
        Dataset d = HistoricalRulesTest.county(HistoricalRulesTest.treatedIn(stockTreated, "2021-06-01"));
        for (int i = 0; i < 4; i++) {
            boolean done = i < addedTreated;
            d.historicalMines.add(new HistoricalMine(
                    "N" + i,
                    "新增图斑N" + i,
                    COUNTY,
                    n("10"),
                    2021,
                    done ? TreatmentStatus.TREATED : TreatmentStatus.UNTREATED,
                    done ? LocalDate.of(2021, 7, 1) : null,
                    done ? true : null,
                    done ? n("70") : null,
                    null,
                    null,
                    null));
        }
        return d;
    }

    @Test
    @Fires("HIS-001")
    void firesWhenOnlyPatchesAddedAfterTheBaselineWereTreatedThoughTheyWouldHaveMadeUpTheShare() {
        var findings = his(county(2, 4), "2021-12-31", "HIS-001");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat((BigDecimal) f.evidenceValue("treated")).isEqualByComparingTo("2");
            assertThat((BigDecimal) f.evidenceValue("achievedPercent")).isEqualByComparingTo("20");
            assertThat(((SourceRows) f.evidenceValue("countedPatches")).ids()).containsExactly("H0", "H1");
        });
    }

    @Test
    @Quiet("HIS-001")
    void staysQuietWhenTheStockItselfReachesTheShare() {
        assertThat(his(county(3, 0), "2021-12-31", "HIS-001")).isEmpty();
    }

    @Test
    @Quiet("HIS-002")
    void theShareNeverExceedsAHundredPercentEvenWhenTheTargetStatesASmallerStock() {
        Dataset d = HistoricalRulesTest.county(HistoricalRulesTest.treatedIn(10, "2021-06-01"));
        d.targets.set(0, treatmentTarget(COUNTY, TargetMeasure.COUNT, 2020, "8", null, "30", "2024-12-31"));

        assertThat(progress(d, "2025-12-31"))
                .filteredOn(r -> r.regionCode().equals(COUNTY))
                .allSatisfy(r -> assertThat(r.achievedPercent()).isLessThanOrEqualTo(new BigDecimal("100")));
        assertThat(his(d, "2025-12-31", "HIS-002")).isEmpty();
    }

    @Test
    void theProgressTableShowsThePatchesAddedAfterTheBaselineApart() {
        List<ProgressRow> rows = progress(county(2, 3), "2021-12-31");

        assertThat(rows)
                .filteredOn(r -> r.regionCode().equals(COUNTY) && r.year() == 2021)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.treatedCount()).isEqualByComparingTo("2");
                    assertThat(r.addedCount()).isEqualByComparingTo("4");
                    assertThat(r.addedTreatedCount()).isEqualByComparingTo("3");
                    assertThat(r.achievedPercent()).isEqualByComparingTo("20");
                });
        assertThat(rows)
                .filteredOn(r -> r.regionCode().equals("140000") && r.year() == 2021)
                .singleElement()
                .satisfies(r -> assertThat(r.addedTreatedCount()).isEqualByComparingTo("3"));
    }

    private static List<ProgressRow> progress(Dataset d, String date) {
        return TestRules.runner().run(d, LocalDate.parse(date)).results().stream()
                .filter(RegionalExtension.Progress.class::isInstance)
                .map(RegionalExtension.Progress.class::cast)
                .findFirst()
                .orElseThrow()
                .rows();
    }
}

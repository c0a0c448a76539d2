package org.minecheck.regional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.minecheck.engine.api.CheckContext;
import org.minecheck.engine.api.CheckExtension;
import org.minecheck.engine.api.Setting;
import org.minecheck.engine.api.SideTable;
import org.minecheck.model.Dataset;

/**
 * Regional tallies as facts for the regional rules (historical patches treated, green mines built) and, after the
 * rules, the historical-mine progress table: required against achieved per region and year.
 */
public final class RegionalExtension implements CheckExtension {
    /** The setting that decides which treated patches count (the same one HIS-004 reads). */
    static final String HISTORICAL_COVER = "historical.acceptance-vegetation-cover-percent";

    /** The progress table of one check. */
    public record Progress(List<ProgressRow> rows) implements Result {
        static final List<String> COLUMNS = List.of(
                "regionCode",
                "regionName",
                "level",
                "year",
                "toDate",
                "rolledUp",
                "measure",
                "baselineCount",
                "baselineArea",
                "requiredPercent",
                "requiredCount",
                "requiredArea",
                "treatedCount",
                "treatedArea",
                "achievedPercent",
                "met",
                "deadline",
                "source",
                "addedCount",
                "addedArea",
                "addedTreatedCount",
                "addedTreatedArea");
        static final List<String> CONSOLE = List.of(
                "regionCode",
                "regionName",
                "year",
                "toDate",
                "measure",
                "baselineCount",
                "requiredPercent",
                "requiredCount",
                "treatedCount",
                "achievedPercent",
                "met",
                "deadline",
                "rolledUp",
                "addedCount",
                "addedTreatedCount");

        @Override
        public List<SideTable> tables() {
            if (rows.isEmpty()) return List.of();
            List<List<Object>> values = new ArrayList<>();
            for (ProgressRow p : rows) {
                values.add(Arrays.asList(
                        p.regionCode(),
                        p.regionName(),
                        p.level(),
                        p.year(),
                        p.toDate(),
                        p.rolledUp(),
                        p.measure(),
                        p.baselineCount(),
                        p.baselineArea(),
                        p.requiredPercent(),
                        p.requiredCount(),
                        p.requiredArea(),
                        p.treatedCount(),
                        p.treatedArea(),
                        p.achievedPercent(),
                        p.met(),
                        p.deadline(),
                        p.source(),
                        p.addedCount(),
                        p.addedArea(),
                        p.addedTreatedCount(),
                        p.addedTreatedArea()));
            }
            return List.of(new SideTable(
                    "historicalProgress",
                    COLUMNS,
                    values,
                    CONSOLE,
                    new SideTable.Chart(
                            "regionCode",
                            "regionName",
                            "year",
                            List.of("requiredPercent", "achievedPercent"),
                            "deadline"),
                    new SideTable.Pivot(
                            List.of("regionCode", "regionName"),
                            List.of("deadline"),
                            "year",
                            List.of("achievedPercent", "requiredPercent"),
                            "met",
                            List.of("source"),
                            "rolledUp")));
        }
    }

    @Override
    public Run start(Dataset dataset, CheckContext context, Map<String, Setting> settings) {
        RegionTree tree = new RegionTree(dataset.regions);
        Setting cover = settings.get(HISTORICAL_COVER);
        List<TreatmentTally> treatment =
                RegionalAggregates.treatment(dataset, tree, context.checkDate(), cover == null ? null : cover.value());
        List<Object> facts = new ArrayList<>(treatment);
        facts.addAll(RegionalAggregates.greenMines(dataset, tree, context.checkDate()));
        return new Run() {
            @Override
            public List<Object> regionalFacts() {
                return facts;
            }

            @Override
            public Result finish(List<Object> notes) {
                return new Progress(HistoricalProgress.table(treatment, tree));
            }
        };
    }
}

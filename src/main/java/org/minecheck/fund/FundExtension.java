package org.minecheck.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minecheck.engine.api.CheckContext;
import org.minecheck.engine.api.CheckExtension;
import org.minecheck.engine.api.Setting;
import org.minecheck.engine.api.SideTable;
import org.minecheck.model.Dataset;
import org.minecheck.regional.RegionTree;

/** The fund-rate table: the requirements FND-001 computed (kept as notes) against what was provisioned and used. */
public final class FundExtension implements CheckExtension {

    /** The fund rates of one check, per enterprise and region and year. */
    public record Rates(List<FundRate> rows) implements Result {
        static final List<String> COLUMNS = List.of(
                "kind",
                "id",
                "name",
                "level",
                "year",
                "mines",
                "minesWithoutRequirement",
                "required",
                "provisioned",
                "used",
                "provisioningRate",
                "useRate");

        @Override
        public List<SideTable> tables() {
            if (rows.isEmpty()) return List.of();
            List<List<Object>> values = new ArrayList<>();
            for (FundRate r : rows) {
                values.add(java.util.Arrays.asList(
                        r.kind(),
                        r.id(),
                        r.name(),
                        r.level(),
                        r.year(),
                        r.mines(),
                        r.minesWithoutRequirement(),
                        r.required(),
                        r.provisioned(),
                        r.used(),
                        r.provisioningRate(),
                        r.useRate()));
            }
            return List.of(new SideTable(
                    "fundRates",
                    COLUMNS,
                    values,
                    List.of(),
                    null,
                    new SideTable.Pivot(
                            List.of("id", "name"),
                            List.of(),
                            "year",
                            List.of("provisioningRate", "useRate"),
                            null,
                            List.of(),
                            null)));
        }
    }

    @Override
    public Run start(Dataset dataset, CheckContext context, Map<String, Setting> settings) {
        return notes -> {
            List<FundRequirement> required = notes.stream()
                    .filter(FundRequirement.class::isInstance)
                    .map(FundRequirement.class::cast)
                    .toList();
            return new Rates(FundRates.table(dataset, required, new RegionTree(dataset.regions), context.checkDate()));
        };
    }
}

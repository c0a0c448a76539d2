package org.minecheck.report;

import java.math.BigDecimal;
import java.util.List;
import org.minecheck.fund.FundRate;
import org.minecheck.regional.ProgressRow;

/**
 * The two tables printed beside the findings, in words: fund rates per enterprise and region, and the historical-mine
 * progress table. Shared by the console, Excel and JSON writers so all three say the same.
 */
final class SideTables {
    private SideTables() {}

    static final List<String> FUND_COLUMNS = List.of("kind", "id", "name", "year", "mines", "noRequirement", "required",
            "provisioned", "used", "provisioningRate", "useRate");
    static final List<String> PROGRESS_COLUMNS = List.of("region", "name", "level", "year", "measure", "baselineCount",
            "baselineArea", "requiredPercent", "requiredCount", "requiredArea", "treatedCount", "treatedArea",
            "achievedPercent", "met", "deadline", "source");

    static String[] fundHeader(boolean zh) {
        return FUND_COLUMNS.stream().map(c -> UiText.get("fund.col." + c, zh)).toArray(String[]::new);
    }

    static String[] progressHeader(boolean zh) {
        return PROGRESS_COLUMNS.stream().map(c -> UiText.get("progress.col." + c, zh)).toArray(String[]::new);
    }

    static String[] fundRow(FundRate r, boolean zh) {
        return new String[] {UiText.get("fund.kind." + r.kind(), zh), r.id(),
                r.level() == null ? r.name() : r.name() + " (" + r.level().text(zh) + ")", String.valueOf(r.year()),
                String.valueOf(r.mines()), String.valueOf(r.minesWithoutRequirement()), num(r.required()),
                num(r.provisioned()), num(r.used()), num(r.provisioningRate()), num(r.useRate())};
    }

    static String[] progressRow(ProgressRow r, boolean zh) {
        return new String[] {r.regionCode(), r.regionName(), r.level() == null ? "" : r.level().text(zh),
                r.toDate() ? UiText.format("progress.toDate", zh, String.valueOf(r.year())) : String.valueOf(r.year()),
                r.measure().text(zh), num(r.baselineCount()), num(r.baselineArea()), num(r.requiredPercent()),
                num(r.requiredCount()), num(r.requiredArea()), num(r.treatedCount()), num(r.treatedArea()),
                num(r.achievedPercent()), met(r, zh), r.deadline() == null ? "" : r.deadline().toString(),
                r.rolledUp() ? UiText.get("progress.rolledUp", zh) : nullToEmpty(r.source())};
    }

    static String met(ProgressRow r, boolean zh) {
        Boolean met = r.met();
        return UiText.get(met == null ? "progress.met.open" : met ? "progress.met.yes" : "progress.met.no", zh);
    }

    static String num(BigDecimal v) {
        if (v == null) return "—";
        BigDecimal t = v.stripTrailingZeros();
        return (t.scale() < 0 ? t.setScale(0) : t).toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

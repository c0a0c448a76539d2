package org.minecheck.ingest;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.minecheck.model.Dataset;

/**
 * What a check actually looked at: how many enterprises, mines, licences and working sites were read and which years
 * of production, fund and restoration records. Every report states it, so "no findings" can never hide "nothing read".
 * A check in which no mine was read checked nothing an enterprise is obliged to do: it is not clean.
 *
 * @param firstYear earliest year of a production, fund or restoration-progress row; null when there is none
 * @param lastYear  latest such year; null when there is none
 */
public record Coverage(
        int enterprises, int mines, int licences, int sites, int historicalMines, Integer firstYear, Integer lastYear) {

    public static Coverage of(Dataset d) {
        IntStream years = Stream.of(
                        d.production.stream().mapToInt(p -> p.year()),
                        d.funds.stream().mapToInt(f -> f.year()),
                        d.progress.stream().mapToInt(p -> p.year()))
                .flatMapToInt(s -> s);
        var stats = years.summaryStatistics();
        boolean any = stats.getCount() > 0;
        return new Coverage(
                d.enterprises.size(),
                d.mines.size(),
                d.licences.size(),
                d.sites.size(),
                d.historicalMines.size(),
                any ? stats.getMin() : null,
                any ? stats.getMax() : null);
    }

    /** No mine was read: nothing was checked that could make an enterprise compliant or not (exit status 3). */
    public boolean nothingToCheck() {
        return mines == 0;
    }

    /** The years as a person reads them: "2020–2024", "2024", or "" when no yearly record was read. */
    public String years() {
        if (firstYear == null) return "";
        return firstYear.equals(lastYear) ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
    }
}

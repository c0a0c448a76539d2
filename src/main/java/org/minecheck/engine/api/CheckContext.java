package org.minecheck.engine.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The check date, as a fact rules match on (never a global inside a constraint). */
public record CheckContext(LocalDate checkDate) {
    public int year() {
        return checkDate.getYear();
    }

    /** Days from the check date to {@code date}: negative when it has passed. */
    public long daysUntil(LocalDate date) {
        return ChronoUnit.DAYS.between(checkDate, date);
    }

    /** 31 December of {@code year}. */
    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** True once {@code year} has ended on the check date (its 31 December is the check date or before it). */
    public boolean yearOver(int year) {
        return !checkDate.isBefore(yearEnd(year));
    }

    /** The latest year that has ended on the check date: this year on 31 December, otherwise last year. */
    public int lastCompletedYear() {
        return yearOver(year()) ? year() : year() - 1;
    }

    /** The date a yearly record is judged on: its 31 December, or the check date if that comes first. */
    public LocalDate judgedOn(int year) {
        LocalDate end = yearEnd(year);
        return end.isBefore(checkDate) ? end : checkDate;
    }
}

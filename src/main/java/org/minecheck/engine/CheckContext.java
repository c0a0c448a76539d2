package org.minecheck.engine;

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
}

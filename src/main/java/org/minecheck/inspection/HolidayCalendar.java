package org.minecheck.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Working days over the calendar of rules/inspection/holidays.csv: Monday to Friday, except the public holidays
 * listed, plus the adjusted working days (调休) listed. A year the file does not cover is counted by weekdays alone
 * and said so ({@link #covers}).
 */
public final class HolidayCalendar {
    /** A listed day: a public holiday or an adjusted working day, with where it comes from. */
    public record Day(LocalDate date, boolean holiday, String name, String source, boolean verified) {}

    private final Map<LocalDate, Day> days;
    private final Set<Integer> years;

    public HolidayCalendar(Iterable<Day> listed) {
        Map<LocalDate, Day> m = new TreeMap<>();
        for (Day d : listed) m.put(d.date(), d);
        this.days = m;
        this.years = m.keySet().stream().map(LocalDate::getYear).collect(Collectors.toSet());
    }

    public boolean workingDay(LocalDate d) {
        Day listed = days.get(d);
        if (listed != null) return !listed.holiday();
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code from} (from itself not counted). */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (workingDay(d)) left--;
        }
        return d;
    }

    /** Whether the calendar lists the year's holidays (otherwise only weekends are known). */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** Whether any listed day between the two dates (inclusive) is unverified. */
    public boolean unverifiedBetween(LocalDate from, LocalDate to) {
        return days.values().stream()
                .anyMatch(d ->
                        !d.verified() && !d.date().isBefore(from) && !d.date().isAfter(to));
    }
}

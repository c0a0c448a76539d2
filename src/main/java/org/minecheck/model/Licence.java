package org.minecheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Any permit a mine holds: the mining licence and the others (safety, pollutant discharge, water, forest land).
 * {@code status} is the status the row records (as of the workbook); {@code events} are the licence's dated events
 * (from the licence events sheet, joined when a check starts), so that a check as of an earlier date sees the licence
 * as it stood then.
 */
public record Licence(
        String number,
        LicenceKind kind,
        String mineId,
        String holderId,
        List<String> minerals,
        LocalDate validFrom,
        LocalDate validUntil,
        LicenceStatus status,
        BigDecimal capacity,
        String issuer,
        List<LicenceEvent> events,
        SheetRef sheet,
        int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public Licence(
            String number,
            LicenceKind kind,
            String mineId,
            String holderId,
            List<String> minerals,
            LocalDate validFrom,
            LocalDate validUntil,
            LicenceStatus status,
            BigDecimal capacity,
            String issuer,
            List<LicenceEvent> events,
            RowRef origin) {
        this(
                number,
                kind,
                mineId,
                holderId,
                minerals,
                validFrom,
                validUntil,
                status,
                capacity,
                issuer,
                events,
                RowRef.sheetOf(origin),
                RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }

    public Licence {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A licence row without dated events. */
    public Licence(
            String number,
            LicenceKind kind,
            String mineId,
            String holderId,
            List<String> minerals,
            LocalDate validFrom,
            LocalDate validUntil,
            LicenceStatus status,
            BigDecimal capacity,
            String issuer,
            RowRef origin) {
        this(
                number,
                kind,
                mineId,
                holderId,
                minerals,
                validFrom,
                validUntil,
                status,
                capacity,
                issuer,
                List.of(),
                origin);
    }

    /** The same licence with these dated events. */
    public Licence withEvents(List<LicenceEvent> dated) {
        return new Licence(
                number,
                kind,
                mineId,
                holderId,
                minerals,
                validFrom,
                validUntil,
                status,
                capacity,
                issuer,
                dated,
                sheet,
                row);
    }

    /**
     * The status on a date. Without status events it is the row's status, whatever the date (the day it changed is
     * not known). With them: valid until the first event, then each event's status from its day; from the latest
     * event's day on, the row's status (the status as recorded now).
     */
    public LicenceStatus statusOn(LocalDate date) {
        if (events.isEmpty()) return status; // most licences: rules ask this for every licence and date they join
        List<LicenceEvent> changes = events.stream()
                .filter(e -> e.type().resultingStatus() != null && e.date() != null)
                .sorted(Comparator.comparing(LicenceEvent::date))
                .toList();
        if (changes.isEmpty() || !date.isBefore(changes.get(changes.size() - 1).date())) return status;
        LicenceStatus s = LicenceStatus.VALID;
        for (LicenceEvent e : changes) {
            if (e.date().isAfter(date)) break;
            s = e.type().resultingStatus();
        }
        return s;
    }

    /** In force on the date: valid on that date (see {@link #statusOn}) and the date inside [validFrom, validUntil]. */
    public boolean validOn(LocalDate date) {
        return date != null
                && statusOn(date) == LicenceStatus.VALID
                && (validFrom == null || !date.isBefore(validFrom))
                && validUntil != null
                && !date.isAfter(validUntil);
    }

    /** The latest renewal application recorded on or before the date, or null. */
    public LocalDate renewalAppliedBy(LocalDate date) {
        if (events.isEmpty()) return null;
        return events.stream()
                .filter(e -> e.type() == LicenceEventType.RENEWAL_APPLIED
                        && e.date() != null
                        && !e.date().isAfter(date))
                .map(LicenceEvent::date)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The latest status event on or before the date (what made it not in force), or null. */
    public LicenceEvent statusEventBy(LocalDate date) {
        return events.stream()
                .filter(e -> e.type().resultingStatus() != null
                        && e.date() != null
                        && !e.date().isAfter(date))
                .max(Comparator.comparing(LicenceEvent::date))
                .orElse(null);
    }

    public boolean covers(String mineral) {
        return minerals.contains(mineral);
    }
}

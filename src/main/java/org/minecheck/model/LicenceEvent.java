package org.minecheck.model;

import java.time.LocalDate;

/** A dated event of a licence (suspended, resumed, revoked, withdrawn, cancelled, renewal applied for). */
public record LicenceEvent(
        String licenceNumber,
        LicenceKind kind,
        LicenceEventType type,
        LocalDate date,
        String documentNo,
        SheetRef sheet,
        int row)
        implements Sourced {
    /** As read from {@code origin} (null: built in code); the row is kept as its sheet and number, not an object. */
    public LicenceEvent(
            String licenceNumber,
            LicenceKind kind,
            LicenceEventType type,
            LocalDate date,
            String documentNo,
            RowRef origin) {
        this(licenceNumber, kind, type, date, documentNo, RowRef.sheetOf(origin), RowRef.rowOf(origin));
    }

    @Override
    public RowRef origin() {
        return RowRef.of(sheet, row);
    }
}

package org.minecheck.model;

import java.time.LocalDate;

/** A dated event of a licence (suspended, resumed, revoked, withdrawn, cancelled, renewal applied for). */
public record LicenceEvent(
        String licenceNumber, LicenceKind kind, LicenceEventType type, LocalDate date, String documentNo, RowRef origin)
        implements Sourced {}

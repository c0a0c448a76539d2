package org.minecheck.waiver;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A waiver of one finding (by its stable key): why, until when (it ends at 00:00 China time on {@code expiresOn}), who
 * asked for it and when, and who approved it and when (null until another user approves it).
 */
public record Waiver(
        long id,
        String findingKey,
        String ruleId,
        String reason,
        LocalDate expiresOn,
        String requestedBy,
        Instant requestedAt,
        String approvedBy,
        Instant approvedAt) {

    public boolean approved() {
        return approvedBy != null;
    }
}

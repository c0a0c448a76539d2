package org.minecheck.engine.api;

/**
 * Where a long check has got to, for a door that shows it (the shell draws a line on a terminal). Called from the
 * checking threads; an implementation must be cheap and thread-safe.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (phase, done, total) -> {};

    /** {@code phase} is {@code read}, {@code geometry} or {@code rules}; {@code total} 0 when not known. */
    void update(String phase, long done, long total);
}

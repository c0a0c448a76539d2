package org.minecheck.finding;

import java.time.LocalDate;

/**
 * A cited legal basis in the version in force on the check date, in one language. {@code verification} carries the
 * research mark (V-text, V-page, V-cited, M); only M means not verified.
 */
public record Basis(String citation, String title, String article, String summary, boolean verified,
                    String verification, String source, LocalDate inForceFrom, LocalDate inForceTo) {}

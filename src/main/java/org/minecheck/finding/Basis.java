package org.minecheck.finding;

import java.time.LocalDate;

/**
 * A cited legal basis in one version and one language. {@code verification} carries the research mark (V-text,
 * V-page, V-cited; M: not verified; {@code product}: a requirement of this product, not a legal text). The basis of a
 * finding is the version in force on its conduct date; {@code newer} marks a later version in force on the check date,
 * shown beside it for comparison (Administrative Penalty Law art. 37: the newer one applies only where it is lighter
 * or the conduct is no longer an offence). {@code applied} is {@code analogy} where the text is applied by analogy to
 * a case it does not name (e.g. a list for pollution-type projects applied to a mine), blank otherwise.
 */
public record Basis(
        String citation,
        String title,
        String article,
        String summary,
        boolean verified,
        String verification,
        String source,
        LocalDate inForceFrom,
        LocalDate inForceTo,
        boolean newer,
        String applied) {

    public Basis(
            String citation,
            String title,
            String article,
            String summary,
            boolean verified,
            String verification,
            String source,
            LocalDate inForceFrom,
            LocalDate inForceTo) {
        this(citation, title, article, summary, verified, verification, source, inForceFrom, inForceTo, false, "");
    }

    /** Applied by analogy: the text does not name this case. */
    public boolean byAnalogy() {
        return "analogy".equalsIgnoreCase(applied);
    }

    /** A requirement of this product (the template), not a legal text. */
    public boolean productRequirement() {
        return "product".equalsIgnoreCase(verification);
    }
}

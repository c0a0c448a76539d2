package org.minecheck.engine;

/**
 * The check was stopped before it finished, and reports nothing: a rule re-fired without end, or the rules ran past
 * the check's time limit. Names the rule (when one was firing) and the enterprise whose facts it was working on. The
 * command line maps it to exit status 4, like a refused rule pack. (A check cancelled by Ctrl-C ends with a
 * {@code CancellationException} instead.)
 */
public class CheckStoppedException extends RuntimeException {
    public enum Reason {
        /** One enterprise's facts made the rules fire more often than the firing limit allows: a rule re-fires. */
        FIRING_LIMIT,
        /** The rules did not finish within the check's time limit. */
        TIME_LIMIT
    }

    private final Reason reason;
    private final String ruleId;
    private final String ruleName;
    private final String subject;

    public CheckStoppedException(Reason reason, String ruleId, String ruleName, String subject, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.ruleId = ruleId;
        this.ruleName = ruleName;
        this.subject = subject;
    }

    public Reason reason() {
        return reason;
    }

    /** The @id of the rule that was firing or fired last, or null when none had. */
    public String ruleId() {
        return ruleId;
    }

    /** The name of that rule, or null. */
    public String ruleName() {
        return ruleName;
    }

    /** What the rules were working on: an enterprise id, or a description of the regional bundle; null if unknown. */
    public String subject() {
        return subject;
    }
}

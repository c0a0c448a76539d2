package org.minecheck.inspection;

import java.time.LocalDate;
import java.util.Locale;
import org.minecheck.i18n.Texts;

/**
 * The rectification lifecycle of one inspection finding (design.md, "Lifecycles"): open → rectifying → verified, or
 * overdue → escalated; partial rectification is a state of its own. Only a re-check on newer data closes a finding
 * (its key is no longer raised); a verified finding that a later re-check raises again reopens by itself.
 */
public final class Rectification {
    private Rectification() {}

    public enum State {
        OPEN,
        RECTIFYING,
        PARTIAL,
        OVERDUE,
        ESCALATED,
        VERIFIED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String text(Locale locale) {
            return Texts.of(locale).get("inspection.state." + code());
        }

        public static State parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }

        /** Still waiting for the enterprise: not verified. */
        public boolean pending() {
            return this != VERIFIED;
        }
    }

    /** What a re-check on newer data does to a finding: raised again or not, as of the re-check's date. */
    public static State afterRecheck(State now, boolean raisedAgain, LocalDate asOf, LocalDate deadline) {
        if (!raisedAgain) return State.VERIFIED;
        if (now == State.VERIFIED) return State.OPEN; // it came back: reopened
        if (asOf.isAfter(deadline))
            return now == State.OVERDUE || now == State.ESCALATED ? State.ESCALATED : State.OVERDUE;
        return now;
    }

    /**
     * What the enterprise or the team may report: rectifying or partial while a finding is pending. Verified is never
     * reported: only a re-check verifies.
     *
     * @throws IllegalArgumentException for a change the lifecycle does not allow
     */
    public static State report(State now, State reported) {
        if (reported != State.RECTIFYING && reported != State.PARTIAL && reported != State.ESCALATED)
            throw new IllegalArgumentException(reported.code());
        if (now == State.VERIFIED) throw new IllegalStateException(now.code());
        if (reported == State.ESCALATED && now != State.OVERDUE) throw new IllegalStateException(now.code());
        return reported;
    }

    /** The state as it reads on a date: a pending finding past its deadline reads overdue until it is escalated. */
    public static State asOf(State stored, LocalDate deadline, LocalDate today) {
        if (stored.pending() && stored != State.ESCALATED && today.isAfter(deadline)) return State.OVERDUE;
        return stored;
    }
}

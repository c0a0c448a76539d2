package org.minecheck.finding;

/**
 * What a check concluded about one (rule, subject) pair it evaluated. Compliance rates count PASS and WAIVED as
 * compliant, FAIL as not, leave NOT_APPLICABLE out and state how many CANNOT_DECIDE there were.
 */
public enum ResultState {
    PASS("pass"),
    FAIL("fail"),
    CANNOT_DECIDE("cannot-decide"),
    NOT_APPLICABLE("not-applicable"),
    WAIVED("waived");

    private final String code;

    ResultState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ResultState parse(String code) {
        for (ResultState s : values())
            if (s.code.equalsIgnoreCase(code) || s.name().equalsIgnoreCase(code)) return s;
        throw new IllegalArgumentException("no result state " + code);
    }
}

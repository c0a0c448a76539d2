package org.minecheck.finding;

import java.util.List;

/**
 * One rule's verdict on one subject. {@code messageKey} names the message variant (the rule id unless the rule says
 * otherwise); text (message, fix, basis) is resolved in the chosen language when reported.
 */
public record Finding(String ruleId, String messageKey, Severity severity, Department department, Subject subject,
                      List<String> basisKeys, List<Evidence> evidence) {

    /** The value of the named evidence, or null when there is none or its value is null (e.g. no other licence). */
    public Object evidenceValue(String name) {
        for (Evidence e : evidence) if (e.name().equals(name)) return e.value();
        return null;
    }
}

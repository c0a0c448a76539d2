package org.minecheck.finding;

import java.util.List;

/**
 * One rule's verdict on one subject. {@code messageKey} names the message variant (the rule id unless the rule says
 * otherwise); text (message, fix, basis) is resolved in the chosen language when reported.
 */
public record Finding(String ruleId, String messageKey, Severity severity, Department department, Subject subject,
                      List<String> basisKeys, List<Evidence> evidence) {

    public Object evidenceValue(String name) {
        return evidence.stream().filter(e -> e.name().equals(name)).map(Evidence::value).findFirst().orElse(null);
    }
}

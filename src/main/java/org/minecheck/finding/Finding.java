package org.minecheck.finding;

import java.util.List;

/**
 * One rule's verdict on one subject. {@code messageKey} names the message variant (the rule id unless the rule says
 * otherwise); text (message, fix, basis) is resolved in the chosen language when reported. {@code discriminator}
 * tells apart several findings of one rule on one subject (from the evidence the rule names in its {@code @key}).
 */
public record Finding(String ruleId, String messageKey, Severity severity, Department department, Subject subject,
                      List<String> basisKeys, List<Evidence> evidence, String discriminator) {

    /** The same finding in every run: rule, subject and discriminator. */
    public FindingKey key() {
        return new FindingKey(ruleId, subject.type(), subject.id(), discriminator);
    }

    /** The value of the named evidence, or null when there is none or its value is null (e.g. no other licence). */
    public Object evidenceValue(String name) {
        for (Evidence e : evidence) if (e.name().equals(name)) return e.value();
        return null;
    }
}

package org.minecheck.finding;

import java.time.LocalDate;
import java.util.List;

/**
 * One rule's verdict on one subject. {@code messageKey} names the message variant (the rule id unless the rule says
 * otherwise); text (message, fix, basis) is resolved in the chosen language when reported. {@code discriminator}
 * tells apart several findings of one rule on one subject (from the evidence the rule names in its {@code @key}).
 * {@code conductDate} is the day the conduct happened (a production or fund year's 31 December, an expiry or renewal
 * deadline, a site's observation date; the check date for a state found on it): the basis is the law in force on that
 * day (Administrative Penalty Law art. 37), with a newer provision shown beside it for comparison.
 */
public record Finding(
        String ruleId,
        String messageKey,
        Severity severity,
        Department department,
        Subject subject,
        List<String> basisKeys,
        List<Evidence> evidence,
        String discriminator,
        LocalDate conductDate) {

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

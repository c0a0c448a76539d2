package org.minecheck.finding;

/**
 * What makes a finding the same finding in another run, on another machine: the rule, the subject and, where a rule
 * can find several things wrong with one subject, the discriminator that tells them apart (a year, a zone, a block,
 * a permit kind). Diffs, waivers, rectification and "fixed / still open / new" all follow findings by this key.
 * Written as {@code RULE/subject-type/subject-id} plus {@code /discriminator} when there is one.
 */
public record FindingKey(String ruleId, String subjectType, String subjectId, String discriminator) {

    @Override
    public String toString() {
        // one concatenation either way: every finding of a report writes its key
        return discriminator == null || discriminator.isEmpty()
                ? ruleId + "/" + subjectType + "/" + subjectId
                : ruleId + "/" + subjectType + "/" + subjectId + "/" + discriminator;
    }
}

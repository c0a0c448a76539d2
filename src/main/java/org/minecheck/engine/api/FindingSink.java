package org.minecheck.engine.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.runtime.rule.RuleContext;
import org.minecheck.finding.Department;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.finding.Subject;

/**
 * The one way a rule reports: {@code findings.raise(drools, subject, evidence...)}. Id, severity, department and basis
 * are read from the rule's metadata, so the consequence cannot contradict them.
 */
public final class FindingSink {
    private final Function<Object, Subject> subjects;
    private final LocalDate checkDate;
    private final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    private final List<Object> notes = Collections.synchronizedList(new ArrayList<>());

    /** A sink whose findings have no conduct date of their own unless a rule gives one (tools that check no date). */
    public FindingSink(Function<Object, Subject> subjects) {
        this(subjects, null);
    }

    /** A sink for a check as of {@code checkDate}: a finding raised without a conduct date happened on it. */
    public FindingSink(Function<Object, Subject> subjects, LocalDate checkDate) {
        this.subjects = subjects;
        this.checkDate = checkDate;
    }

    /** A finding about a state found on the check date (its conduct date is the check date). */
    public void raise(RuleContext drools, Object subject, Evidence... evidence) {
        raiseOn(drools, checkDate, subject, evidence);
    }

    /**
     * A finding about conduct on {@code conductDate} (a year's 31 December, an expiry or renewal deadline, an
     * observation date): its basis is resolved on that date. A null date means the check date.
     */
    public void raiseOn(RuleContext drools, LocalDate conductDate, Object subject, Evidence... evidence) {
        Map<String, Object> meta = drools.getRule().getMetaData();
        String id = String.valueOf(meta.get("id"));
        String messageKey = String.valueOf(meta.getOrDefault("message", id));
        findings.add(new Finding(
                id,
                messageKey,
                Severity.parse(String.valueOf(meta.get("severity"))),
                Department.parse(String.valueOf(meta.get("department"))),
                subjects.apply(subject),
                basisKeys.computeIfAbsent(String.valueOf(meta.getOrDefault("basis", "")), FindingSink::basisKeys),
                List.of(evidence),
                shared(discriminator(id, messageKey, meta, evidence)),
                conductDate == null ? checkDate : conductDate));
    }

    /**
     * A province's findings are held as long as its result (for the reports): each rule's basis keys are one list, and
     * equal discriminators (mostly years and kinds) one string, instead of a copy per finding.
     */
    private final Map<String, List<String>> basisKeys = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, String> discriminators = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> basisKeys(String basis) {
        return Arrays.stream(basis.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private String shared(String discriminator) {
        String known = discriminators.putIfAbsent(discriminator, discriminator);
        return known == null ? discriminator : known;
    }

    /**
     * Evidence that tells apart several findings of one rule on one subject, in the order they are joined: the year
     * of a yearly record, the zone, block or patch concerned, the kind of approval or permit missing.
     */
    static final java.util.List<String> DISCRIMINATING = java.util.List.of(
            "year", "fundYear", "zone", "block", "patch", "approvalKind", "permit", "licenceKind", "site");

    /**
     * What separates this finding from the rule's other findings on the same subject: the rule's message variant
     * (when it has several), then the values of the discriminating evidence it carries, or of the evidence its
     * {@code @key} metadata names (comma-separated), joined with {@code +}. Empty when there is nothing to add.
     */
    static String discriminator(String id, String messageKey, Map<String, Object> meta, Evidence[] evidence) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!messageKey.equals(id))
            parts.add(messageKey.startsWith(id + ".") ? messageKey.substring(id.length() + 1) : messageKey);
        Object key = meta.get("key");
        java.util.List<String> names = key == null
                ? DISCRIMINATING
                : Arrays.stream(String.valueOf(key).split(","))
                        .map(String::strip)
                        .filter(n -> !n.isEmpty())
                        .toList();
        for (String n : names) {
            for (Evidence e : evidence) {
                if (e.name().equals(n) && e.value() != null) {
                    Object v = e.value();
                    parts.add(v instanceof org.minecheck.model.Coded c ? c.code() : String.valueOf(v));
                    break;
                }
            }
        }
        return String.join("+", parts);
    }

    /**
     * Keeps a value a rule computed that is not a finding (e.g. a mine's required fund provision), for the tables a
     * check prints beside its findings (provisioning rates per enterprise and region).
     */
    public void note(Object computed) {
        notes.add(computed);
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Object> notes() {
        return notes;
    }
}

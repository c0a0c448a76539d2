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
        findings.add(new Finding(id, String.valueOf(meta.getOrDefault("message", id)),
                Severity.parse(String.valueOf(meta.get("severity"))),
                Department.parse(String.valueOf(meta.get("department"))), subjects.apply(subject),
                Arrays.stream(String.valueOf(meta.getOrDefault("basis", "")).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                List.of(evidence), discriminator(meta, evidence), conductDate == null ? checkDate : conductDate));
    }

    /**
     * The values of the evidence named by the rule's {@code @key} metadata (comma-separated names), joined with
     * {@code +}: e.g. {@code @key("year")} gives {@code 2024}. Empty when the rule names none.
     */
    static String discriminator(Map<String, Object> meta, Evidence[] evidence) {
        Object key = meta.get("key");
        if (key == null) return "";
        StringBuilder out = new StringBuilder();
        for (String name : String.valueOf(key).split(",")) {
            String n = name.strip();
            if (n.isEmpty()) continue;
            Object value = null;
            for (Evidence e : evidence) {
                if (e.name().equals(n)) {
                    value = e.value();
                    break;
                }
            }
            if (out.length() > 0) out.append('+');
            out.append(value instanceof org.minecheck.model.Coded c ? c.code() : String.valueOf(value));
        }
        return out.toString();
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

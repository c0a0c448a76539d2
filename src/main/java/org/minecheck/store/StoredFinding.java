package org.minecheck.store;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.Finding;
import org.minecheck.finding.ParamValue;
import org.minecheck.finding.Severity;
import org.minecheck.model.CellRef;
import org.minecheck.model.Coded;
import org.minecheck.report.FindingText;

/**
 * A finding as a run stored it: its key, rule, severity, department, subject, the message in both languages as it
 * read on the run's date, and each evidence value (language-neutral: codes, plain numbers) with its cell.
 */
public record StoredFinding(
        long runId,
        String key,
        String ruleId,
        String messageKey,
        Severity severity,
        String department,
        String subjectType,
        String subjectId,
        String subjectName,
        String enterpriseId,
        String enterpriseName,
        String messageZh,
        String messageEn,
        List<StoredEvidence> evidence,
        String status,
        Long waiverId,
        Long lapsedWaiverId,
        String area,
        String regionCode) {

    public static final String OPEN = "open";
    public static final String WAIVED = "waived";

    /** One evidence value: its name, the value as text (null when none) and its cell ("file|sheet!B12"), if any. */
    public record StoredEvidence(String name, String value, String file, String cell) {}

    public StoredFinding {
        evidence = List.copyOf(evidence);
    }

    public static StoredFinding of(Finding f, FindingText zh, FindingText en) {
        List<StoredEvidence> evidence =
                f.evidence().stream().map(StoredFinding::evidence).toList();
        return new StoredFinding(
                0,
                f.key().toString(),
                f.ruleId(),
                f.messageKey(),
                f.severity(),
                f.department().code(),
                f.subject().type(),
                f.subject().id(),
                f.subject().name(zh.locale()),
                f.subject().enterpriseId(),
                f.subject().enterpriseName(),
                zh.message(f),
                en.message(f),
                evidence,
                OPEN,
                null,
                null,
                null,
                null);
    }

    /** This finding waived by {@code waiverId} (null: open), or open again after {@code lapsedWaiverId} expired. */
    public StoredFinding withWaiver(Long waiverId, Long lapsedWaiverId) {
        return new StoredFinding(
                runId,
                key,
                ruleId,
                messageKey,
                severity,
                department,
                subjectType,
                subjectId,
                subjectName,
                enterpriseId,
                enterpriseName,
                messageZh,
                messageEn,
                evidence,
                waiverId == null ? OPEN : WAIVED,
                waiverId,
                waiverId == null ? lapsedWaiverId : null,
                area,
                regionCode);
    }

    /** This finding with its rule's area and its subject's region. */
    public StoredFinding withPlace(String area, String regionCode) {
        return new StoredFinding(
                runId,
                key,
                ruleId,
                messageKey,
                severity,
                department,
                subjectType,
                subjectId,
                subjectName,
                enterpriseId,
                enterpriseName,
                messageZh,
                messageEn,
                evidence,
                status,
                waiverId,
                lapsedWaiverId,
                area,
                regionCode);
    }

    public boolean waived() {
        return WAIVED.equals(status);
    }

    private static StoredEvidence evidence(Evidence e) {
        CellRef c = e.cell();
        String cell = c == null || c.sheet() == null ? null : c.row() > 0 ? c.toString() : c.sheet();
        return new StoredEvidence(e.name(), text(e.value()), c == null ? null : c.file(), cell);
    }

    /** A value as text that does not depend on the language: codes for coded values, plain decimals. */
    static String text(Object value) {
        if (value == null) return null;
        if (value instanceof ParamValue p) return text(p.value());
        if (value instanceof BigDecimal d) {
            BigDecimal t = d.stripTrailingZeros();
            return (t.scale() < 0 ? t.setScale(0) : t).toPlainString();
        }
        if (value instanceof Double d)
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        if (value instanceof Coded c) return c.code();
        if (value instanceof Collection<?> c)
            return c.stream().map(StoredFinding::text).collect(Collectors.joining(","));
        return value.toString();
    }

    public String message(java.util.Locale locale) {
        return org.minecheck.i18n.Texts.chinese(locale) ? messageZh : messageEn;
    }

    /** The evidence of that name, or null. */
    public StoredEvidence evidence(String name) {
        for (StoredEvidence e : evidence) if (e.name().equals(name)) return e;
        return null;
    }
}

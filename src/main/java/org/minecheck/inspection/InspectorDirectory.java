package org.minecheck.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.minecheck.finding.Department;
import org.minecheck.i18n.Texts;

/**
 * The inspector directory (执法检查人员名录), the declared conflicts of interest and the enterprises' risk signals, as
 * imported from one workbook; {@code sha256} is the digest of that workbook's bytes, which freezes it for a draw.
 */
public record InspectorDirectory(
        List<Inspector> inspectors, List<Conflict> conflicts, List<RiskSignal> risks, String sha256) {
    public InspectorDirectory {
        inspectors = List.copyOf(inspectors);
        conflicts = List.copyOf(conflicts);
        risks = List.copyOf(risks);
    }

    /** One officer: who, which department and region, qualifications (e.g. law-enforcement) and specialties. */
    public record Inspector(
            String id,
            String name,
            Department department,
            String region,
            Set<String> qualifications,
            Set<String> specialties) {
        public Inspector {
            qualifications = Set.copyOf(qualifications);
            specialties = Set.copyOf(specialties);
        }
    }

    /** A declared conflict between an inspector and an enterprise (行政处罚法 art. 43: the inspector is recused). */
    public record Conflict(String inspectorId, String enterpriseId, Kind kind, String note) {}

    /** What ties the inspector to the enterprise. */
    public enum Kind {
        RELATIVE("relative", "近亲属"),
        FORMER_EMPLOYER("former-employer", "曾任职"),
        SHAREHOLDING("shareholding", "持股"),
        SAME_TOWNSHIP("same-township", "同乡镇"),
        PARTY_APPLICATION("party-application", "当事人申请回避");

        private final String code;
        private final String zh;

        Kind(String code, String zh) {
            this.code = code;
            this.zh = zh;
        }

        public String code() {
            return code;
        }

        public String text(Locale locale) {
            return Texts.chinese(locale) ? zh : code.replace('-', ' ');
        }

        public static Kind parse(String s) {
            String v = s.strip();
            for (Kind k : values()) if (k.code.equalsIgnoreCase(v) || k.zh.equals(v)) return k;
            return null;
        }
    }

    /** Risk signals the directory workbook carries for an enterprise: abnormal-operation list, complaints. */
    public record RiskSignal(String enterpriseId, boolean abnormalList, int complaints) {}

    public RiskSignal risk(String enterpriseId) {
        for (RiskSignal r : risks) if (r.enterpriseId().equals(enterpriseId)) return r;
        return new RiskSignal(enterpriseId, false, 0);
    }
}

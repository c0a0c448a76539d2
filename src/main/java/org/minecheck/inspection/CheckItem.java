package org.minecheck.inspection;

import java.util.List;
import java.util.Locale;
import org.minecheck.finding.Department;
import org.minecheck.i18n.Texts;

/**
 * One check item (抽查事项) of rules/inspection/check-items.csv: the rules it covers (ids, or {@code AREA-*}), the
 * departments that act on its findings (the first leads), the specialty a team needs for it, and its default ratio.
 */
public record CheckItem(
        String id,
        String nameZh,
        String nameEn,
        List<String> rules,
        List<Department> departments,
        String specialty,
        double ratio) {
    public CheckItem {
        rules = List.copyOf(rules);
        departments = List.copyOf(departments);
    }

    public boolean covers(String ruleId) {
        for (String r : rules) {
            if (r.endsWith("*") ? ruleId.startsWith(r.substring(0, r.length() - 1)) : r.equals(ruleId)) return true;
        }
        return false;
    }

    public String name(Locale locale) {
        return Texts.chinese(locale) ? nameZh : nameEn;
    }
}

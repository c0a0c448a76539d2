package org.minecheck.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minecheck.finding.Severity;
import org.minecheck.i18n.Texts;
import org.minecheck.web.WebRunRepository.FindingRow;

/**
 * A run's findings as the page shows them: grouped by area (the rule id's prefix) and severity, each with its message,
 * basis, evidence cells, fix and map, and — against an earlier run — marked new or still open, with the fixed ones
 * listed apart.
 */
public record FindingsView(List<Area> areas, List<Item> fixed, int open, int added, boolean compared) {

    public record Area(String code, String label, List<Group> groups) {}

    public record Group(String severity, String label, List<Item> items) {}

    public record Line(String text, String detail) {}

    public record Item(
            String key,
            String ruleId,
            String severity,
            String subject,
            String message,
            String fix,
            List<Line> basis,
            List<Line> evidence,
            String map,
            String state) {}

    /** {@code previous} null: no comparison. */
    static FindingsView of(List<FindingRow> rows, List<FindingRow> previous, Texts t) {
        boolean zh = t.chinese();
        Set<String> before = new LinkedHashSet<>();
        if (previous != null) for (FindingRow p : previous) before.add(p.key());
        Set<String> now = new LinkedHashSet<>();
        for (FindingRow r : rows) now.add(r.key());
        Map<String, Map<String, List<Item>>> byArea = new LinkedHashMap<>();
        int open = 0, added = 0;
        List<FindingRow> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing((FindingRow r) -> area(r.ruleId()))
                .thenComparing(r -> Severity.parse(r.severity()).ordinal())
                .thenComparing(FindingRow::position));
        for (FindingRow r : sorted) {
            String state = null;
            if (previous != null) {
                state = before.contains(r.key()) ? "open" : "new";
                if (state.equals("open")) open++;
                else added++;
            }
            byArea.computeIfAbsent(area(r.ruleId()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.severity(), k -> new ArrayList<>())
                    .add(item(r, zh, state));
        }
        List<Area> areas = new ArrayList<>();
        byArea.forEach((code, groups) -> {
            List<Group> g = new ArrayList<>();
            groups.forEach(
                    (sev, items) -> g.add(new Group(sev, Severity.parse(sev).text(t.locale()), items)));
            String label = t.find("web.area." + code);
            areas.add(new Area(code, label == null ? code : label, g));
        });
        List<Item> fixed = new ArrayList<>();
        if (previous != null) {
            for (FindingRow p : previous) if (!now.contains(p.key())) fixed.add(item(p, zh, "fixed"));
        }
        return new FindingsView(areas, fixed, open, added, previous != null);
    }

    static String area(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash < 0 ? ruleId : ruleId.substring(0, dash);
    }

    private static Item item(FindingRow r, boolean zh, String state) {
        return new Item(
                r.key(),
                r.ruleId(),
                r.severity(),
                r.subject(),
                zh ? r.messageZh() : r.messageEn(),
                zh ? r.fixZh() : r.fixEn(),
                lines(zh ? r.basisZh() : r.basisEn()),
                lines(zh ? r.evidenceZh() : r.evidenceEn()),
                zh ? r.mapZh() : r.mapEn(),
                state);
    }

    private static List<Line> lines(String s) {
        List<Line> out = new ArrayList<>();
        if (s == null || s.isEmpty()) return out;
        for (String l : s.split("\n")) {
            int tab = l.indexOf('\t');
            out.add(tab < 0 ? new Line(l, "") : new Line(l.substring(0, tab), l.substring(tab + 1)));
        }
        return out;
    }

    public int total() {
        return areas.stream()
                .flatMap(a -> a.groups().stream())
                .mapToInt(g -> g.items().size())
                .sum();
    }
}

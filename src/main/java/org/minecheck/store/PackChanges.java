package org.minecheck.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleInfo;
import org.minecheck.engine.RulePack;
import org.minecheck.engine.api.Setting;

/**
 * What changed for each rule between two rule packs: its DRL text, a setting it names (old → new value), a parameter
 * table it reads, or an article it cites. Found from the packs' stored files and their compiled rule books, so that
 * {@code diff} can name the change behind a finding that appeared or went away under a new pack.
 */
public final class PackChanges {
    private static final Pattern SETTING = Pattern.compile("key\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern TABLE = Pattern.compile("table\\s*==\\s*\"([^\"]+)\"");
    public static final PackChanges NONE = new PackChanges(Map.of());

    private final Map<String, List<RunDiff.Cause>> byRule;

    private PackChanges(Map<String, List<RunDiff.Cause>> byRule) {
        this.byRule = byRule;
    }

    public List<RunDiff.Cause> of(String ruleId) {
        return byRule.getOrDefault(ruleId, List.of());
    }

    public static PackChanges between(RulePack before, RuleBook beforeBook, RulePack after, RuleBook afterBook) {
        Map<String, String> oldDrl = rules(before);
        Map<String, String> newDrl = rules(after);
        Map<String, RuleInfo> oldInfo = new HashMap<>();
        for (RuleInfo r : beforeBook.rules()) oldInfo.putIfAbsent(r.id(), r);
        Map<String, List<RunDiff.Cause>> out = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>(oldDrl.keySet());
        ids.addAll(newDrl.keySet());
        for (String id : ids) {
            List<RunDiff.Cause> causes = new ArrayList<>();
            String o = oldDrl.get(id);
            String n = newDrl.get(id);
            if (!Objects.equals(o, n)) {
                causes.add(new RunDiff.Cause(
                        o == null
                                ? RunDiff.CauseKind.RULE_ADDED
                                : n == null ? RunDiff.CauseKind.RULE_DROPPED : RunDiff.CauseKind.RULE_CHANGED,
                        id,
                        null,
                        null));
            }
            String text = n != null ? n : o;
            Matcher m = SETTING.matcher(text);
            Set<String> seen = new LinkedHashSet<>();
            while (m.find()) {
                String key = m.group(1);
                if (!seen.add(key)) continue;
                String a = value(beforeBook.settings().get(key));
                String b = value(afterBook.settings().get(key));
                if (!Objects.equals(a, b)) causes.add(new RunDiff.Cause(RunDiff.CauseKind.PARAMETER, key, a, b));
            }
            Matcher t = TABLE.matcher(text);
            while (t.find()) {
                String path = "params/" + t.group(1) + ".csv";
                if (!seen.add(path)) continue;
                if (!Objects.equals(table(before, path), table(after, path)))
                    causes.add(new RunDiff.Cause(RunDiff.CauseKind.TABLE, path, null, null));
            }
            RuleInfo info = afterBook.rules().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElse(oldInfo.get(id));
            if (info != null) {
                for (String cite : info.basis()) {
                    if (!Objects.equals(
                            beforeBook.citations().all().get(cite),
                            afterBook.citations().all().get(cite)))
                        causes.add(new RunDiff.Cause(RunDiff.CauseKind.CITATION, cite, null, null));
                }
            }
            if (!causes.isEmpty()) out.put(id, List.copyOf(causes));
        }
        return new PackChanges(out);
    }

    private static String value(Setting s) {
        return s == null ? null : s.value().stripTrailingZeros().toPlainString() + " " + s.unit();
    }

    private static String table(RulePack pack, String path) {
        return pack.overlayFiles().getOrDefault(path, pack.baseFiles().get(path));
    }

    /** Each rule id's DRL text (all of its rules, in file order; an overlay's file replaces the national one). */
    private static Map<String, String> rules(RulePack pack) {
        Map<String, String> files = new java.util.TreeMap<>(pack.baseFiles());
        files.putAll(pack.overlayFiles());
        Map<String, StringBuilder> out = new HashMap<>();
        Pattern id = Pattern.compile("@id\\(([^)]+)\\)");
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".drl")) continue;
            for (String block : e.getValue().split("\\n(?=rule \")")) {
                Matcher m = id.matcher(block);
                if (m.find())
                    out.computeIfAbsent(m.group(1).strip(), k -> new StringBuilder())
                            .append(block);
            }
        }
        Map<String, String> result = new HashMap<>();
        out.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }
}

package org.minecheck.engine.pack;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.DescrResource;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Validates the DRL files of the national pack and of an overlay laid over it, lays the overlay over the national
 * rules, checks every rule id against the catalogue, and compiles exactly the parsed files that were validated.
 *
 * <p>How an overlay's DRL lays over the national pack: a file at the same path replaces the national file (a notice
 * lists the national rule ids it drops); a rule in a file at a new path replaces every national rule with its
 * {@code @id} (a notice lists them). Replaced rules are taken out of the parsed files before compiling, never removed
 * from a compiled rule base ({@code KieBase.removeRule} of many rules can break later sessions: docs/performance.md).
 * A rule id outside the national catalogue must come with its title, message and fix in both languages.
 */
public final class PackCompiler {
    /** The compiled rules and what the overlay did to the national ones. */
    public record Result(KieBase kieBase, List<PackNotice> notices) {}

    private PackCompiler() {}

    /**
     * @param baseDrl     the national pack's DRL files by path ({@code licence/licence.drl})
     * @param overlayDrl  the overlay's DRL files by path (empty without an overlay)
     * @param overlayRoot how problems name the overlay's folder ({@code rules-ordos})
     * @param hasText     whether a message key has a text in both languages (the merged message files)
     * @param problems    where every problem goes, as {@code file:line: what}; the result is null when any was added
     */
    public static Result compile(
            Map<String, String> baseDrl,
            Map<String, String> overlayDrl,
            String overlayRoot,
            Predicate<String> hasText,
            List<String> problems) {
        int before = problems.size();
        Map<String, PackFile> files = new LinkedHashMap<>();
        Map<String, PackageDescr> replacedNational = new TreeMap<>();
        for (var e : new TreeMap<>(baseDrl).entrySet()) {
            if (overlayDrl.containsKey(e.getKey())) {
                PackageDescr national = PackValidator.parse(e.getKey(), e.getValue(), problems);
                if (national != null) replacedNational.put(e.getKey(), national);
            } else {
                PackageDescr d = PackValidator.validate(e.getKey(), e.getValue(), problems);
                if (d != null) files.put(e.getKey(), new PackFile(e.getKey(), e.getKey(), d, false));
            }
        }
        for (var e : new TreeMap<>(overlayDrl).entrySet()) {
            String shown = overlayRoot + "/" + e.getKey();
            PackageDescr d = PackValidator.validate(shown, e.getValue(), problems);
            if (d != null) files.put(e.getKey(), new PackFile(e.getKey(), shown, d, !baseDrl.containsKey(e.getKey())));
        }
        if (problems.size() > before) return null;

        // The national catalogue: every id of the national files, including those an overlay file replaces.
        Map<String, String> nationalFileOfId = new TreeMap<>();
        for (PackFile f : files.values()) {
            if (baseDrl.containsKey(f.path) && !overlayDrl.containsKey(f.path)) {
                for (RuleDescr r : f.descr.getRules()) nationalFileOfId.putIfAbsent(id(r), f.path);
            }
        }
        replacedNational.forEach((path, d) -> d.getRules().forEach(r -> nationalFileOfId.putIfAbsent(id(r), path)));

        List<PackNotice> notices = new ArrayList<>();
        replacedNational.forEach((path, national) -> {
            PackFile over = files.get(path);
            Set<String> dropped = ids(national);
            dropped.removeAll(ids(over.descr));
            if (!dropped.isEmpty()) {
                notices.add(new PackNotice(PackNotice.Kind.DROPS, over.shown, path, List.copyOf(dropped)));
            }
        });

        // Rules of overlay files at new paths replace every other rule with the same id.
        Set<String> replacing = new TreeSet<>();
        for (PackFile f : files.values()) if (f.newPath) replacing.addAll(ids(f.descr));
        Map<String, Map<String, Set<String>>> replacedBy = new TreeMap<>();
        for (PackFile f : files.values()) {
            if (f.newPath) continue;
            for (Iterator<RuleDescr> it = f.descr.getRules().iterator(); it.hasNext(); ) {
                String id = id(it.next());
                if (replacing.contains(id)) {
                    it.remove();
                    for (PackFile by : files.values()) {
                        if (by.newPath && ids(by.descr).contains(id)) {
                            replacedBy
                                    .computeIfAbsent(by.shown, k -> new TreeMap<>())
                                    .computeIfAbsent(f.path, k -> new TreeSet<>())
                                    .add(id);
                        }
                    }
                }
            }
        }
        replacedBy.forEach((by, national) -> national.forEach(
                (path, ids) -> notices.add(new PackNotice(PackNotice.Kind.REPLACES, by, path, List.copyOf(ids)))));

        for (PackFile f : files.values()) {
            for (RuleDescr r : f.descr.getRules()) {
                String id = id(r);
                if (nationalFileOfId.containsKey(id)) continue;
                String messageKey = value(r, "message") == null ? id : value(r, "message");
                List<String> missing = new ArrayList<>();
                for (String key : List.of(id + ".title", messageKey + ".message", id + ".fix")) {
                    if (!hasText.test(key)) missing.add(key);
                }
                if (!missing.isEmpty()) {
                    problems.add(f.shown + ":" + r.getLine() + ": rule \"" + r.getName() + "\": " + id + " is not in "
                            + "the national catalogue; a new rule needs its texts in messages_zh.properties and "
                            + "messages_en.properties (missing: " + String.join(", ", missing) + ") and its "
                            + "citations in citations.yaml");
                }
            }
        }
        if (problems.size() > before) return null;
        KieBase kieBase = build(files.values(), problems);
        return kieBase == null ? null : new Result(kieBase, List.copyOf(notices));
    }

    private static KieBase build(Iterable<PackFile> files, List<String> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        Map<String, String> shownBySource = new LinkedHashMap<>();
        for (PackFile f : files) {
            DescrResource resource = new DescrResource(f.descr);
            resource.setSourcePath("rules/" + f.path);
            shownBySource.put("rules/" + f.path, f.shown);
            batch.add(resource, ResourceType.DESCR);
        }
        batch.build();
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError e : builder.getErrors()) {
                String source = e.getResource() == null ? null : e.getResource().getSourcePath();
                String shown = source == null ? "?" : shownBySource.getOrDefault(source, source);
                int[] lines = e.getLines();
                problems.add(shown + ":" + (lines != null && lines.length > 0 ? lines[0] : 0) + ": "
                        + e.getMessage().strip());
            }
            return null;
        }
        var kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private static Set<String> ids(PackageDescr d) {
        Set<String> out = new TreeSet<>();
        for (RuleDescr r : d.getRules()) out.add(id(r));
        return out;
    }

    private static String id(RuleDescr r) {
        String id = value(r, "id");
        return id == null ? "" : id;
    }

    private static String value(RuleDescr r, String annotation) {
        AnnotationDescr a = r.getAnnotation(annotation);
        return a == null || a.getSingleValueAsString() == null
                ? null
                : a.getSingleValueAsString().strip();
    }

    private record PackFile(String path, String shown, PackageDescr descr, boolean newPath) {}
}

package org.minecheck.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minecheck.engine.CitationCatalogue;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleInfo;

/**
 * docs/rules.md, written from the rule packs themselves: every rule's id, area, severity, department, title and basis,
 * and every cited basis key with its law, article and dates in force. {@code RulesDocTest} fails when the committed
 * file differs; it rewrites it when run with {@value #WRITE_PROPERTY}=true.
 */
public final class RulesDoc {
    /** Set to true to make RulesDocTest write docs/rules.md instead of comparing it. */
    public static final String WRITE_PROPERTY = "rules.doc.write";

    public static final String REGENERATE = "mvn -B -q test -Dtest=RulesDocTest -D" + WRITE_PROPERTY + "=true";

    private RulesDoc() {}

    public static String markdown(List<RulePacks.Pack> packs) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n");
        md.append(
                "<!-- Generated from the rule packs by org.minecheck.testing.RulesDoc; do not edit by hand. RulesDocTest "
                        + "fails when\n     this file differs from the packs. Regenerate: " + REGENERATE + " -->\n\n");
        md.append("Every rule of the bundled packs with its id (stable, never reused), area, severity, the department "
                + "that acts on a\nfinding, its title and the legal basis it cites; then each basis with its law, "
                + "article and the dates it is in\nforce (a finding cites the version in force on its date). How the "
                + "rules decide: [rule-packs.md](rule-packs.md);\nthe terms: [domain.md](domain.md). "
                + "`java -jar target/minecheck.jar rules --as-of DATE` lists the same with\nthe basis in force on "
                + "that date.\n\n");
        md.append("Verified marks: V-text (full statutory text read), V-page (a stored page of it), V-cited (quoted by "
                + "a government\npage), M (from memory: not verified).\n");
        for (RulePacks.Pack pack : packs) {
            boolean national = pack.name().equals(RulePacks.NATIONAL);
            md.append("\n## ")
                    .append(national ? "National pack `rules/`" : "Provincial pack `" + pack.name() + "/`")
                    .append("\n\n");
            if (!national) {
                md.append("Laid over the national pack with `--rules ")
                        .append(pack.name())
                        .append("`. Its own rules "
                                + "below replace the national rules\nwith the same id; every other national rule applies "
                                + "unchanged.\n\n");
            }
            rules(md, pack.book(), pack.own());
            md.append("\n### Basis cited")
                    .append(national ? "" : " by its own rules")
                    .append("\n\n");
            basis(md, pack.book(), pack.own());
        }
        return md.toString();
    }

    private static void rules(StringBuilder md, RuleBook book, List<RuleInfo> rules) {
        md.append("| id | area | severity | department | title | 标题 | basis |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        Map<String, List<RuleInfo>> byId = new LinkedHashMap<>();
        for (RuleInfo r : rules)
            byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        byId.forEach((id, variants) -> {
            Set<String> areas = new LinkedHashSet<>();
            Set<String> severities = new LinkedHashSet<>();
            Set<String> departments = new LinkedHashSet<>();
            Set<String> basis = new LinkedHashSet<>();
            for (RuleInfo r : variants) {
                areas.add(r.area().replaceFirst("^minecheck\\.", ""));
                severities.add(r.severity().code());
                departments.add(r.department().code());
                basis.addAll(r.basis());
            }
            md.append("| ")
                    .append(id)
                    .append(" | ")
                    .append(cell(String.join(", ", areas)))
                    .append(" | ")
                    .append(cell(String.join(" / ", severities)))
                    .append(" | ")
                    .append(cell(String.join(" / ", departments)))
                    .append(" | ")
                    .append(cell(text(book, id + ".title", Locale.ENGLISH)))
                    .append(" | ")
                    .append(cell(text(book, id + ".title", Locale.CHINESE)))
                    .append(" | ")
                    .append(cell(String.join(
                            ", ", basis.stream().map(k -> "`" + k + "`").toList())))
                    .append(" |\n");
        });
    }

    private static void basis(StringBuilder md, RuleBook book, List<RuleInfo> rules) {
        md.append("| key | in force | law | article | source | verified |\n");
        md.append("|---|---|---|---|---|---|\n");
        Set<String> keys = new LinkedHashSet<>();
        rules.forEach(r -> keys.addAll(r.basis()));
        for (String key : keys.stream().sorted().toList()) {
            List<CitationCatalogue.Version> versions = book.citations().all().getOrDefault(key, List.of());
            boolean first = true;
            for (CitationCatalogue.Version v : versions) {
                md.append("| ")
                        .append(first ? "`" + key + "`" : "")
                        .append(" | ")
                        .append(inForce(v.from(), v.to()))
                        .append(" | ")
                        .append(cell(v.title().get("zh") + "<br>" + v.title().get("en")))
                        .append(" | ")
                        .append(cell(
                                v.article().get("zh") + "<br>" + v.article().get("en")))
                        .append(" | ")
                        .append(cell(v.source("zh") + "<br>" + v.source("en")))
                        .append(" | ")
                        .append(cell(v.verification()))
                        .append(" |\n");
                first = false;
            }
        }
    }

    private static String text(RuleBook book, String key, Locale locale) {
        String t = book.messages().get(key, locale);
        return t == null ? "" : t;
    }

    private static String inForce(LocalDate from, LocalDate to) {
        if (from == null && to == null) return "any date";
        if (to == null) return "from " + from;
        if (from == null) return "to " + to;
        return from + " to " + to;
    }

    /** A table cell: one line, pipes escaped. */
    private static String cell(String s) {
        return s.replace("\r", "").replace("\n", " ").replace("|", "\\|").strip();
    }
}

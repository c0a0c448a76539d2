package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.minecheck.engine.CitationCatalogue;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleInfo;
import org.minecheck.finding.Department;
import org.minecheck.finding.Severity;
import org.minecheck.testing.TestRules;

/**
 * Guards the rule catalogue as a whole: metadata, citations and texts in both languages (the tests every rule needs are
 * checked by RuleCatalogueCoverageTest). Each
 * test collects every problem it finds and reports them together, each naming the rule and what is wrong.
 */
class RuleCatalogueTest {

    private static final Pattern RULE_ID = Pattern.compile("[A-Z]+-\\d{3}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
    /** Filled by FindingText from the subject, not from evidence. */
    private static final Set<String> SUBJECT_PLACEHOLDERS = Set.of("subject", "subjectName", "enterprise");
    /** The last day the 2009 Mineral Resources Law applied and the first day of the 2024 revision. */
    private static final List<LocalDate> CITATION_DATES = List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1));

    private final RuleBook book = TestRules.book();

    /** The compiled national rules with their raw metadata, as Drools returns it. */
    private List<Rule> compiledRules() {
        List<Rule> out = new ArrayList<>();
        for (KiePackage p : book.kieBase().getKiePackages()) out.addAll(p.getRules());
        out.sort(Comparator.comparing(Rule::getName));
        return out;
    }

    private static String messageKey(Rule r) {
        return String.valueOf(
                r.getMetaData().getOrDefault("message", r.getMetaData().get("id")));
    }

    @Test
    void everyRuleHasAnAreaNnnIdMatchingItsNameAndMetadataThatParses() {
        List<String> problems = new ArrayList<>();
        for (Rule r : compiledRules()) {
            Map<String, Object> meta = r.getMetaData();
            String id = String.valueOf(meta.get("id"));
            String where = "rule \"" + r.getName() + "\": ";
            if (!RULE_ID.matcher(id).matches()) problems.add(where + "@id '" + id + "' is not AREA-NNN");
            if (!r.getName().startsWith(id + " ")) problems.add(where + "name does not start with its @id " + id);
            try {
                Severity.parse(String.valueOf(meta.get("severity")));
            } catch (RuntimeException e) {
                problems.add(where + "@severity '" + meta.get("severity") + "' is not critical|major|minor|warning");
            }
            try {
                Department.parse(String.valueOf(meta.get("department")));
            } catch (RuntimeException e) {
                problems.add(where + "@department '" + meta.get("department") + "' is unknown");
            }
        }
        assertThat(compiledRules()).as("compiled rules").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    /**
     * Every @basis key must exist and be in force on both dates around the Mineral Resources Law renumbering: a key that
     * does not resolve on a check date silently drops out of the finding's basis, so "at least one basis per rule" would
     * hide a catalogue gap (a version closed with {@code to:} and no successor). Both dates are realistic check dates
     * today. A citation that only starts later (an article of the 2024 law with no 2009 counterpart, in force from
     * 2025-07-01) is checked only on the dates from its first version on; every rule must still cite something in
     * force on each date.
     */
    @Test
    void everyBasisKeyIsCatalogedAndInForceOnBothSidesOfThe2025MineralResourcesLawRevision() {
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : book.rules()) {
            if (r.basis().isEmpty()) problems.add(r.id() + " (" + r.name() + ") cites no basis");
            for (LocalDate date : CITATION_DATES) {
                if (!r.basis().isEmpty()
                        && r.basis().stream().noneMatch(k -> book.citations()
                                .resolve(k, date, org.minecheck.i18n.Texts.CHINESE)
                                .isPresent())) {
                    problems.add(r.id() + " (" + r.name() + ") cites nothing in force on " + date);
                }
            }
            for (String key : r.basis()) {
                if (!book.citations().contains(key)) {
                    problems.add(r.id() + " cites unknown '" + key + "'");
                    continue;
                }
                List<CitationCatalogue.Version> versions =
                        book.citations().all().get(key);
                LocalDate first = versions.stream().anyMatch(v -> v.from() == null)
                        ? null
                        : versions.stream()
                                .map(CitationCatalogue.Version::from)
                                .min(Comparator.naturalOrder())
                                .orElse(null);
                for (LocalDate date : CITATION_DATES) {
                    if (first != null && date.isBefore(first)) continue;
                    for (boolean chinese : new boolean[] {true, false}) {
                        var basis = book.citations()
                                .resolve(
                                        key,
                                        date,
                                        chinese ? org.minecheck.i18n.Texts.CHINESE : org.minecheck.i18n.Texts.ENGLISH);
                        if (basis.isEmpty()) {
                            problems.add(r.id() + " cites '" + key + "', not in force on " + date);
                        } else if (basis.get().article().isBlank()
                                || basis.get().title().isBlank()) {
                            problems.add("'" + key + "' on " + date + " has a blank title or article");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Two versions in force on the same day would make the cited article depend on file order. */
    @Test
    void theVersionsOfEachCitationFollowOneAnotherWithoutOverlapOrGap() {
        List<String> problems = new ArrayList<>();
        for (var e : book.citations().all().entrySet()) {
            List<CitationCatalogue.Version> versions = new ArrayList<>(e.getValue());
            versions.sort(Comparator.comparing(
                    CitationCatalogue.Version::from, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (int i = 0; i + 1 < versions.size(); i++) {
                LocalDate to = versions.get(i).to();
                LocalDate nextFrom = versions.get(i + 1).from();
                if (to == null || nextFrom == null || !to.plusDays(1).equals(nextFrom)) {
                    problems.add(e.getKey() + ": version ending " + to + " is followed by one starting " + nextFrom);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleHasATitleMessageAndFixInChineseAndEnglish() {
        List<String> problems = new ArrayList<>();
        for (Rule r : compiledRules()) {
            String id = String.valueOf(r.getMetaData().get("id"));
            for (String key : List.of(id + ".title", messageKey(r) + ".message", id + ".fix")) {
                for (boolean chinese : new boolean[] {true, false}) {
                    String text = book.messages()
                            .get(key, chinese ? org.minecheck.i18n.Texts.CHINESE : org.minecheck.i18n.Texts.ENGLISH);
                    if (text == null || text.isBlank()) {
                        problems.add("rule \"" + r.getName() + "\": " + key + " missing or blank in messages_"
                                + (chinese ? "zh" : "en"));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theChineseAndEnglishMessageFilesHaveTheSameKeysAndNoBlankValue() {
        Map<String, String> zh = book.messages().messages(org.minecheck.i18n.Texts.CHINESE);
        Map<String, String> en = book.messages().messages(org.minecheck.i18n.Texts.ENGLISH);

        Set<String> onlyZh = new TreeSet<>(zh.keySet());
        onlyZh.removeAll(en.keySet());
        Set<String> onlyEn = new TreeSet<>(en.keySet());
        onlyEn.removeAll(zh.keySet());

        assertThat(onlyZh).as("keys in messages_zh missing from messages_en").isEmpty();
        assertThat(onlyEn).as("keys in messages_en missing from messages_zh").isEmpty();
        assertThat(zh).as("messages_zh").isNotEmpty();
        assertThat(zh)
                .as("blank values in messages_zh")
                .allSatisfy((k, v) -> assertThat(v).as(k).isNotBlank());
        assertThat(en)
                .as("blank values in messages_en")
                .allSatisfy((k, v) -> assertThat(v).as(k).isNotBlank());
    }

    /**
     * A placeholder no evidence fills stays visible as "{name}" in the report. The evidence names a rule can raise are
     * approximated by the string literals in its DRL text: {@code Evidence.value("name", ...)},
     * {@code Evidence.field(fact, "name")}, {@code Evidence.field("name", fact, "field")}.
     */
    @Test
    void everyMessagePlaceholderIsFilledBySubjectOrByEvidenceTheRuleRaises() throws IOException {
        List<DrlRule> drl = drlRules();
        assertThat(drl).as("rules parsed from the DRL text vs rules compiled").hasSameSizeAs(compiledRules());
        Map<String, Set<String>> namesByMessage = new HashMap<>();
        for (DrlRule r : drl)
            namesByMessage.computeIfAbsent(r.messageKey(), k -> new HashSet<>()).addAll(r.literals());

        List<String> problems = new ArrayList<>();
        namesByMessage.forEach((key, names) -> {
            for (boolean chinese : new boolean[] {true, false}) {
                String text = book.messages()
                        .get(
                                key + ".message",
                                chinese ? org.minecheck.i18n.Texts.CHINESE : org.minecheck.i18n.Texts.ENGLISH);
                if (text == null) continue; // reported by the title/message/fix test
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    String name = m.group(1);
                    if (!SUBJECT_PLACEHOLDERS.contains(name) && !names.contains(name)) {
                        problems.add(key + ".message (" + (chinese ? "zh" : "en") + ") uses {" + name
                                + "}, which no rule with that message raises");
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private record DrlRule(String file, String name, String id, String messageKey, Set<String> literals) {}

    private static final Pattern RULE_BLOCK = Pattern.compile("(?ms)^rule\\s+\"([^\"]*)\"(.*?)^end\\b");
    private static final Pattern META = Pattern.compile("@(id|message)\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"");

    private static List<DrlRule> drlRules() throws IOException {
        List<DrlRule> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8).replaceAll("(?m)//.*$", "");
                Matcher b = RULE_BLOCK.matcher(text);
                while (b.find()) {
                    String body = b.group(2);
                    Map<String, String> meta = new HashMap<>();
                    Matcher m = META.matcher(body);
                    while (m.find()) meta.put(m.group(1), m.group(2).strip());
                    Set<String> literals = new HashSet<>();
                    Matcher l = LITERAL.matcher(body);
                    while (l.find()) literals.add(l.group(1));
                    String id = meta.get("id");
                    out.add(new DrlRule(p.toString(), b.group(1), id, meta.getOrDefault("message", id), literals));
                }
            }
        }
        return out;
    }
}

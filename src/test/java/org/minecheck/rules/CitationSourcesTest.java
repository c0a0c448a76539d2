package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minecheck.engine.CitationCatalogue;
import org.minecheck.engine.RuleBook;
import org.minecheck.testing.TestRules;

/**
 * Sources as a reader cites them: every citation of the national and the Ordos pack names its publisher and date (a
 * news report as one), and nothing a user reads — a citation's title, article, summary or source, a parameter row's
 * label, a rule's message — carries a word from the team's research notes (seed files, LawRefBook paths, research marks
 * such as "verified" or "not found"). The verified mark itself is a separate field, shown as a mark.
 */
class CitationSourcesTest {
    /** Words of the team's notes: seed files, LawRefBook paths and commits, file names, research marks and remarks. */
    static final Pattern INTERNAL = Pattern.compile(
            "(?i)\\bseed\\b|\\bLRB\\b|\\.md\\b|\\.csv\\b|citations\\.md|\\bcommit\\b|\\bV-(text|page|cited)\\b"
                    + "|\\bverified\\b|\\bunverified\\b|not found|not seen|not read|from memory|number inferred"
                    + "|未核实|未找到|未读|未见|系推定|未能获取");

    /**
     * In a rule's message or fix "未见" (no record seen) is a finding and a parameter file is named for the regulator
     * to edit: there only the notes' own words count.
     */
    static final Pattern NOTES = Pattern.compile(
            "(?i)\\bseed\\b|\\bLRB\\b|\\.md\\b|\\bcommit\\b|\\bV-(text|page|cited)\\b|from memory|number inferred");

    private static List<String> internalWordsIn(String where, String text) {
        return wordsIn(INTERNAL, where, text);
    }

    private static List<String> wordsIn(Pattern words, String where, String text) {
        if (text == null) return List.of();
        var m = words.matcher(text);
        return m.find() ? List.of(where + ": \"" + m.group() + "\" in " + text) : List.of();
    }

    private static Stream<Map.Entry<String, CitationCatalogue.Version>> versions(RuleBook book) {
        return book.citations().all().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> Map.entry(e.getKey(), v)));
    }

    @Test
    void noCitationTitleArticleSummaryOrSourceCarriesTheTeamsNotes() {
        List<String> found = new ArrayList<>();
        for (RuleBook book : List.of(TestRules.book(), TestRules.ordos())) {
            versions(book).forEach(e -> {
                var v = e.getValue();
                for (String lang : List.of("zh", "en")) {
                    String at = e.getKey() + " (" + lang + ")";
                    found.addAll(internalWordsIn(at + " title", v.title().get(lang)));
                    found.addAll(internalWordsIn(at + " article", v.article().get(lang)));
                    found.addAll(internalWordsIn(at + " summary", v.summary().get(lang)));
                    found.addAll(internalWordsIn(at + " source", v.source(lang)));
                }
            });
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyCitationNamesItsPublisherAndDateAndANewsReportIsCitedAsOne() {
        List<String> missing = new ArrayList<>();
        for (RuleBook book : List.of(TestRules.book(), TestRules.ordos())) {
            versions(book).forEach(e -> {
                var c = e.getValue().cite();
                if ("product".equals(c.kind())) return;
                if (c.publisher() == null) missing.add(e.getKey() + ": no publisher");
                if (c.issued() == null && c.url() == null) missing.add(e.getKey() + ": no date and no address");
                if (c.news()) {
                    assertThat(e.getValue().source("zh")).startsWith("新闻报道");
                    assertThat(e.getValue().source("en")).startsWith("news report");
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theShanxiTargetIsCitedAsANewsReportWithItsDateAndNoSeedNumber() {
        var basis = TestRules.book()
                .citations()
                .resolve("historical-target-shanxi-2021", java.time.LocalDate.of(2025, 12, 31), Locale.CHINESE)
                .orElseThrow();

        assertThat(basis.title()).contains("新闻报道").doesNotContainIgnoringCase("seed");
        assertThat(basis.source()).startsWith("新闻报道").contains("2021-10");
        assertThat(basis.verified()).isFalse();
    }

    @Test
    void parameterLabelsAndRuleMessagesCarryNoInternalWords() throws IOException {
        List<String> found = new ArrayList<>();
        for (String dir : List.of("rules", "rules-ordos")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                            .filter(l -> !l.startsWith("#") && !l.isBlank())
                            .toList();
                    List<String> header = List.of(lines.get(0).split(",", -1));
                    for (String line : lines.subList(1, lines.size())) {
                        List<String> cells = splitCsv(line);
                        for (String col : List.of("label_zh", "label_en")) {
                            int i = header.indexOf(col);
                            if (i >= 0 && i < cells.size()) found.addAll(internalWordsIn(f + " " + col, cells.get(i)));
                        }
                    }
                }
                try (Stream<Path> msgs = Files.list(Path.of(dir))) {
                    for (Path f : msgs.filter(p -> p.getFileName().toString().startsWith("messages_"))
                            .toList()) {
                        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                            if (!line.startsWith("#")) found.addAll(wordsIn(NOTES, f.toString(), line));
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** Comma-separated cells, a double-quoted cell may hold commas. */
    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }
}

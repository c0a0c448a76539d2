package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minecheck.engine.RuleBook;
import org.minecheck.finding.Department;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.finding.Subject;
import org.minecheck.i18n.Texts;
import org.minecheck.testing.TestRules;

/**
 * Every message of the catalogue (national and Ordos packs, Chinese and English) rendered through {@link FindingText}
 * with sample values, and again with each value missing, reads cleanly: no slot left unfilled or empty ("缺少坐标：）"),
 * no doubled punctuation, brackets balanced. The user-interface texts are rendered with sample arguments the same
 * way, with a count of one: "1 findings" is refused (plurals go through {@link Texts#plural}).
 */
class MessageWordingTest {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
    private static final LocalDate DATE = LocalDate.of(2025, 12, 31);
    /** Counts that are never one: the spreadsheet's cell limit (32,767 characters). */
    private static final Set<String> NEVER_ONE = Set.of("ingest.cellTooLong");

    private static final Set<String> FROM_SUBJECT = Set.of("subject", "subjectName", "enterprise");

    /** "1 findings", "1 days": a count of one before a plural noun. */
    static final Pattern PLURAL_AFTER_ONE = Pattern.compile("(?<![\\d.,])1 (" + FindingText.COUNT_NOUNS + ")\\b");

    /** What a reader must never see in a rendered text. */
    static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        Matcher left = SLOT.matcher(text);
        if (left.find()) out.add("unfilled slot " + left.group());
        if (Pattern.compile("[，。；：、,;:]\\s*[，。；：、,;:]").matcher(text).find()) out.add("doubled punctuation");
        if (Pattern.compile("[（(]\\s*[，。；：、,;:）)]|[，；：、,;:]\\s*[）)]")
                .matcher(text)
                .find()) out.add("empty slot");
        if (Pattern.compile("\\s[）)]|[（(]\\s").matcher(text).find()) out.add("space inside brackets");
        if (PLURAL_AFTER_ONE.matcher(text).find()) out.add("plural after one");
        if (!balanced(text)) out.add("unbalanced brackets");
        return out;
    }

    static boolean balanced(String text) {
        Map<Character, Character> pairs = Map.of('）', '（', ')', '(', '》', '《', '”', '“', '】', '【', ']', '[');
        Deque<Character> open = new ArrayDeque<>();
        for (char c : text.toCharArray()) {
            if (pairs.containsValue(c)) open.push(c);
            else if (pairs.containsKey(c)) {
                if (open.isEmpty() || !open.pop().equals(pairs.get(c))) return false;
            }
        }
        return open.isEmpty();
    }

    @Test
    void everyRuleMessageReadsCleanlyWithSampleValuesAndWithEachValueMissing() {
        List<String> found = new ArrayList<>();
        for (RuleBook book : List.of(TestRules.book(), TestRules.ordos())) {
            for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                FindingText text = new FindingText(book, locale, DATE);
                Map<String, String> messages = book.messages().messages(locale);
                for (var e : messages.entrySet()) {
                    if (!e.getKey().endsWith(".message")) continue;
                    String messageKey = e.getKey().substring(0, e.getKey().length() - ".message".length());
                    String ruleId =
                            messageKey.contains(".") ? messageKey.substring(0, messageKey.indexOf('.')) : messageKey;
                    Set<String> slots = new LinkedHashSet<>();
                    Matcher m = SLOT.matcher(e.getValue());
                    while (m.find()) slots.add(m.group(1));
                    String full = text.message(finding(ruleId, messageKey, slots, null));
                    String ones = text.message(findingOfOnes(ruleId, messageKey, slots));
                    if (PLURAL_AFTER_ONE.matcher(ones).find())
                        found.add(locale + " " + e.getKey() + ": plural after one in " + ones);
                    for (String p : problems(full)) found.add(locale + " " + e.getKey() + ": " + p + " in " + full);
                    for (String blank : slots) {
                        if (FROM_SUBJECT.contains(blank)) continue;
                        String one = text.message(finding(ruleId, messageKey, slots, blank));
                        for (String p : problems(one))
                            found.add(locale + " " + e.getKey() + " with " + blank + " missing: " + p + " in " + one);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theBoundaryMessageWithoutADetailHasNoDanglingColon() {
        FindingText zh = new FindingText(TestRules.book(), Locale.CHINESE, DATE);
        Finding f = new Finding(
                "BND-004",
                "BND-004",
                Severity.CRITICAL,
                Department.NATURAL_RESOURCES,
                new Subject("licence", "C1", "C1", "E1", "甲公司"),
                List.of(),
                List.of(
                        Evidence.value("licence", "C1"),
                        Evidence.value("problem", "missing"),
                        Evidence.value("detail", "")),
                null,
                DATE);

        assertThat(zh.message(f)).contains("（缺少坐标）").doesNotContain("：）");
    }

    @Test
    void everyInterfaceTextReadsCleanlyWithSampleArgumentsAndACountOfOne() {
        List<String> found = new ArrayList<>();
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            Texts t = Texts.of(locale);
            for (var e : t.all().entrySet()) {
                if (e.getKey().endsWith(".other")) continue; // the plural form is for counts other than one
                // a key with .one/.other forms is only ever used through Texts.plural
                if (t.find(e.getKey() + ".one") != null) continue;
                if (NEVER_ONE.contains(e.getKey())) continue;
                String rendered;
                try {
                    rendered = t.format(e.getKey(), 1, "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K");
                } catch (IllegalArgumentException notAPattern) {
                    rendered = e.getValue();
                }
                for (String p : problems(rendered)) found.add(locale + " " + e.getKey() + ": " + p + " in " + rendered);
            }
        }
        assertThat(found).isEmpty();
    }

    private static Finding findingOfOnes(String ruleId, String messageKey, Set<String> slots) {
        List<Evidence> evidence = new ArrayList<>();
        for (String s : slots) if (!FROM_SUBJECT.contains(s)) evidence.add(Evidence.value(s, 1));
        return new Finding(
                ruleId,
                messageKey,
                Severity.MAJOR,
                Department.NATURAL_RESOURCES,
                new Subject("mine", "M1", "甲矿", "E1", "甲公司"),
                List.of(),
                evidence,
                null,
                DATE);
    }

    private static Finding finding(String ruleId, String messageKey, Set<String> slots, String blank) {
        List<Evidence> evidence = new ArrayList<>();
        int n = 2;
        for (String s : slots) {
            if (FROM_SUBJECT.contains(s)) continue;
            evidence.add(Evidence.value(s, s.equals(blank) ? null : "V" + n++));
        }
        return new Finding(
                ruleId,
                messageKey,
                Severity.MAJOR,
                Department.NATURAL_RESOURCES,
                new Subject("mine", "M1", "甲矿", "E1", "甲公司"),
                List.of(),
                evidence,
                null,
                DATE);
    }
}

package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minecheck.engine.CheckResult;
import org.minecheck.i18n.Texts;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.demo.DemoRegion;

/**
 * The demo county's console report fits the terminal: at 80, 120 and 200 columns, in Chinese and English, compact and
 * with details, no line is wider than the width (Chinese measured by display width), no header is broken, and the
 * progress table's target source is printed once above it. {@code -Dconsole.examples.write=true} rewrites the
 * transcripts in docs/examples/.
 */
class ConsoleWidthTest {
    private static CheckResult demo;

    @BeforeAll
    static void checkTheDemo() {
        demo = TestRules.runner().check(List.of(Path.of("test-data/demo-region.xlsx")), DemoRegion.CHECK_DATE);
    }

    private static String render(Locale locale, int width, boolean details) {
        StringWriter out = new StringWriter();
        ConsoleReport.print(
                demo,
                new FindingText(TestRules.book(), locale, demo.checkDate()),
                new ConsoleReport.Layout(width, details),
                new PrintWriter(out));
        return out.toString();
    }

    @ParameterizedTest(name = "{0} at {1} columns, details {2}")
    @CsvSource({
        "zh, 80, false",
        "zh, 120, false",
        "zh, 200, false",
        "en, 80, false",
        "en, 120, false",
        "en, 200, false",
        "zh, 80, true",
        "en, 80, true",
        "zh, 120, true",
        "en, 120, true"
    })
    void noLineIsWiderThanTheTerminal(String lang, int width, boolean details) {
        String text = render(Locale.forLanguageTag(lang), width, details);

        List<String> tooWide = new ArrayList<>();
        text.lines().filter(l -> Table.width(l) > width).forEach(l -> tooWide.add(Table.width(l) + ": " + l));
        assertThat(tooWide).isEmpty();
        assertThat(text).contains("BND-004").contains("TGT-");
    }

    @ParameterizedTest(name = "{0} at {1} columns")
    @CsvSource({"zh, 80", "en, 80", "zh, 120", "en, 120"})
    void theFindingsHeaderIsWholeAndTheTargetSourceIsPrintedOnce(String lang, int width) {
        Locale locale = Locale.forLanguageTag(lang);
        Texts t = Texts.of(locale);
        String text = render(locale, width, false);
        String header = text.lines().findFirst().orElseThrow();

        for (String key : List.of("table.rule", "table.severity", "table.subject", "table.message"))
            assertThat(header).contains(t.get(key));
        String sourceLabel = t.get("historicalProgress.col.source") + (t.chinese() ? "：" : ": ");
        assertThat(text.lines().filter(l -> l.startsWith(sourceLabel))).hasSize(1);
        // each region is one line: the county's four years on it, not sixteen columns per year
        assertThat(text.lines().filter(l -> l.startsWith("140603") && l.contains("2024-12-31")))
                .hasSize(1);
        assertThat(text).doesNotContain("fundRates.col");
    }

    @Test
    void detailsShowTheBasisAndTheEvidenceCellsUnderEachFinding() {
        String compact = render(Locale.ENGLISH, 120, false);
        String details = render(Locale.ENGLISH, 120, true);

        assertThat(compact).doesNotContain("Basis: ").doesNotContain("Evidence: ");
        assertThat(details)
                .contains("    Basis: ")
                .contains("    Evidence: ")
                .containsPattern("\\[[^\\]]+![A-Z]+\\d+]");
    }

    @Test
    void writeTheTranscripts() throws Exception {
        if (!Boolean.getBoolean("console.examples.write")) return;
        for (String lang : List.of("zh", "en")) {
            for (int width : List.of(80, 120)) {
                Path file = Path.of("docs/examples/console-demo-" + lang + "-" + width + ".txt");
                String command = "$ java -jar target/minecheck.jar check test-data/demo-region.xlsx --as-of 2025-12-31"
                        + " --lang " + lang + " --width " + width + "\n";
                Files.writeString(
                        file, command + render(Locale.forLanguageTag(lang), width, false), StandardCharsets.UTF_8);
            }
        }
    }
}

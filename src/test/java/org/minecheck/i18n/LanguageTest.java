package org.minecheck.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minecheck.engine.CheckResult;
import org.minecheck.report.ConsoleReport;
import org.minecheck.report.FindingText;
import org.minecheck.report.JsonReport;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.demo.DemoRegion;

/**
 * The demo county reported in English has no Chinese in any label, title, message, header or basis, and reported in
 * Chinese no English words beyond ids, units and data. Data values (enterprise and region names, cell values) are
 * what the workbook says and are taken out before looking.
 */
class LanguageTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static CheckResult demo;

    @BeforeAll
    static void check() {
        demo = TestRules.runner().check(List.of(Path.of("test-data/demo-region.xlsx")), DemoRegion.CHECK_DATE);
        assertThat(demo.findings()).hasSizeGreaterThan(40);
    }

    private static JsonNode json(Locale locale) throws Exception {
        var out = new ByteArrayOutputStream();
        new JsonReport().write(demo, new FindingText(TestRules.book(), locale, demo.checkDate()), out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    /** The text with every data value of the finding taken out. */
    private static String withoutData(String text, JsonNode finding) {
        List<String> data = new ArrayList<>();
        JsonNode s = finding.get("subject");
        for (String f : List.of("id", "name", "enterpriseId", "enterpriseName")) {
            if (s.hasNonNull(f)) data.add(s.get(f).asText());
        }
        for (JsonNode e : finding.get("evidence")) data.add(e.get("value").asText());
        data.sort((a, b) -> b.length() - a.length());
        String out = text;
        for (String d : data) if (!d.isBlank()) out = out.replace(d, "");
        return out;
    }

    @Test
    void englishFindingsHaveNoChineseOutsideTheData() throws Exception {
        JsonNode report = json(Texts.ENGLISH);
        List<String> leaks = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            String id = f.get("ruleId").asText();
            for (String field : List.of("title", "departmentName", "rectification")) {
                if (HAN.matcher(f.get(field).asText()).find())
                    leaks.add(id + " " + field + ": " + f.get(field).asText());
            }
            String message = withoutData(f.get("message").asText(), f);
            if (HAN.matcher(message).find()) leaks.add(id + " message: " + message);
            for (JsonNode b : f.get("basis")) {
                for (String field : List.of("title", "article", "summary")) {
                    if (HAN.matcher(b.get(field).asText()).find())
                        leaks.add(id + " basis " + field + ": " + b.get(field).asText());
                }
            }
            for (JsonNode e : f.get("evidence")) {
                if (HAN.matcher(e.get("label").asText()).find())
                    leaks.add(id + " evidence label: " + e.get("label").asText());
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void englishConsoleHeadersAndSideTablesHaveNoChineseOutsideTheData() {
        StringWriter out = new StringWriter();
        ConsoleReport.print(
                demo, new FindingText(TestRules.book(), Texts.ENGLISH, demo.checkDate()), new PrintWriter(out));
        List<String> leaks = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            // rows of the findings table and the side tables carry names from the workbook; headers and titles do not
            boolean header = !line.isBlank()
                    && !line.startsWith(" ")
                    && !line.matches("^[A-Z]+-\\d{3}.*")
                    && !line.matches("^(enterprise|region|\\d{6}|E\\d+|—).*")
                    && !line.startsWith("-");
            // the target's source above the progress table is the workbook's text
            boolean data = line.startsWith("Input:") || line.contains("data:") || line.startsWith("Target source:");
            if (header && HAN.matcher(line).find() && !data) {
                leaks.add(line);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void chineseFindingsUseNoEnglishWordsBeyondIdsUnitsAndData() throws Exception {
        JsonNode report = json(Texts.CHINESE);
        Pattern word = Pattern.compile("\\b[A-Za-z]{4,}\\b");
        List<String> leaks = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            String id = f.get("ruleId").asText();
            for (String field : List.of("title", "departmentName", "rectification", "message")) {
                String text = withoutData(f.get(field).asText(), f);
                var m = word.matcher(text);
                if (m.find()) leaks.add(id + " " + field + ": " + m.group() + " in " + text);
            }
            for (JsonNode e : f.get("evidence")) {
                var m = word.matcher(e.get("label").asText());
                if (m.find())
                    leaks.add(id + " evidence label: " + e.get("label").asText());
            }
        }
        assertThat(leaks).isEmpty();
    }
}

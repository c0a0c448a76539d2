package org.minecheck.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The pack's {@code applicability.csv}: per rule, the type of subject it evaluates, the condition under which it
 * applies to one, and the DATA rules whose finding on the subject leaves it undecided. Kept as data beside the rules
 * (the DRL is not read for it); an overlay's file replaces the national one.
 */
public record Applicability(List<Row> rows) {
    public static final String FILE = "applicability.csv";
    public static final Applicability NONE = new Applicability(List.of());

    /** One line: rule id, subject type, conditions (all must hold), DATA rule ids, and where the line comes from. */
    public record Row(String ruleId, String subjectType, List<Condition> when, List<String> cannotDecideOn) {}

    /** FIELD=V1|V2 (or FIELD!=…): the subject's field (its code, or true/false) is one of the values. */
    public record Condition(String field, List<String> values, boolean negated) {}

    /** The file of the pack laid over (overlay first, then national); none when the pack has none. */
    public static Applicability of(Map<String, String> baseFiles, Map<String, String> overlayFiles) {
        String text = overlayFiles.getOrDefault(FILE, baseFiles.get(FILE));
        return text == null ? NONE : parse(text);
    }

    /** Parses the CSV (lines starting with # are comments; the first other line is the header). */
    public static Applicability parse(String text) {
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        int lineNo = 0;
        for (String line : text.split("\r?\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 4)
                throw new IllegalArgumentException(
                        FILE + " line " + lineNo + ": expected rule,subject,applies_when," + "cannot_decide_on,source");
            List<Condition> when = new ArrayList<>();
            for (String c : cells[2].split("&")) {
                if (c.isBlank()) continue;
                boolean neg = c.contains("!=");
                String[] kv = c.split(neg ? "!=" : "=", 2);
                if (kv.length != 2)
                    throw new IllegalArgumentException(
                            FILE + " line " + lineNo + ": condition '" + c.strip() + "' is not FIELD=VALUE");
                when.add(new Condition(kv[0].strip(), split(kv[1]), neg));
            }
            rows.add(new Row(cells[0].strip(), cells[1].strip(), List.copyOf(when), split(cells[3])));
        }
        return new Applicability(List.copyOf(rows));
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

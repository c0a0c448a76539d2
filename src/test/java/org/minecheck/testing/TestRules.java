package org.minecheck.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RulePack;
import org.minecheck.finding.Finding;
import org.minecheck.model.Dataset;

/** The national rule pack from the repository's rules/ directory, compiled once for all tests. */
public final class TestRules {
    private static RuleBook book;
    private static RuleBook ordos;

    private TestRules() {}

    public static synchronized RuleBook book() {
        if (book == null) {
            try {
                book = RuleBook.load(RulePack.fromDirectory(Path.of("rules")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return book;
    }

    /** The national pack with the Ordos provincial pack (rules-ordos/) laid over it, as {@code --rules rules-ordos}. */
    public static synchronized RuleBook ordos() {
        if (ordos == null) {
            try {
                ordos = RuleBook.load(
                        RulePack.fromDirectory(Path.of("rules")).with(RulePack.fromDirectory(Path.of("rules-ordos"))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return ordos;
    }

    private static final java.util.Map<String, RuleBook> overlays = new java.util.HashMap<>();

    /**
     * The national pack with a settings overlay laid over it, as a provincial pack holding only
     * {@code params/settings.csv} would be: {@code rows} are lines of that file after its header
     * ({@code key,value,unit,note}). Compiled once per distinct overlay.
     */
    public static synchronized RuleBook withSettings(String rows) {
        RuleBook cached = overlays.get(rows);
        if (cached != null) return cached;
        try {
            Path dir = java.nio.file.Files.createTempDirectory("minecheck-settings");
            java.nio.file.Files.createDirectories(dir.resolve("params"));
            java.nio.file.Files.writeString(
                    dir.resolve("params/settings.csv"),
                    "key,value,unit,note\n" + rows.strip() + "\n",
                    java.nio.charset.StandardCharsets.UTF_8);
            RuleBook loaded =
                    RuleBook.load(RulePack.fromDirectory(Path.of("rules")).with(RulePack.fromDirectory(dir)));
            overlays.put(rows, loaded);
            return loaded;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rules of the national pack with the standard extensions, as a check runs them. */
    public static org.minecheck.engine.RuleRunner runner() {
        return runner(book());
    }

    public static org.minecheck.engine.RuleRunner runner(RuleBook rules) {
        return new org.minecheck.engine.RuleRunner(rules, org.minecheck.CoreConfig.standardExtensions());
    }

    public static List<Finding> check(RuleBook rules, Dataset d, LocalDate date, String ruleId) {
        return runner(rules).check(d, date).stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }

    public static List<Finding> checkOrdos(Dataset d, LocalDate date, String ruleId) {
        return runner(ordos()).check(d, date).stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }

    public static List<Finding> check(Dataset d, LocalDate date) {
        return runner(book()).check(d, date);
    }

    public static List<Finding> check(Dataset d, LocalDate date, String ruleId) {
        return check(d, date).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}

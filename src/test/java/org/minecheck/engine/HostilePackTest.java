package org.minecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecheck.CoreConfig;
import org.minecheck.engine.pack.PackNotice;
import org.minecheck.ingest.IngestLimits;
import org.minecheck.testing.Facts;

/**
 * The hostile rule-pack corpus of {@code test-data/hostile-packs/}: each probe is laid over the national pack and must
 * end exactly as the folder's README table says (refused with file and line, stopped with the rule named, or accepted
 * with a notice), and nothing it tried may have happened.
 */
class HostilePackTest {
    private static final Path CORPUS = Path.of("test-data/hostile-packs");
    private static final Path PWNED = Path.of("target/hostile-pwned");
    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);
    /** A tenth of the default firing limit, so that the re-firing probes stop in a second rather than in ten. */
    private static final RunawayGuard LOW_FIRING_LIMIT = new RunawayGuard(
            RunawayGuard.DEFAULT_TIME_LIMIT,
            RunawayGuard.DEFAULT_FIRINGS_BASE / 10,
            RunawayGuard.DEFAULT_FIRINGS_PER_FACT / 10);

    record Probe(String name, String outcome, List<String> asserted) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The rows of the README's table: probe, what it tries, outcome, asserted values in backquotes. */
    static Stream<Probe> probes() throws IOException {
        List<Probe> out = new ArrayList<>();
        Pattern quoted = Pattern.compile("`([^`]*)`");
        for (String line : Files.readAllLines(CORPUS.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("| `")) continue;
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ");
            assertThat(cells).as(line).hasSize(4);
            List<String> asserted = new ArrayList<>();
            Matcher m = quoted.matcher(cells[3]);
            while (m.find()) asserted.add(m.group(1));
            out.add(new Probe(cells[0].strip().replace("`", ""), cells[2].strip(), asserted));
        }
        return out.stream();
    }

    private static RuleRunner runner(RuleBook book, RunawayGuard guard) {
        return new RuleRunner(book, CoreConfig.standardExtensions(), 0, IngestLimits.DEFAULT, guard);
    }

    @BeforeAll
    static void nothingPlantedYet() throws IOException {
        Files.deleteIfExists(PWNED);
    }

    @Test
    void everyProbeFolderIsInTheTableAndEveryRowHasItsFolder() throws IOException {
        List<String> rows = probes().map(Probe::name).toList();
        List<String> folders;
        try (Stream<Path> list = Files.list(CORPUS)) {
            folders = list.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .toList();
        }
        assertThat(rows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(folders);
    }

    @ParameterizedTest
    @MethodSource("probes")
    void theProbeEndsAsTheTableSaysAndNothingHappened(Probe probe) throws IOException {
        RulePack pack =
                RulePack.fromDirectory(Path.of("rules")).with(RulePack.fromDirectory(CORPUS.resolve(probe.name)));
        switch (probe.outcome) {
            case "refused" -> {
                RuleBookException e = catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(pack));
                assertThat(e).as(probe.name + " must be refused").isNotNull();
                assertThat(e.problems()).as(probe.name).anySatisfy(p -> {
                    assertThat(p).startsWith(probe.asserted.get(0) + ": ");
                    assertThat(p).contains(probe.asserted.get(1));
                });
            }
            case "stopped" -> {
                RuleBook book = RuleBook.load(pack);
                var reason = CheckStoppedException.Reason.valueOf(probe.asserted.get(0));
                RunawayGuard guard = reason == CheckStoppedException.Reason.TIME_LIMIT
                        ? new RunawayGuard(
                                Duration.ofSeconds(2),
                                RunawayGuard.DEFAULT_FIRINGS_BASE,
                                RunawayGuard.DEFAULT_FIRINGS_PER_FACT)
                        : LOW_FIRING_LIMIT;
                CheckStoppedException e = assertTimeoutPreemptively(
                        Duration.ofSeconds(60),
                        () -> catchThrowableOfType(CheckStoppedException.class, () -> runner(book, guard)
                                .check(Facts.compliantMine(), CHECK)));
                assertThat(e).as(probe.name + " must be stopped").isNotNull();
                assertThat(e.reason()).isEqualTo(reason);
                assertThat(e.ruleId()).isEqualTo(probe.asserted.get(1));
                assertThat(e.getMessage()).contains(probe.asserted.get(1), "hostile probe");
                assertThat(e.subject())
                        .as("the enterprise or the regional data is named")
                        .isNotBlank();
            }
            case "notice" -> {
                RuleBook book = RuleBook.load(pack);
                assertThat(book.notices())
                        .extracting(n -> n.text(Locale.ENGLISH))
                        .anySatisfy(text -> assertThat(text).contains(probe.asserted.get(0)));
            }
            default -> throw new AssertionError("unknown outcome in README: " + probe.outcome);
        }
        assertThat(PWNED).as("nothing the probe aimed at was written").doesNotExist();
    }

    @Test
    void aReplacedLicenceFileDropsTheOtherNationalLicenceRulesAndSaysWhich() throws IOException {
        RuleBook book = RuleBook.load(RulePack.fromDirectory(Path.of("rules"))
                .with(RulePack.fromDirectory(CORPUS.resolve("licence-replacement"))));
        // every id of the national licence file but LIC-001, the one rule the replacement keeps (LIC-002 … LIC-009)
        Set<String> dropped = new TreeSet<>();
        Matcher id = Pattern.compile("@id\\((LIC-\\d+)\\)")
                .matcher(Files.readString(Path.of("rules/licence/licence.drl"), StandardCharsets.UTF_8));
        while (id.find()) dropped.add(id.group(1));
        dropped.remove("LIC-001");

        assertThat(dropped).hasSizeGreaterThanOrEqualTo(5);
        assertThat(book.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(PackNotice.Kind.DROPS);
            assertThat(n.nationalFile()).isEqualTo("licence/licence.drl");
            assertThat(n.ruleIds()).containsExactlyElementsOf(dropped);
            assertThat(n.text(Locale.CHINESE)).contains("去掉了规则 " + String.join(", ", dropped));
        });
        assertThat(book.rules())
                .extracting(RuleInfo::id)
                .contains("LIC-001", "BND-001")
                .doesNotContainAnyElementsOf(dropped);
    }

    @Test
    void anInterruptedCheckEndsAtOnceAsCancelled() throws Exception {
        RuleBook book = RuleBook.load(
                RulePack.fromDirectory(Path.of("rules")).with(RulePack.fromDirectory(CORPUS.resolve("update-loop"))));
        var thrown = new java.util.concurrent.CompletableFuture<Throwable>();
        Thread check = new Thread(() -> {
            try {
                runner(book, new RunawayGuard()).check(Facts.compliantMine(), CHECK);
                thrown.complete(null);
            } catch (Throwable e) {
                thrown.complete(e);
            }
        });
        check.start();
        Thread.sleep(300);
        long interrupted = System.nanoTime();
        check.interrupt();

        Throwable e = thrown.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(e).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aStoppedRunawayLeavesTheRuleBookUsable() throws IOException {
        RuleBook book = RuleBook.load(
                RulePack.fromDirectory(Path.of("rules")).with(RulePack.fromDirectory(CORPUS.resolve("update-loop"))));
        RuleRunner service = runner(book, LOW_FIRING_LIMIT);

        CheckStoppedException first =
                catchThrowableOfType(CheckStoppedException.class, () -> service.check(Facts.compliantMine(), CHECK));
        CheckStoppedException second =
                catchThrowableOfType(CheckStoppedException.class, () -> service.check(Facts.compliantMine(), CHECK));

        assertThat(first).isNotNull();
        assertThat(second)
                .as("the next check stops the same way, it does not hang or fail otherwise")
                .isNotNull();
        assertThat(second.getMessage()).isEqualTo(first.getMessage());
        assertThat(first.subject()).isEqualTo("E1");
    }
}

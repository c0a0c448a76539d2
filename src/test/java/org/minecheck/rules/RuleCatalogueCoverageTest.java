package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecheck.testing.Fires;
import org.minecheck.testing.Quiet;
import org.minecheck.testing.RulePacks;

/**
 * Every rule of every pack has a test that makes it fire and one that keeps it quiet, found by structure: test methods
 * marked {@link Fires} and {@link Quiet}. The compiled test classes are read as they are, so a test deleted, renamed
 * away from its mark, disabled, or left out of a run (a nested class without {@code @Nested}) no longer counts. A mark
 * naming a rule or a pack that does not exist fails too.
 */
class RuleCatalogueCoverageTest {

    /** JUnit annotations that make a method a test the engine runs. */
    private static final Set<String> TEST_ANNOTATIONS = Set.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate");

    /** The fixtures (end of this file) that exercise the coverage check itself; not part of the catalogue. */
    private static final String FIXTURES = RuleCatalogueCoverageFixtures.class.getName();

    @Test
    void everyRuleOfEveryPackHasATestThatFiresItAndOneThatKeepsItQuiet() throws IOException {
        List<Class<?>> classes = testClasses().stream()
                .filter(c -> !c.getName().startsWith(FIXTURES))
                .toList();
        Map<String, Catalogue> packs = new LinkedHashMap<>();
        for (RulePacks.Pack p : RulePacks.all()) packs.put(p.name(), new Catalogue(p.ids(), p.ownIds()));

        List<String> problems = coverage(classes, packs);

        if (!problems.isEmpty()) {
            fail(problems.size() + " gap(s) in the tests of the rule catalogue. Every rule needs a test marked @Fires "
                    + "that asserts its finding and one marked @Quiet that asserts it stays quiet (org.minecheck.testing;"
                    + " pack = \"rules-ordos\" for a provincial pack's own rules):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** The check itself can fail: on the fixtures below it names every gap. */
    @Test
    void aRuleWithoutAQuietTestAMarkOnAHelperAndAnUnknownIdAreEachReported() {
        List<Class<?>> fixtures = List.of(
                RuleCatalogueCoverageFixtures.class,
                RuleCatalogueCoverageFixtures.Inner.class,
                RuleCatalogueCoverageFixtures.NotNested.class,
                RuleCatalogueCoverageFixtures.Static.class);
        Map<String, Catalogue> packs = Map.of(
                "rules",
                new Catalogue(Set.of("AAA-001", "BBB-001", "CCC-001"), Set.of("AAA-001", "BBB-001", "CCC-001")),
                "rules-x",
                new Catalogue(Set.of("AAA-001"), Set.of("AAA-001")));

        List<String> problems = coverage(fixtures, packs);

        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "AAA-001 (rules): no test marked @Quiet keeps it quiet",
                        "BBB-001 (rules): no test marked @Fires makes it fire",
                        "CCC-001 (rules): no test marked @Fires makes it fire",
                        "CCC-001 (rules): no test marked @Quiet keeps it quiet",
                        "AAA-001 (rules-x): no test marked @Fires makes it fire",
                        "AAA-001 (rules-x): no test marked @Quiet keeps it quiet",
                        FIXTURES + ".helper: @Fires on a method that is not a test",
                        FIXTURES + ".disabled: @Quiet on a disabled test",
                        FIXTURES + "$NotNested.lost: @Fires " + NEVER_RUNS,
                        FIXTURES + "$Static.lost: @Quiet " + NEVER_RUNS,
                        FIXTURES + ".unknown: @Fires names ZZZ-999, not a rule of pack rules",
                        FIXTURES + ".unknownPack: @Quiet names pack rules-nowhere, which does not exist");
    }

    /** A pack's rules: every id a test may name, and the ids that need their own tests. */
    record Catalogue(Set<String> known, Set<String> required) {}

    private enum Kind {
        FIRES("@Fires", "makes it fire"),
        QUIET("@Quiet", "keeps it quiet");

        final String mark;
        final String does;

        Kind(String mark, String does) {
            this.mark = mark;
            this.does = does;
        }
    }

    /** Every gap and every wrong mark, in a stable order. */
    static List<String> coverage(List<Class<?>> classes, Map<String, Catalogue> packs) {
        List<String> wrong = new ArrayList<>();
        Map<String, Map<Kind, Set<String>>> covered = new TreeMap<>();
        for (Class<?> c : classes) {
            for (Method m : sorted(c.getDeclaredMethods())) {
                List<Mark> marks = marks(m);
                if (marks.isEmpty()) continue;
                String where = c.getName() + "." + m.getName();
                String mark = marks.get(0).kind().mark;
                if (!isTest(m)) {
                    wrong.add(where + ": " + mark + " on a method that is not a test");
                    continue;
                }
                if (disabled(m)) {
                    wrong.add(where + ": " + mark + " on a disabled test");
                    continue;
                }
                if (!runs(c)) {
                    wrong.add(where + ": " + mark + " " + NEVER_RUNS);
                    continue;
                }
                for (Mark k : marks) {
                    Catalogue pack = packs.get(k.pack());
                    if (pack == null) {
                        wrong.add(where + ": " + k.kind().mark + " names pack " + k.pack() + ", which does not exist");
                        continue;
                    }
                    for (String id : k.ids()) {
                        if (!pack.known().contains(id)) {
                            wrong.add(
                                    where + ": " + k.kind().mark + " names " + id + ", not a rule of pack " + k.pack());
                        } else {
                            covered.computeIfAbsent(k.pack() + " " + id, x -> new TreeMap<>())
                                    .computeIfAbsent(k.kind(), x -> new TreeSet<>())
                                    .add(where);
                        }
                    }
                }
            }
        }
        List<String> gaps = new ArrayList<>();
        packs.forEach((name, pack) -> {
            for (String id : new TreeSet<>(pack.required())) {
                Map<Kind, Set<String>> tests = covered.getOrDefault(name + " " + id, Map.of());
                for (Kind kind : Kind.values()) {
                    if (!tests.containsKey(kind)) {
                        gaps.add(id + " (" + name + "): no test marked " + kind.mark + " " + kind.does);
                    }
                }
            }
        });
        gaps.addAll(wrong);
        return gaps;
    }

    private record Mark(Kind kind, String pack, List<String> ids) {}

    private static List<Mark> marks(Method m) {
        List<Mark> out = new ArrayList<>();
        for (Fires f : m.getAnnotationsByType(Fires.class)) out.add(new Mark(Kind.FIRES, f.pack(), List.of(f.value())));
        for (Quiet q : m.getAnnotationsByType(Quiet.class)) out.add(new Mark(Kind.QUIET, q.pack(), List.of(q.value())));
        return out;
    }

    private static boolean isTest(Method m) {
        return Arrays.stream(m.getAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(t -> TEST_ANNOTATIONS.contains(t.getName()));
    }

    private static boolean disabled(Method m) {
        if (m.isAnnotationPresent(Disabled.class)) return true;
        for (Class<?> c = m.getDeclaringClass(); c != null; c = c.getEnclosingClass()) {
            if (c.isAnnotationPresent(Disabled.class)) return true;
        }
        return false;
    }

    private static final String NEVER_RUNS =
            "on a test of a nested class that is static or lacks @Nested, which the " + "build never runs";

    /**
     * A top-level class runs; a nested class only when it is an inner (non-static) @Nested class of a class that runs
     * (Surefire leaves static nested classes out, and JUnit runs an inner class only through @Nested).
     */
    private static boolean runs(Class<?> c) {
        for (; c.getEnclosingClass() != null; c = c.getEnclosingClass()) {
            if (Modifier.isStatic(c.getModifiers()) || !c.isAnnotationPresent(Nested.class)) return false;
        }
        return true;
    }

    private static List<Method> sorted(Method[] methods) {
        return Arrays.stream(methods)
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    /** Every class compiled from src/test/java, read from the directory this class was loaded from. */
    private static List<Class<?>> testClasses() throws IOException {
        Path root;
        try {
            root = Path.of(RuleCatalogueCoverageTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String rel =
                        root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                String name = rel.substring(0, rel.length() - ".class".length());
                if (name.equals("module-info") || name.endsWith("package-info")) continue;
                try {
                    out.add(Class.forName(name, false, RuleCatalogueCoverageTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load test class " + name, e);
                }
            }
        }
        assertThat(out).as("test classes under " + root).isNotEmpty();
        return out;
    }
}

/**
 * Fixtures for the coverage check's own test, one of each mistake; abstract, so that no engine runs them, and left out
 * of the catalogue's scan.
 */
@SuppressWarnings("unused")
abstract class RuleCatalogueCoverageFixtures {
    @Test
    @Fires("AAA-001")
    void fires() {}

    @Fires("BBB-001")
    void helper() {}

    @Test
    @Disabled("fixture")
    @Quiet("BBB-001")
    void disabled() {}

    @Test
    @Fires("ZZZ-999")
    void unknown() {}

    @Test
    @Quiet(value = "AAA-001", pack = "rules-nowhere")
    void unknownPack() {}

    @Nested
    class Inner {
        @ParameterizedTest
        @ValueSource(ints = 1)
        @Quiet("BBB-001")
        void quietInANestedClass(int i) {}
    }

    class NotNested {
        @Test
        @Fires("CCC-001")
        void lost() {}
    }

    static class Static {
        @Test
        @Quiet("CCC-001")
        void lost() {}
    }
}

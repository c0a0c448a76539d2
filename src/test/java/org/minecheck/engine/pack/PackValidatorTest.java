package org.minecheck.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pack validator on its own: the bundled packs and the constructs a rule may use pass; code that reaches past the
 * rule API is refused with its line (the hostile corpus, test-data/hostile-packs, covers the attacks end to end).
 */
class PackValidatorTest {
    private static final String HEAD = """
            package minecheck.test;

            import java.util.List;
            import org.minecheck.model.*;
            import org.minecheck.engine.api.*;
            import org.minecheck.finding.Evidence;

            global org.minecheck.engine.api.FindingSink findings;

            """;

    private static List<String> problems(String drl) {
        List<String> problems = new ArrayList<>();
        PackValidator.validate("t.drl", drl, problems);
        return problems;
    }

    /** A rule with the catalogue's metadata: its conditions start on line 16, its consequence on line 18. */
    private static String rule(String when, String then) {
        return HEAD + """
                rule "LIC-005 test"
                    @id(LIC-005)
                    @severity(critical)
                    @department(emergency-management)
                    @basis(safety-licence-reg)
                when
                """ + when + "\nthen\n" + then + "\nend\n";
    }

    static Stream<Path> bundledDrl() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String root : List.of("rules", "rules-ordos")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".drl")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("bundledDrl")
    void theNationalAndOrdosPacksPass(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        var descr = PackValidator.validate(file.toString(), Files.readString(file, StandardCharsets.UTF_8), problems);

        assertThat(problems).isEmpty();
        assertThat(descr.getRules()).isNotEmpty();
    }

    @Test
    void theConstructsARuleMayUsePass() {
        String drl = HEAD + """
                import java.time.LocalDate;
                import java.math.*;

                rule "LIC-005 every allowed construct"
                    @id(LIC-005)
                    @message(LIC-005)
                    @severity(critical)
                    @department(emergency-management)
                    @basis(safety-licence-reg, mrl-mining-right)
                    salience -5
                    no-loop
                when
                    $ctx  : CheckContext()
                    $tol  : Setting( key == "boundary.depth-tolerance-m", $v : value, value.scale() < 10 )
                    $mine : Mine( status in (MineStatus.PRODUCING, MineStatus.CONSTRUCTION), $id : id,
                                  productionStart == null || productionStart.isBefore(LocalDate.of(2020, 1, 1)),
                                  designCapacity != null && > 0 )
                    ( Licence( mineId == $id, kind == LicenceKind.MINING )
                      or Licence( mineId == $id, holderId == null ) )
                    exists( Production( mineId == $id, output != null ) )
                    not( Approval( mineId == $id, approvedOn != null, approvedOn.plusYears(1) > $ctx.checkDate ) )
                    $all  : List( size > 0 ) from collect( Production( mineId == $id ) )
                    $sum  : Number() from accumulate( Production( mineId == $id, $o : output ), sum( $o ) )
                    accumulate( Production( mineId == $id ); $n : count( 1 ) )
                then
                    BigDecimal total = BigDecimal.valueOf($sum.doubleValue()).setScale(2, RoundingMode.HALF_UP);
                    java.math.BigDecimal limit = $v.add(java.math.BigDecimal.TEN), spare = limit.negate();
                    Production first = (Production) $all.get(0);
                    String code = $mine.status().code() + "/" + $mine.id().strip().toUpperCase();
                    int years = $ctx.year() - ($mine.productionStart() == null ? 0 : $mine.productionStart().getYear());
                    if (total.compareTo(limit) > 0 && years > 1) {
                        long n = (long) -1;
                        findings.raise(drools, $mine, Evidence.value("total", total), Evidence.value("code", code),
                                Evidence.field(first, "year"), $tol.evidence("tolerance"), Evidence.value("n", n));
                    } else {
                        long n = $n.longValue();
                        findings.note(new Evidence("n", n, null));
                        findings.raiseOn(drools, LocalDate.of($ctx.year() - 1, 12, 31), $mine, Evidence.value("n", n));
                    }
                    insert(new RegionalScope());
                end
                """;

        assertThat(problems(drl)).isEmpty();
        List<String> compileProblems = new ArrayList<>();
        assertThat(PackCompiler.compile(
                        java.util.Map.of("t.drl", drl), java.util.Map.of(), "test", key -> true, compileProblems))
                .as("and Drools compiles them")
                .isNotNull();
        assertThat(compileProblems).isEmpty();
    }

    /** What is refused: description, conditions, consequence, the line reported, what the problem says. */
    static Stream<Arguments> refusedCode() {
        return Stream.of(
                Arguments.of(
                        "an unknown type behind a list's get",
                        "$all : List() from collect( Mine() )",
                        "$all.get(0).id();",
                        18,
                        "'id' of Object is not allowed"),
                Arguments.of(
                        "a member of a Map",
                        "$r : ParamRow()",
                        "$r.values().get(\"x\");",
                        18,
                        "members of java.util.Map are not allowed"),
                Arguments.of(
                        "the clock",
                        "$m : Mine()",
                        "java.time.LocalDate.now();",
                        18,
                        "'now' of LocalDate is not allowed"),
                Arguments.of(
                        "an unbounded power",
                        "$m : Mine()",
                        "java.math.BigDecimal.TEN.pow(999999999);",
                        18,
                        "'pow' of BigDecimal is not allowed"),
                Arguments.of(
                        "a repeated string",
                        "$m : Mine()",
                        "$m.id().repeat(100000000);",
                        18,
                        "'repeat' of String is not allowed"),
                Arguments.of(
                        "the finding sink's own lists",
                        "$m : Mine()",
                        "findings.findings().clear();",
                        18,
                        "'findings' of FindingSink is not allowed"),
                Arguments.of(
                        "an assignment to a binding",
                        "$m : Mine()",
                        "$m = null;",
                        18,
                        "only a local of the consequence may be assigned"),
                Arguments.of(
                        "a text block", "$m : Mine()", "String s = \"\"\"x\"\"\";", 18, "text blocks are not allowed"),
                Arguments.of(
                        "a call on a computed value",
                        "$m : Mine()",
                        "($m.id() + \"x\").length();",
                        18,
                        "cannot tell what '.length' is called on"),
                Arguments.of(
                        "the rule context",
                        "$m : Mine()",
                        "kcontext.getKieRuntime();",
                        18,
                        "the rule context is not open to rules"),
                Arguments.of(
                        "drools handed to other code",
                        "$m : Mine()",
                        "findings.raise(drools, $m, Evidence.value(\"session\", drools));",
                        18,
                        "'drools' is allowed only as the first argument of findings.raise"),
                Arguments.of(
                        "drools handed to other code through raiseOn",
                        "$m : Mine()",
                        "findings.raiseOn(drools, null, $m, Evidence.value(\"session\", drools));",
                        18,
                        "'drools' is allowed only as the first argument of findings.raise"),
                Arguments.of(
                        "a local named like a binding",
                        "$m : Mine()",
                        "Mine $m = null;",
                        18,
                        "'$m' is already a binding or local"),
                Arguments.of(
                        "a pattern of a type outside the API",
                        "$t : Thread()",
                        "findings.raise(drools, $t);",
                        16,
                        "pattern type 'Thread' is not a fact type"),
                Arguments.of(
                        "a member of the pattern outside the API",
                        "$m : Mine( id.getBytes() != null )",
                        "findings.raise(drools, $m);",
                        16,
                        "'getBytes' of String is not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCode")
    void codeReachingPastTheRuleApiIsRefusedWithItsLine(String what, String when, String then, int line, String says) {
        String drl = rule("    " + when, "    " + then);

        assertThat(problems(drl)).as(what).anySatisfy(p -> {
            assertThat(p).startsWith("t.drl:" + line + ": rule \"LIC-005 test\": ");
            assertThat(p).contains(says);
        });
    }

    @Test
    void aProblemDeepInAConsequenceIsReportedOnItsOwnLine() {
        String drl = rule("    $m : Mine()", """
                    findings.raise(drools, $m,
                            Evidence.value("a", 1),
                            Evidence.value("b", java.lang.Runtime.getRuntime()));""");

        assertThat(problems(drl))
                .singleElement()
                .asString()
                .startsWith("t.drl:20: ")
                .contains("java.lang.Runtime");
    }

    @Test
    void importsAreLimitedToTheRuleApiJavaTimeJavaMathAndList() {
        String drl = HEAD.replace("import java.util.List;\n", """
                import java.util.List;
                import java.util.*;
                import java.util.Map;
                import java.time.*;
                import java.math.BigDecimal;
                import org.minecheck.geometry.*;
                import org.minecheck.geometry.GeometryAnalyzer;
                import org.minecheck.engine.RuleBook;
                """) + "global java.util.List leak;\n";

        String only = " is not allowed: a rule pack may import the rule API (org.minecheck.engine.api, "
                + "org.minecheck.model, evidence, geometry facts, the fund and regional facts), java.time, java.math "
                + "and java.util.List";
        assertThat(problems(drl))
                .containsExactly(
                        "t.drl:4: import java.util.*" + only,
                        "t.drl:5: import java.util.Map" + only,
                        "t.drl:9: import org.minecheck.geometry.GeometryAnalyzer" + only,
                        "t.drl:10: import org.minecheck.engine.RuleBook" + only,
                        "t.drl:17: global 'java.util.List leak' is not allowed: the only global is "
                                + "'global org.minecheck.engine.api.FindingSink findings;'");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndNothingElseIsChecked() {
        List<String> problems = problems(rule("    $m : Mine( status == )", "    System.exit(3);"));

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("t.drl:16:"));
    }
}

package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.minecheck.testing.Facts.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleBookException;
import org.minecheck.engine.RuleInfo;
import org.minecheck.engine.RulePack;
import org.minecheck.finding.Finding;
import org.minecheck.model.Dataset;
import org.minecheck.testing.TestRules;

/**
 * A provincial pack laid over the national rules/: settings merge key by key, a rule with the same @id replaces the
 * national one, and a broken pack is refused with the file and line named.
 */
class RulePackTest {

    private static final LocalDate CHECK = LocalDate.of(2025, 6, 30);

    @TempDir
    Path province;

    private void write(String relative, String text) throws IOException {
        Path p = province.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** The texts a rule id outside the national catalogue needs before the pack is accepted. */
    private void declareLic099() throws IOException {
        write("messages_zh.properties", """
                LIC-099.title=关闭矿山仍持有采矿许可证
                LIC-099.message=已关闭矿山 {subjectName}（{subject}）仍持有采矿许可证。
                LIC-099.fix=办理采矿许可证注销。
                """);
        write("messages_en.properties", """
                LIC-099.title=Closed mine still holds a mining licence
                LIC-099.message=Closed mine {subjectName} ({subject}) still holds a mining licence.
                LIC-099.fix=Have the mining licence cancelled.
                """);
    }

    private RuleBook loadWithProvince() throws IOException {
        return RuleBook.load(RulePack.fromDirectory(Path.of("rules")).with(RulePack.fromDirectory(province)));
    }

    private static List<Finding> check(RuleBook book, Dataset d, String ruleId) {
        return TestRules.runner(book).check(d, CHECK).stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }

    private static Dataset licenceExpiringIn(int days) {
        Dataset d = compliantMine();
        changeLicence(d, "C1", l -> validUntil(l, CHECK.plusDays(days)));
        return d;
    }

    @Test
    void aProvincialWarningWindowWidensLic002AndKeepsTheOtherNationalSettings() throws IOException {
        write("params/settings.csv", """
                key,value,unit,note
                licence.expiry-warning-days,180,days,province warns half a year ahead
                """);
        RuleBook provincial = loadWithProvince();
        int nationalWindow =
                TestRules.book().setting("licence.expiry-warning-days").intValue();
        int days = nationalWindow + 30;
        assertThat(days)
                .as("scenario lies beyond the national window and inside the provincial one")
                .isLessThan(180);
        Dataset d = licenceExpiringIn(days);

        List<Finding> national = check(TestRules.book(), d, "LIC-002");
        List<Finding> withProvince = check(provincial, d, "LIC-002");

        assertThat(national).isEmpty();
        assertThat(withProvince).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo("C1");
            assertThat(f.evidenceValue("daysLeft")).isEqualTo((long) days);
            assertThat(f.evidenceValue("warningDays")).asString().isEqualTo("180");
            assertThat(f.evidenceValue("renewalBy"))
                    .isEqualTo(CHECK.plusDays(days)
                            .minusDays(TestRules.book()
                                    .setting("licence.renewal-deadline-days")
                                    .intValue()));
        });
        assertThat(provincial.setting("boundary.depth-tolerance-m").value())
                .isEqualByComparingTo(
                        TestRules.book().setting("boundary.depth-tolerance-m").value());
    }

    @Test
    void aProvincialRuleWithTheSameIdReplacesTheNationalRule() throws IOException {
        write("params/settings.csv", """
                key,value,unit,note
                province.expiry-warning-days,30,days,the province's own shorter window for its own rule
                """);
        write("province/province.drl", """
                package minecheck.province;

                import org.minecheck.model.*;
                import org.minecheck.engine.api.CheckContext;
                import org.minecheck.engine.api.Setting;
                import org.minecheck.finding.Evidence;

                global org.minecheck.engine.api.FindingSink findings;

                // The province warns within its own window.
                rule "LIC-002 mining licence expires within the provincial window"
                    @id(LIC-002)
                    @severity(warning)
                    @department(natural-resources)
                    @basis(registration-art-7)
                when
                    $ctx    : CheckContext()
                    $window : Setting( key == "province.expiry-warning-days" )
                    $lic    : Licence( kind == LicenceKind.MINING, validOn($ctx.checkDate),
                                       $ctx.daysUntil(validUntil) <= $window.intValue() )
                then
                    findings.raise(drools, $lic, Evidence.value("daysLeft", $ctx.daysUntil($lic.validUntil())));
                end
                """);
        RuleBook provincial = loadWithProvince();

        assertThat(provincial.rules())
                .filteredOn(r -> r.id().equals("LIC-002"))
                .singleElement()
                .extracting(RuleInfo::file)
                .isEqualTo("province/province.drl");
        assertThat(check(TestRules.book(), licenceExpiringIn(60), "LIC-002"))
                .as("national rule")
                .hasSize(1);
        assertThat(check(provincial, licenceExpiringIn(60), "LIC-002"))
                .as("national rule replaced")
                .isEmpty();
        assertThat(check(provincial, licenceExpiringIn(20), "LIC-002"))
                .as("provincial rule alone")
                .singleElement()
                .satisfies(f -> assertThat(f.evidenceValue("daysLeft")).isEqualTo(20L));
        assertThat(provincial.rules())
                .as("other national rules kept")
                .extracting(RuleInfo::id)
                .contains("LIC-001", "LIC-003", "BND-001");
    }

    @Test
    void aDrlSyntaxErrorIsRefusedWithItsFileAndLine() throws IOException {
        write("province/broken.drl", """
                package minecheck.province;

                import org.minecheck.model.*;

                global org.minecheck.engine.api.FindingSink findings;

                rule "LIC-099 broken"
                    @id(LIC-099)
                    @severity(minor)
                    @department(natural-resources)
                    @basis(registration-art-7)
                when
                    $mine : Mine( status == )
                then
                end
                """);

        RuleBookException e = catchThrowableOfType(RuleBookException.class, this::loadWithProvince);

        assertThat(e).as("a broken pack must not load").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("province/broken.drl:13:"));
    }

    @Test
    void aRuleCitingAnUnknownCitationIsRefusedWithItsFileNamed() throws IOException {
        declareLic099();
        write("province/extra.drl", """
                package minecheck.province;

                import org.minecheck.model.*;

                global org.minecheck.engine.api.FindingSink findings;

                rule "LIC-099 closed mine still holds a licence"
                    @id(LIC-099)
                    @severity(minor)
                    @department(natural-resources)
                    @basis(registration-art-7, no-such-citation)
                when
                    $mine : Mine( status == MineStatus.CLOSED )
                then
                    findings.raise(drools, $mine);
                end
                """);

        RuleBookException e = catchThrowableOfType(RuleBookException.class, this::loadWithProvince);

        assertThat(e).as("a rule citing an unknown key must not load").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p).contains("province/extra.drl");
            assertThat(p).contains("LIC-099");
            assertThat(p).contains("no-such-citation");
        });
    }

    @Test
    void aRuleWithAnUnknownSeverityIsRefusedWithItsFileAndRuleNamed() throws IOException {
        declareLic099();
        write("province/extra.drl", """
                package minecheck.province;

                import org.minecheck.model.*;

                global org.minecheck.engine.api.FindingSink findings;

                rule "LIC-099 closed mine still holds a licence"
                    @id(LIC-099)
                    @severity(urgent)
                    @department(natural-resources)
                    @basis(registration-art-7)
                when
                    $mine : Mine( status == MineStatus.CLOSED )
                then
                    findings.raise(drools, $mine);
                end
                """);

        RuleBookException e = catchThrowableOfType(RuleBookException.class, this::loadWithProvince);

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p).contains("province/extra.drl");
            assertThat(p).contains("LIC-099 closed mine still holds a licence");
            assertThat(p).contains("urgent");
        });
    }
}

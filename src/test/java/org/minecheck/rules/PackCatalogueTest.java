package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minecheck.engine.RuleInfo;
import org.minecheck.testing.TestRules;

/**
 * Every rule of the domain catalogue (docs/domain.md) is in the national pack with a title and fix in both languages
 * and a basis in force, and unverified citations say so (the catalogue-wide checks are in RuleCatalogueTest).
 */
class PackCatalogueTest {
    /** The rule ids of docs/domain.md's catalogue, plus the data rules the packs add. */
    static Stream<String> ids() {
        return Stream.of(
                "LIC-001",
                "LIC-002",
                "LIC-003",
                "LIC-004",
                "LIC-005",
                "LIC-006",
                "BND-001",
                "BND-002",
                "BND-003",
                "BND-004",
                "FND-001",
                "FND-002",
                "FND-003",
                "ENV-001",
                "ENV-002",
                "ENV-003",
                "ENV-004",
                "ENV-005",
                "ENV-006",
                "TGT-001",
                "TGT-002",
                "TGT-003",
                "TGT-004",
                "HIS-001",
                "HIS-002",
                "HIS-003",
                "HIS-004",
                "DATA-010",
                "DATA-011",
                "DATA-012",
                "DATA-013",
                "DATA-014");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theRuleIsInThePackWithTextsAndABasisInForce(String id) {
        List<RuleInfo> variants =
                TestRules.book().rules().stream().filter(r -> r.id().equals(id)).toList();
        assertThat(variants).as(id).isNotEmpty();
        for (boolean zh : List.of(true, false)) {
            for (String part : List.of("title", "fix")) {
                assertThat(TestRules.book()
                                .messages()
                                .get(
                                        id + "." + part,
                                        zh ? org.minecheck.i18n.Texts.CHINESE : org.minecheck.i18n.Texts.ENGLISH))
                        .as(id + "." + part + (zh ? " zh" : " en"))
                        .isNotBlank();
            }
        }
        if (id.startsWith("DATA")) return;
        for (LocalDate date : List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))) {
            assertThat(variants.stream().flatMap(r -> r.basis().stream()).filter(key -> TestRules.book()
                            .citations()
                            .resolve(key, date, org.minecheck.i18n.Texts.CHINESE)
                            .isPresent()))
                    .as(id + " cites something in force on " + date)
                    .isNotEmpty();
        }
    }

    @Test
    void unverifiedCitationsAreMarkedSo() {
        var coal = TestRules.book()
                .citations()
                .resolve("eia-major-change-coal", LocalDate.of(2025, 12, 31), org.minecheck.i18n.Texts.ENGLISH)
                .orElseThrow();
        var hazard = TestRules.book()
                .citations()
                .resolve("coal-hazard-standard", LocalDate.of(2025, 12, 31), org.minecheck.i18n.Texts.ENGLISH)
                .orElseThrow();
        var fund2019 = TestRules.book()
                .citations()
                .resolve("geo-env-rule-fund", LocalDate.of(2025, 12, 31), org.minecheck.i18n.Texts.ENGLISH)
                .orElseThrow();
        var fund2016 = TestRules.book()
                .citations()
                .resolve("geo-env-rule-fund", LocalDate.of(2019, 7, 23), org.minecheck.i18n.Texts.ENGLISH)
                .orElseThrow();

        assertThat(coal.verified()).isFalse();
        assertThat(hazard.verified()).isTrue();
        assertThat(fund2019.verified()).isFalse();
        // the research remark "number inferred" is not part of the article a reader sees: the unverified mark says it
        assertThat(fund2019.article()).isEqualTo("Art. 17");
        assertThat(fund2016.verified()).isTrue();
        assertThat(fund2016.article()).isEqualTo("Art. 18");
    }
}

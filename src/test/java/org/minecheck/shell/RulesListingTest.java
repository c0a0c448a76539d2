package org.minecheck.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minecheck.report.FindingText;
import org.minecheck.testing.TestRules;

class RulesListingTest {
    private static String listing(org.minecheck.engine.RuleBook book, boolean zh) {
        StringWriter out = new StringWriter();
        LocalDate date = LocalDate.of(2025, 12, 31);
        RulesListing.print(
                book,
                new FindingText(book, zh ? org.minecheck.i18n.Texts.CHINESE : org.minecheck.i18n.Texts.ENGLISH, date),
                date,
                new PrintWriter(out));
        return out.toString();
    }

    @Test
    void listsEveryRuleOfThePacksWithItsCitations() {
        String text = listing(TestRules.book(), false);

        for (String id : new String[] {
            "FND-001", "FND-002", "FND-003", "ENV-001", "ENV-006", "TGT-001", "TGT-004", "HIS-001", "HIS-002",
            "HIS-003", "HIS-004"
        }) {
            assertThat(text).contains(id + "  ");
        }
        assertThat(text).contains("Caijian [2017] No. 638").contains("(unverified)");
    }

    @Test
    void theOrdosPackListsItsFormulaAndSaysTablesFiveAndSixAreUnverified() {
        String text = listing(TestRules.ordos(), true);

        assertThat(text).contains("鄂尔多斯市人民政府公报2025年第5期").contains("表5 地区影响系数、表6 煤矿价格影响系数 （未核实）");
    }
}

package org.minecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecheck.testing.RulePacks;
import org.minecheck.testing.RulesDoc;

/** docs/rules.md is the catalogue as the packs define it: regenerated, never edited, and checked here. */
class RulesDocTest {
    private static final Path DOC = Path.of("docs/rules.md");

    @Test
    void docsRulesMdIsWhatTheRulePacksSay() throws IOException {
        String generated = RulesDoc.markdown(RulePacks.all());
        if (Boolean.getBoolean(RulesDoc.WRITE_PROPERTY)) Files.writeString(DOC, generated, StandardCharsets.UTF_8);

        String committed = Files.exists(DOC)
                ? Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n")
                : "";

        if (!committed.equals(generated)) {
            List<String> want = generated.lines().toList();
            List<String> have = committed.lines().toList();
            int line = 0;
            while (line < want.size() && line < have.size() && want.get(line).equals(have.get(line))) line++;
            fail(DOC + " differs from the rule packs from line " + (line + 1) + " on:\n  generated: "
                    + (line < want.size() ? want.get(line) : "(end of file)") + "\n  committed: "
                    + (line < have.size() ? have.get(line) : "(end of file)")
                    + "\nRegenerate it with\n  " + RulesDoc.REGENERATE + "\nand commit it.");
        }
    }

    @Test
    void everyRuleOfEveryPackHasARowWithItsSeverityAndDepartment() {
        String md = RulesDoc.markdown(RulePacks.all());

        for (RulePacks.Pack pack : RulePacks.all()) {
            for (var r : pack.own()) {
                assertThat(md)
                        .as(pack.name() + " " + r.id())
                        .containsPattern("\\| " + r.id() + " \\| [^|]+ \\| [^|]*"
                                + r.severity().code() + "[^|]* \\| [^|]*"
                                + r.department().code());
            }
        }
    }
}

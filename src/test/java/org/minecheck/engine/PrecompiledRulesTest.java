package org.minecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.model.Dataset;
import org.minecheck.tools.synthetic.SyntheticProvince;

class PrecompiledRulesTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty(PrecompiledRules.PROPERTY);
    }

    private static RuleBook compiled() {
        System.clearProperty(PrecompiledRules.PROPERTY);
        return RuleBook.load(RulePack.bundled());
    }

    private Path precompile() throws IOException {
        Path file = dir.resolve("bundled-rules.bin");
        PrecompiledRules.main(new String[] {file.toString()});
        return file;
    }

    @Test
    void thePrecompiledPackHasTheSameRulesAndFindsTheSameAsTheCompiledOne() throws IOException {
        Path file = precompile();
        RuleBook reference = compiled();
        System.setProperty(PrecompiledRules.PROPERTY, file.toString());
        RuleBook fromFile = RuleBook.load(RulePack.bundled());
        assertThat(PrecompiledRules.load(PrecompiledRules.drlOf(RulePack.bundled().baseFiles()))).isNotNull();
        assertThat(fromFile.rules()).isEqualTo(reference.rules()).hasSizeGreaterThan(40);

        Dataset d = SyntheticProvince.generate(400, 4);
        LocalDate date = SyntheticProvince.CHECK_DATE;
        var expected = new CheckService(reference).run(d, date);
        var actual = new CheckService(fromFile).run(d, date);
        assertThat(actual.findings()).isEqualTo(expected.findings()).hasSizeGreaterThan(300);
        assertThat(actual.fundRates()).isEqualTo(expected.fundRates());
    }

    @Test
    void anEditedPackIsCompiledAndABrokenFileIsIgnored() throws IOException {
        Path file = precompile();
        System.setProperty(PrecompiledRules.PROPERTY, file.toString());
        var drl = PrecompiledRules.drlOf(RulePack.bundled().baseFiles());
        drl.put("extra/extra.drl", "package minecheck.extra;\\n");
        assertThat(PrecompiledRules.load(drl)).as("other DRL texts").isNull();

        Files.write(file, new byte[] {1, 2, 3});
        assertThat(PrecompiledRules.load(PrecompiledRules.drlOf(RulePack.bundled().baseFiles()))).isNull();
        assertThat(RuleBook.load(RulePack.bundled()).rules()).hasSizeGreaterThan(40);
    }
}
